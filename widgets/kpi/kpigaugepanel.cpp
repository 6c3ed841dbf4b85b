#include "kpigaugepanel.h"

#include "kpipaintcanvas.h"
#include "kpipanelstyle.h"
#include "kpiseriesdata.h"

#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
constexpr double kStartAngle = 225.0; // degrees, counter-clockwise from 3 o'clock
constexpr double kSweep = 270.0;
} // namespace

KpiGaugePanel::KpiGaugePanel(QWidget *parent) : KpiPanelWidget(parent)
{
    m_canvas = new KpiPaintCanvas([this](QPainter *p, const QRectF &r) { renderContent(p, r); }, this);
    m_canvas->setToolTipFunction([this](const QPointF &, const QRectF &) {
        const QString name = kpis().isEmpty() ? title() : kpis().first().name;
        return m_value ? KpiPanelStyle::tooltip(name, m_period, m_dims, m_value, m_unit, m_status) : QString();
    });
    setContentWidget(m_canvas);
}

void KpiGaugePanel::rebuild()
{
    m_value.reset();
    m_status.clear();
    m_bands.clear();
    m_unit = results().isEmpty() ? QString() : results().first().unit;
    if (!results().isEmpty()) {
        const KpiSeriesData pivot = KpiSeriesData::build({results().first()}, kpis(), dimension());
        for (const KpiSeriesData::Series &s : pivot.series) {
            int p = int(s.values.size()) - 1;
            while (p >= 0 && !s.values[p])
                --p;
            if (p >= 0) {
                m_value = s.values[p];
                m_status = s.statuses.value(p);
                m_period = pivot.periods[p];
                m_dims = s.key;
                break;
            }
        }
    }
    const KpiDefinition *k = kpis().isEmpty() ? nullptr : &kpis().first();
    const QList<double> thresholds = k ? k->thresholds : QList<double>();
    double fallbackMax = 0;
    if (!thresholds.isEmpty())
        fallbackMax = thresholds.last() * 1.5;
    else
        fallbackMax = std::max({m_value.value_or(0.0), k && k->target ? *k->target : 0.0}) * 1.5;
    m_min = panel().options.value(QLatin1String("min")).toDouble(0.0);
    m_max = panel().options.value(QLatin1String("max")).toDouble(fallbackMax);
    if (!(m_max > m_min))
        m_max = m_min + 100;

    const bool lower = !k || k->direction == KpiDefinition::Direction::LowerIsBetter;
    const QString first = lower ? QStringLiteral("good") : QStringLiteral("bad");
    const QString last = lower ? QStringLiteral("bad") : QStringLiteral("good");
    QList<double> edges{m_min};
    for (double t : thresholds)
        edges << std::clamp(t, m_min, m_max);
    edges << m_max;
    for (int i = 0; i + 1 < edges.size(); ++i) {
        QString status;
        if (thresholds.isEmpty())
            status.clear();
        else if (i == 0)
            status = first;
        else if (i == edges.size() - 2)
            status = last;
        else
            status = QStringLiteral("warn");
        if (edges[i + 1] > edges[i])
            m_bands << Band{edges[i], edges[i + 1], status};
    }
    m_canvas->update();
}

double KpiGaugePanel::angleOf(double v) const
{
    const double t = std::clamp((v - m_min) / (m_max - m_min), 0.0, 1.0);
    return kStartAngle - kSweep * t;
}

