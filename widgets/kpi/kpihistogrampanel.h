#pragma once

#include "kpichartpanel.h"

namespace urbis {

/**
 * Distribution of the first KPI's values (every period and dimension value that has one) in
 * `bins` equal-width bins between the smallest and the largest value (option "bins", default 10).
 */
class KpiHistogramPanel : public KpiChartPanel
{
    Q_OBJECT
public:
    explicit KpiHistogramPanel(QWidget *parent = nullptr);

    QList<int> binCounts() const { return m_counts; }
    /** Bin edges: binCounts().size() + 1 values. */
    QList<double> binEdges() const { return m_edges; }

protected:
    void rebuild() override;

private:
    QList<int> m_counts;
    QList<double> m_edges;
};

} // namespace urbis
