#pragma once

#include "kpi/kpidefinition.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace urbis {

/**
 * The "how is a value judged" part of the KPI form: target value and date, baseline value and
 * year, direction, the two traffic-light thresholds, recalculation frequency and the
 * division-by-zero policy. Reads from and writes into a KpiDefinition; changed() after each edit.
 * GUI thread only.
 */
class KpiTargetsEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit KpiTargetsEditor(QWidget *parent = nullptr);

    void setFrom(const KpiDefinition &kpi);
    void applyTo(KpiDefinition &kpi) const;
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_hasTarget = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QCheckBox *m_hasBaseline = nullptr;
    QDoubleSpinBox *m_baseline = nullptr;
    QSpinBox *m_baselineYear = nullptr;
    QComboBox *m_direction = nullptr;
    QCheckBox *m_hasThresholds = nullptr;
    QDoubleSpinBox *m_warnAt = nullptr;
    QDoubleSpinBox *m_badAt = nullptr;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_divisionByZero = nullptr;
};

} // namespace urbis
