#pragma once

#include "kpipanelwidget.h"
#include "kpiseriesdata.h"

class QChart;
class QChartView;
class QAbstractAxis;

namespace urbis {

/**
 * Common ground of the Qt Charts panels (line, bar, stacked bar, pie, histogram): one QChart in a
 * QChartView without animations (dashboards refresh often, and exports must not catch a chart
 * mid-animation), legend at the bottom, and export by rendering the chart's scene.
 */
class KpiChartPanel : public KpiPanelWidget
{
    Q_OBJECT
public:
    explicit KpiChartPanel(QWidget *parent = nullptr);
    ~KpiChartPanel() override;

    QChart *chart() const { return m_chart; }

protected:
    /** Removes every series and axis (before a rebuild). */
    void clearChart();
    /** The pivoted results, with the panel's dimension option. */
    KpiSeriesData seriesData() const;
    /** A category axis with these labels, at the bottom (labels rotate when there are many). */
    QAbstractAxis *addCategoryAxis(const QStringList &categories);
    /** A value axis at the left titled with the unit of the first result. */
    QAbstractAxis *addValueAxis(double min, double max);
    void renderContent(QPainter *painter, const QRectF &rect) const override;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace urbis
