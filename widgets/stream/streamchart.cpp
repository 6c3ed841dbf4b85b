#include "streamchart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {
constexpr int kMinPoints = 60;
constexpr int kMaxPoints = 2'000;
constexpr int kMaxLines = 200; // a flapping link: later runs join the last line rather than add series

QString timeFormat(qint64 spanMs)
{
    if (spanMs <= 2 * 3'600'000LL)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 36 * 3'600'000LL)
        return QStringLiteral("HH:mm");
    return QStringLiteral("dd MMM HH:mm");
}
} // namespace

StreamChart::StreamChart(QWidget *parent)
    : QChartView(new QChart, parent), m_x(new QDateTimeAxis), m_y(new QValueAxis), m_dots(new QScatterSeries)
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(2, 2, 6, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->hide();
    QFont title = c->titleFont();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF());
    c->setTitleFont(title);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_x->setLabelsFont(small);
    m_y->setLabelsFont(small);
    m_x->setTickCount(5);
    m_y->setTickCount(5);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_dots->setMarkerSize(7);
    m_dots->setBorderColor(Qt::transparent);
    c->addSeries(m_dots);
    m_dots->attachAxis(m_x);
    m_dots->attachAxis(m_y);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 120);
}

void StreamChart::setMeasure(const QString &key, const QString &unit, const QColor &color)
{
    m_key = key;
    m_color = color;
    chart()->setTitle(unit.isEmpty() ? key : tr("%1 (%2)").arg(key, unit));
    m_dots->setColor(color);
    for (QLineSeries *s : std::as_const(m_lines))
        s->setColor(color);
}

int StreamChart::pointBudget() const
{
    const double w = chart()->plotArea().width();
    return std::clamp(int(w > 0 ? w : width()), kMinPoints, kMaxPoints);
}

QLineSeries *StreamChart::segment(int i)
{
    while (m_lines.size() <= i) {
        auto *s = new QLineSeries;
        QPen pen(m_color, 1.6);
        s->setPen(pen);
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_lines << s;
    }
    return m_lines.at(i);
}

void StreamChart::setPoints(const ChannelSeries &input, qint64 fromMs, qint64 toMs)
{
    // Buffers keep arrival order; a replay that loops or a late message goes back in time.
    const auto byTime = [](const ChannelPoint &a, const ChannelPoint &b) { return a.timeMs < b.timeMs; };
    ChannelSeries sorted;
    if (!std::is_sorted(input.cbegin(), input.cend(), byTime)) {
        sorted = input;
        std::stable_sort(sorted.begin(), sorted.end(), byTime);
    }
    const ChannelSeries &points = sorted.isEmpty() ? input : sorted;
    toMs = std::max(toMs, fromMs + 1);
    const bool moved = fromMs != m_from || toMs != m_to;
    m_from = fromMs;
    m_to = toMs;
    QList<QList<QPointF>> runs;
    QList<QPointF> dots;
    QList<QPointF> run;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto endRun = [&] {
        if (run.size() == 1)
            dots << run.first();
        else if (run.size() > 1 && runs.size() < kMaxLines)
            runs << run;
        else if (run.size() > 1)
            runs.last() << run;
        run.clear();
    };
    for (const ChannelPoint &p : points) {
        if (p.isGap()) {
            endRun();
            continue;
        }
        run << QPointF(double(p.timeMs), p.value);
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    endRun();

    for (int i = 0; i < runs.size(); ++i)
        segment(int(i))->replace(runs.at(i));
    // Lines no longer needed stay in the pool, empty (adding and removing series is the slow part).
    for (int i = int(runs.size()); i < m_used; ++i)
        m_lines.at(i)->clear();
    m_used = int(runs.size());
    m_dots->replace(dots);

    if (moved) { // costs a relayout of the axis and every series
        m_x->setFormat(timeFormat(m_to - m_from));
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    }
    updateValueAxis(lo, hi);
}

void StreamChart::updateValueAxis(double lo, double hi)
{
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    // A new value range costs a relayout of the chart (milliseconds): keep the axis while the
    // values stay inside it and still fill a good part of it.
    const double span = m_yHi - m_yLo;
    if (m_yValid && lo >= m_yLo && hi <= m_yHi && (hi - lo) >= 0.3 * span)
        return;
    if (hi - lo < 1e-9 * std::max(1.0, std::abs(hi))) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.1;
    const double raw = (hi - lo + 2 * pad) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= f * magnitude) {
            step = f * magnitude;
            break;
        }
    m_yLo = std::floor((lo - pad) / step) * step;
    m_yHi = std::ceil((hi + pad) / step) * step;
    m_yValid = true;
    const int ticks = int(std::lround((m_yHi - m_yLo) / step)) + 1;
    // As many decimals as the step has (2.5 -> 1), so neighbouring labels never read the same.
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    m_y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'));
    if (m_y->tickCount() != ticks)
        m_y->setTickCount(ticks);
    m_y->setRange(m_yLo, m_yHi);
}

QList<QList<QPointF>> StreamChart::segments() const
{
    QList<QList<QPointF>> out;
    for (int i = 0; i < m_used; ++i)
        out << m_lines.at(i)->points();
    return out;
}

QList<QPointF> StreamChart::dots() const
{
    return m_dots->points();
}

} // namespace urbis
