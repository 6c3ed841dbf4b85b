#pragma once

#include "stream/alertrule.h"
#include "stream/fieldmapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace urbis {

class AlertFilterModel;
class AlertListModel;

/**
 * The alerts side of the monitor: the selected stream's rules (add / edit / remove through an
 * AlertRuleDialog; rulesEdited() hands the new list to the caller, which applies and saves it)
 * above a searchable list of alert events of all streams (severity colours, raised-only and
 * severity filters). Borrows the AlertListModel. GUI thread only.
 */
class AlertPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertPanel(AlertListModel *alerts, QWidget *parent = nullptr);

    /** The stream whose rules are edited; an empty name disables editing. */
    void setStream(const QString &name, const QList<AlertRule> &rules, const FieldMapping &mapping,
                   const QStringList &stations);
    /** The measures and stations the rule dialog offers (they become known as data arrives). */
    void setChoices(const FieldMapping &mapping, const QStringList &stations);
    QList<AlertRule> rules() const { return m_rules; }
    AlertFilterModel *filterModel() const { return m_filter; }
    QTableView *alertView() const { return m_view; }
    QTableWidget *rulesTable() const { return m_rulesTable; }
    QLineEdit *searchEdit() const { return m_search; }

public slots:
    void addRule();
    void editRule();
    void removeRule();

signals:
    void rulesEdited(const QList<urbis::AlertRule> &rules);

private:
    void showRules();
    void updateButtons();
    void commit(const QList<AlertRule> &rules);

    QString m_stream;
    QList<AlertRule> m_rules;
    FieldMapping m_mapping;
    QStringList m_stations;
    QLabel *m_rulesTitle;
    QTableWidget *m_rulesTable;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLineEdit *m_search;
    QCheckBox *m_raisedOnly;
    QComboBox *m_severity;
    AlertFilterModel *m_filter;
    QTableView *m_view;
};

} // namespace urbis
