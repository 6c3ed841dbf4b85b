#include "kpichartpanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace urbis {

KpiChartPanel::KpiChartPanel(QWidget *parent) : KpiPanelWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    m_view = new QChartView(m_chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(80, 60);
    setContentWidget(m_view);
}

KpiChartPanel::~KpiChartPanel() = default;

void KpiChartPanel::clearChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

KpiSeriesData KpiChartPanel::seriesData() const
{
    return KpiSeriesData::build(results(), kpis(), dimension());
}

QAbstractAxis *KpiChartPanel::addCategoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    if (categories.size() > 6)
        axis->setLabelsAngle(-60); // long period lists stay readable instead of overlapping
    m_chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QAbstractAxis *KpiChartPanel::addValueAxis(double min, double max)
{
    auto *axis = new QValueAxis;
    if (!(max > min)) { // one value or all equal: give the axis room around it
        const double pad = std::abs(min) > 0 ? std::abs(min) * 0.1 : 1.0;
        min -= pad;
        max += pad;
    } else {
        // Points on the top or bottom line would be cut in half; a zero baseline (bars) stays put.
        const double pad = (max - min) * 0.04;
        max += pad;
        if (min != 0)
            min -= pad;
    }
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    const QString unit = results().isEmpty() ? QString() : results().first().unit;
    if (!unit.isEmpty() && unit != QLatin1String("1")) {
        axis->setTitleText(unit);
        axis->setTitleFont(font);
    }
    m_chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void KpiChartPanel::renderContent(QPainter *painter, const QRectF &rect) const
{
    // Lay the chart out at the export size, draw its scene, and put it back: the view re-lays it
    // out on its next resize anyway, and rendering is synchronous.
    const QRectF old = m_chart->geometry();
    m_chart->setGeometry(QRectF(old.topLeft(), rect.size()));
    if (m_chart->layout()) {
        m_chart->layout()->invalidate();
        m_chart->layout()->activate();
    }
    m_chart->scene()->render(painter, rect, QRectF(old.topLeft(), rect.size()), Qt::IgnoreAspectRatio);
    m_chart->setGeometry(old);
    if (m_chart->layout()) {
        m_chart->layout()->invalidate();
        m_chart->layout()->activate();
    }
}

} // namespace urbis
