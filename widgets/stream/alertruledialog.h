#pragma once

#include "stream/alertrule.h"
#include "stream/fieldmapping.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace urbis {

/**
 * Adds or edits one AlertRule: name, kind, measure (from the stream's mapping, or typed while the
 * mapping is not known yet), station (empty = all), threshold, hysteresis, no-data seconds,
 * severity, enabled. OK stays disabled while AlertRule::check() refuses it, with the reason shown.
 * The caller reads rule() after exec(). GUI thread only.
 */
class AlertRuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertRuleDialog(const FieldMapping &mapping, const QStringList &stations, QWidget *parent = nullptr);

    void setRule(const AlertRule &rule);
    AlertRule rule() const;
    QString validationMessage() const;
    QPushButton *okButton() const;

private:
    void validate();

    QString m_id;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_measure;
    QComboBox *m_station;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_hysteresis;
    QSpinBox *m_noData;
    QComboBox *m_severity;
    QCheckBox *m_enabled;
    QLabel *m_describe;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace urbis
