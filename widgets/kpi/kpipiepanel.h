#pragma once

#include "kpichartpanel.h"

namespace urbis {

/**
 * Pie of the latest period that has values, one slice per dimension value of the first KPI.
 * Slices need positive values: zero, negative and missing values are left out (and named in the
 * chart title's footnote) rather than drawn wrongly.
 */
class KpiPiePanel : public KpiChartPanel
{
    Q_OBJECT
public:
    explicit KpiPiePanel(QWidget *parent = nullptr);

    QString period() const { return m_period; }
    int sliceCount() const;
    double sliceSum() const;

protected:
    void rebuild() override;
    bool hasContent() const override;

private:
    QString m_period;
};

} // namespace urbis
