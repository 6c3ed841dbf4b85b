#include "scenarioareachart.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace urbis {

namespace {
constexpr double kM2PerHectare = 10'000;
} // namespace

ScenarioAreaChart::ScenarioAreaChart(QWidget *parent)
    : QChartView(new QChart, parent), m_x(new QValueAxis), m_y(new QValueAxis), m_marker(new QLineSeries),
      m_divisor(kM2PerHectare)
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(2, 2, 6, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignTop);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    c->legend()->setFont(small);
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setTickCount(5);
    }
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTitleText(tr("step"));
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    m_y->setTitleText(tr("area (ha)"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_marker->setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
    c->addSeries(m_marker);
    m_marker->attachAxis(m_x);
    m_marker->attachAxis(m_y);
    const QList<QLegendMarker *> markers = c->legend()->markers(m_marker);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 120);
    updateRanges();
}

void ScenarioAreaChart::setValueAxis(const QString &title, double divisor)
{
    m_y->setTitleText(title);
    m_divisor = divisor > 0 ? divisor : 1;
}

void ScenarioAreaChart::setSeries(const QList<Series> &series)
{
    m_used = series.size();
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (i == m_lines.size()) {
            auto *line = new QLineSeries;
            chart()->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_y);
            m_lines << line;
        }
        QLineSeries *line = m_lines.at(i);
        const Series &s = series.at(i);
        QList<QPointF> ha;
        ha.reserve(s.points.size());
        for (const QPointF &p : s.points)
            ha << QPointF(p.x(), p.y() / m_divisor);
        line->setName(s.name);
        line->setPen(QPen(s.color, 2, s.style));
        line->replace(ha);
        line->setVisible(true);
        for (QLegendMarker *m : chart()->legend()->markers(line))
            m->setVisible(true);
    }
    for (qsizetype i = series.size(); i < m_lines.size(); ++i) {
        m_lines.at(i)->clear();
        m_lines.at(i)->setVisible(false);
        for (QLegendMarker *m : chart()->legend()->markers(m_lines.at(i)))
            m->setVisible(false);
    }
    chart()->legend()->setVisible(series.size() > 1);
    updateRanges();
}

void ScenarioAreaChart::setStepCount(int steps)
{
    m_steps = std::max(0, steps);
    updateRanges();
}

void ScenarioAreaChart::setCurrentStep(int step)
{
    m_step = step;
    updateMarker();
}

QStringList ScenarioAreaChart::seriesNames() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_used; ++i)
        names << m_lines.at(i)->name();
    return names;
}

QList<QPointF> ScenarioAreaChart::points(int i) const
{
    return i >= 0 && i < m_used ? m_lines.at(i)->points() : QList<QPointF>();
}

void ScenarioAreaChart::updateRanges()
{
    double maxX = std::max(1, m_steps);
    m_minY = 0;
    m_maxY = 0;
    for (qsizetype i = 0; i < m_used; ++i) {
        for (const QPointF &p : m_lines.at(i)->points()) {
            maxX = std::max(maxX, p.x());
            m_minY = std::min(m_minY, p.y());
            m_maxY = std::max(m_maxY, p.y());
        }
    }
    if (m_maxY - m_minY <= 0)
        m_maxY = m_minY + 1;
    const double pad = (m_maxY - m_minY) * 0.05;
    m_x->setRange(0, maxX);
    m_y->setRange(m_minY < 0 ? m_minY - pad : 0, m_maxY + pad);
    m_y->applyNiceNumbers();
    updateMarker();
}

void ScenarioAreaChart::updateMarker()
{
    if (m_step < 0 || m_used == 0) {
        m_marker->clear();
        return;
    }
    m_marker->replace({QPointF(m_step, m_y->min()), QPointF(m_step, m_y->max())});
}

} // namespace urbis
