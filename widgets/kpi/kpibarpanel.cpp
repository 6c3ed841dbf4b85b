#include "kpibarpanel.h"

#include "kpipanelstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>

#include <algorithm>

namespace urbis {

KpiBarPanel::KpiBarPanel(QWidget *parent) : KpiBarPanel(false, parent) {}

KpiBarPanel::KpiBarPanel(bool stacked, QWidget *parent) : KpiChartPanel(parent), m_stacked(stacked) {}

void KpiBarPanel::rebuild()
{
    clearChart();
    m_categories.clear();
    m_sets.clear();
    const KpiSeriesData pivot = seriesData();
    if (pivot.isEmpty())
        return;

    // One period with several dimension values reads best as one bar per value.
    const bool byDimension = !m_stacked && pivot.periodCount() == 1 && pivot.series.size() > 1;
    if (byDimension) {
        QList<Cell> cells;
        for (const KpiSeriesData::Series &s : pivot.series) {
            m_categories << s.name;
            cells << Cell{s.kpiName, pivot.periods.first(), s.key, s.unit, s.statuses.value(0), s.values.value(0)};
        }
        m_sets << cells;
    } else {
        m_categories = pivot.periods;
        for (const KpiSeriesData::Series &s : pivot.series) {
            QList<Cell> cells;
            for (int p = 0; p < pivot.periodCount(); ++p)
                cells << Cell{s.kpiName, pivot.periods[p], s.key, s.unit, s.statuses.value(p), s.values.value(p)};
            m_sets << cells;
        }
    }

    QAbstractBarSeries *series = m_stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                           : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double lo = 0, hi = 0; // bars grow from zero, so zero is always on the axis
    QList<double> positive(m_categories.size(), 0.0), negative(m_categories.size(), 0.0);
    for (int si = 0; si < m_sets.size(); ++si) {
        auto *set = new QBarSet(byDimension ? pivot.series.first().kpiName : pivot.series[si].name);
        set->setColor(KpiPanelStyle::seriesColor(si));
        set->setBorderColor(KpiPanelStyle::seriesColor(si).darker(115));
        for (int c = 0; c < m_sets[si].size(); ++c) {
            const double v = m_sets[si][c].value.value_or(0.0);
            set->append(v);
            (v >= 0 ? positive : negative)[c] += v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    if (m_stacked) {
        for (double v : std::as_const(positive))
            hi = std::max(hi, v);
        for (double v : std::as_const(negative))
            lo = std::min(lo, v);
    }
    chart()->addSeries(series);
    series->attachAxis(addCategoryAxis(m_categories));
    series->attachAxis(addValueAxis(lo, hi));
    chart()->legend()->setVisible(m_sets.size() > 1);
    connect(series, &QAbstractBarSeries::hovered, this, [this, series](bool status, int index, QBarSet *set) {
        onHovered(status, index, int(series->barSets().indexOf(set)));
    });
}

void KpiBarPanel::onHovered(bool status, int index, int set)
{
    if (!status || set < 0 || set >= m_sets.size() || index < 0 || index >= m_sets[set].size()) {
        showToolTip({});
        return;
    }
    const Cell &c = m_sets[set][index];
    showToolTip(KpiPanelStyle::tooltip(c.kpiName, c.period, c.dims, c.value, c.unit, c.status));
}

} // namespace urbis
