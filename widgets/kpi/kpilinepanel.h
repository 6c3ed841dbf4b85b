#pragma once

#include "kpichartpanel.h"

namespace urbis {

/**
 * Line chart: one line per dimension value (and per KPI when the panel shows several) over the
 * periods. A period without a value breaks the line: each run of values is its own QLineSeries
 * segment sharing the colour and one legend entry. Long daily series use a date axis, others a
 * category axis of period labels.
 */
class KpiLinePanel : public KpiChartPanel
{
    Q_OBJECT
public:
    explicit KpiLinePanel(QWidget *parent = nullptr);

    /** Legend names, one per series (for tests and accessibility). */
    QStringList seriesNames() const;
    /** Line segments drawn for a series: 1 without gaps, more when null periods split it. */
    int segmentCount(const QString &seriesName) const;
    /** Points with a value in a series. */
    int pointCount(const QString &seriesName) const;

protected:
    void rebuild() override;

private:
    void onHovered(int series, const QPointF &point, bool state);

    KpiSeriesData m_data;
    QList<double> m_xs; ///< x of each period on the axis (index, or msecs since epoch)
    QList<int> m_segments; ///< per series
};

} // namespace urbis