void KpiGaugePanel::renderContent(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    QFont font = painter->font();
    font.setPixelSize(std::clamp(int(rect.height() / 14), 8, 12));
    const QFontMetricsF fm(font);
    // A 270° dial is 2r wide and r + r·sin 45° high, plus a line for the min/max labels below its ends.
    const qreal r = std::max(10.0, std::min(rect.width() / 2 - 4, (rect.height() - fm.height() - 6) / 1.71));
    const QPointF c(rect.center().x(), rect.top() + 2 + r);
    const qreal thickness = r * 0.2;
    const QRectF ring(c.x() - r + thickness / 2, c.y() - r + thickness / 2, 2 * r - thickness, 2 * r - thickness);

    for (const Band &b : m_bands) {
        QColor colour = KpiPanelStyle::statusColor(b.status);
        if (b.status.isEmpty())
            colour = QColor(0xd8, 0xdb, 0xdf);
        painter->setPen(QPen(colour, thickness, Qt::SolidLine, Qt::FlatCap));
        const double a0 = angleOf(b.from), a1 = angleOf(b.to);
        painter->drawArc(ring, int(a0 * 16), int((a1 - a0) * 16));
    }
    const auto pointAt = [&](double angle, qreal radius) {
        const double rad = qDegreesToRadians(angle);
        return QPointF(c.x() + radius * std::cos(rad), c.y() - radius * std::sin(rad));
    };
    const KpiDefinition *k = kpis().isEmpty() ? nullptr : &kpis().first();
    if (k && k->target) { // target tick across the track
        painter->setPen(QPen(QColor(0x20, 0x24, 0x2a), 2));
        const double a = angleOf(*k->target);
        painter->drawLine(pointAt(a, r - thickness - 2), pointAt(a, r + 2));
    }
    if (m_value) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x30, 0x34, 0x3a));
        const double a = angleOf(*m_value);
        const QPointF tip = pointAt(a, r - thickness * 0.6);
        const QPointF left = pointAt(a + 90, r * 0.05), right = pointAt(a - 90, r * 0.05);
        painter->drawPolygon(QPolygonF{tip, left, right});
        painter->drawEllipse(c, r * 0.07, r * 0.07);
    }

    // Value and period sit in the open quarter under the hub, narrower than the ring's inner chord.
    // The number alone is big; the unit goes on the smaller line with the period.
    const QString valueText = KpiPanelStyle::formatValue(m_value);
    const qreal inner = 1.2 * (r - thickness);
    QFont big = font;
    big.setBold(true);
    big.setPixelSize(std::max(8, int(r * 0.26)));
    while (big.pixelSize() > 8 && QFontMetricsF(big).horizontalAdvance(valueText) > inner)
        big.setPixelSize(big.pixelSize() - 1);
    painter->setFont(big);
    painter->setPen(m_status.isEmpty() ? QColor(0x20, 0x24, 0x2a) : KpiPanelStyle::statusColor(m_status).darker(110));
    const QRectF valueRect(c.x() - inner / 2, c.y() + r * 0.12, inner, QFontMetricsF(big).height());
    painter->drawText(valueRect, Qt::AlignCenter, valueText);

    painter->setFont(font);
    painter->setPen(QColor(0x6b, 0x70, 0x78));
    if (!m_unit.isEmpty() && m_unit != QLatin1String("1"))
        painter->drawText(QRectF(c.x() - inner / 2, valueRect.bottom(), inner, fm.height()), Qt::AlignCenter,
                          fm.elidedText(m_unit, Qt::ElideRight, inner));
    // Min and max under the ends of the arc; the period between them, in the dial's open quarter.
    const QPointF lo = pointAt(kStartAngle, r - thickness / 2), hi = pointAt(kStartAngle - kSweep, r - thickness / 2);
    const QString minText = KpiPanelStyle::formatNumber(m_min), maxText = KpiPanelStyle::formatNumber(m_max);
    const qreal labelTop = lo.y() + thickness * 0.45 + 2;
    painter->drawText(QRectF(lo.x() - r, labelTop, 2 * r, fm.height()), Qt::AlignHCenter | Qt::AlignTop, minText);
    painter->drawText(QRectF(hi.x() - r, labelTop, 2 * r, fm.height()), Qt::AlignHCenter | Qt::AlignTop, maxText);
    const qreal gap = (hi.x() - lo.x()) - fm.horizontalAdvance(minText) / 2 - fm.horizontalAdvance(maxText) / 2 - 12;
    const QString caption = m_dims.isEmpty() ? m_period : m_period + QStringLiteral(" · ") + m_dims;
    if (gap > 20)
        painter->drawText(QRectF(c.x() - gap / 2, labelTop, gap, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                          fm.elidedText(caption, Qt::ElideRight, gap));
    painter->restore();
}

} // namespace urbis
