#include "kpihistogrampanel.h"

#include "kpipanelstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace urbis {

KpiHistogramPanel::KpiHistogramPanel(QWidget *parent) : KpiChartPanel(parent) {}

void KpiHistogramPanel::rebuild()
{
    clearChart();
    m_counts.clear();
    m_edges.clear();
    if (results().isEmpty())
        return;
    QList<double> values;
    for (const KpiValue &v : results().first().values)
        if (v.value && std::isfinite(*v.value))
            values << *v.value;
    if (values.isEmpty())
        return;
    const int bins = std::clamp(panel().options.value(QLatin1String("bins")).toInt(10), 1, 100);
    const auto [minIt, maxIt] = std::minmax_element(values.cbegin(), values.cend());
    const double lo = *minIt, hi = *maxIt;
    const int n = hi > lo ? bins : 1; // all values equal: one bin holds them all
    const double width = hi > lo ? (hi - lo) / n : 1.0;
    m_counts = QList<int>(n, 0);
    for (int i = 0; i <= n; ++i)
        m_edges << (i == n && hi > lo ? hi : lo + i * width);
    for (double v : std::as_const(values))
        ++m_counts[std::min(n - 1, int((v - lo) / width))]; // the maximum belongs to the last bin

    const QString unit = results().first().unit;
    const QString name = kpis().isEmpty() ? results().first().id : kpis().first().name;
    auto *set = new QBarSet(tr("Periods"));
    set->setColor(KpiPanelStyle::seriesColor(0));
    QStringList categories, ranges;
    for (int i = 0; i < n; ++i) {
        set->append(m_counts[i]);
        ranges << QStringLiteral("%1–%2").arg(KpiPanelStyle::formatNumber(m_edges[i]),
                                              KpiPanelStyle::formatNumber(m_edges[i + 1]));
        categories << QLocale().toString(m_edges[i], 'g', 3);
    }
    // Short axis labels (the lower edges) stay readable; the tooltip names the whole range.
    // A category axis needs distinct labels, so fall back to the ranges when rounding merged some.
    if (QSet<QString>(categories.cbegin(), categories.cend()).size() != categories.size())
        categories = ranges;
    auto *series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(set);
    chart()->addSeries(series);
    series->attachAxis(addCategoryAxis(categories));
    const int most = *std::max_element(m_counts.cbegin(), m_counts.cend());
    auto *yAxis = static_cast<QValueAxis *>(addValueAxis(0, most));
    yAxis->setTitleText(tr("Count"));
    // Whole-number ticks: counts have no fractions.
    const int step = std::max(1, int(std::ceil(most / 5.0)));
    yAxis->setRange(0, std::ceil(double(most) / step) * step);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart()->legend()->setVisible(false);
    connect(series, &QBarSeries::hovered, this, [this, name, unit, ranges](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= m_counts.size()) {
            showToolTip({});
            return;
        }
        showToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3")
                        .arg(name.toHtmlEscaped(),
                             tr("Range: %1 %2").arg(ranges[index], unit == QLatin1String("1") ? QString() : unit)
                                 .toHtmlEscaped(),
                             tr("%n value(s)", nullptr, m_counts[index])));
    });
}

} // namespace urbis
