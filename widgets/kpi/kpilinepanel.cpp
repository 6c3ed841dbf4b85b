#include "kpilinepanel.h"

#include "kpipanelstyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {
constexpr int kDateAxisFrom = 25; // more periods than this: category labels would collide
}

KpiLinePanel::KpiLinePanel(QWidget *parent) : KpiChartPanel(parent) {}

QStringList KpiLinePanel::seriesNames() const
{
    QStringList names;
    for (const KpiSeriesData::Series &s : m_data.series)
        names << s.name;
    return names;
}

int KpiLinePanel::segmentCount(const QString &seriesName) const
{
    for (int i = 0; i < m_data.series.size(); ++i)
        if (m_data.series[i].name == seriesName)
            return m_segments.value(i);
    return 0;
}

int KpiLinePanel::pointCount(const QString &seriesName) const
{
    for (const KpiSeriesData::Series &s : m_data.series)
        if (s.name == seriesName)
            return int(std::count_if(s.values.cbegin(), s.values.cend(), [](const auto &v) { return v.has_value(); }));
    return 0;
}

void KpiLinePanel::rebuild()
{
    clearChart();
    m_data = seriesData();
    m_segments = QList<int>(m_data.series.size(), 0);
    m_xs.clear();
    if (m_data.isEmpty())
        return;

    // Dates when there are many parseable periods, else evenly spaced categories.
    bool dates = m_data.periodCount() >= kDateAxisFrom;
    QList<double> dateXs;
    for (const QString &p : std::as_const(m_data.periods)) {
        const QDate d = KpiSeriesData::periodStart(p);
        dates = dates && d.isValid();
        dateXs << (d.isValid() ? double(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()) : 0.0);
    }
    if (dates) {
        m_xs = dateXs;
    } else {
        for (int i = 0; i < m_data.periodCount(); ++i)
            m_xs << i;
    }

    QAbstractAxis *xAxis = nullptr;
    if (dates) {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("yyyy-MM-dd"));
        axis->setTickCount(5);
        // A little room at both ends, so the first and last points are not cut by the plot edge.
        const double pad = (m_xs.last() - m_xs.first()) * 0.02;
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_xs.first() - pad), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(m_xs.last() + pad), Qt::UTC));
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
        chart()->addAxis(axis, Qt::AlignBottom);
        xAxis = axis;
    } else {
        xAxis = addCategoryAxis(m_data.periods);
    }
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const KpiSeriesData::Series &s : std::as_const(m_data.series))
        for (const std::optional<double> &v : s.values)
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    QAbstractAxis *yAxis = addValueAxis(lo, hi);

    const bool showPoints = m_data.periodCount() <= 40;
    for (int si = 0; si < m_data.series.size(); ++si) {
        const KpiSeriesData::Series &s = m_data.series[si];
        const QColor colour = KpiPanelStyle::seriesColor(si);
        QLineSeries *segment = nullptr;
        bool first = true;
        for (int p = 0; p <= s.values.size(); ++p) {
            const bool has = p < s.values.size() && s.values[p].has_value();
            if (!has) {
                segment = nullptr; // a null period ends the run: the next value starts a new segment
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(s.name);
                segment->setColor(colour);
                QPen pen = segment->pen();
                pen.setWidthF(2.0);
                segment->setPen(pen);
                segment->setPointsVisible(showPoints);
                segment->setMarkerSize(5);
                chart()->addSeries(segment);
                segment->attachAxis(xAxis);
                segment->attachAxis(yAxis);
                const QList<QLegendMarker *> markers = chart()->legend()->markers(segment);
                for (QLegendMarker *m : markers)
                    m->setVisible(first);
                first = false;
                ++m_segments[si];
                connect(segment, &QLineSeries::hovered, this,
                        [this, si](const QPointF &point, bool state) { onHovered(si, point, state); });
            }
            segment->append(m_xs[p], *s.values[p]);
        }
    }
    chart()->legend()->setVisible(m_data.series.size() > 1);
}

void KpiLinePanel::onHovered(int series, const QPointF &point, bool state)
{
    if (!state || series >= m_data.series.size() || m_xs.isEmpty()) {
        showToolTip({});
        return;
    }
    int best = 0;
    for (int i = 1; i < m_xs.size(); ++i)
        if (std::abs(m_xs[i] - point.x()) < std::abs(m_xs[best] - point.x()))
            best = i;
    const KpiSeriesData::Series &s = m_data.series[series];
    showToolTip(KpiPanelStyle::tooltip(s.kpiName, m_data.periods[best], s.key, s.values.value(best), s.unit,
                                       s.statuses.value(best)));
}

} // namespace urbis
