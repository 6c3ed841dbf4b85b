#include "kpistatpanel.h"

#include "kpipaintcanvas.h"
#include "kpipanelstyle.h"
#include "kpiseriesdata.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {

/** The largest pixel size (up to `max`) at which `text` fits `width`. */
QFont fittedFont(QFont font, const QString &text, qreal width, qreal max)
{
    font.setPixelSize(std::max(8, int(max)));
    while (font.pixelSize() > 8 && QFontMetricsF(font).horizontalAdvance(text) > width)
        font.setPixelSize(font.pixelSize() - 1);
    return font;
}

} // namespace

KpiStatPanel::KpiStatPanel(QWidget *parent) : KpiPanelWidget(parent)
{
    m_canvas = new KpiPaintCanvas([this](QPainter *p, const QRectF &r) { renderContent(p, r); }, this);
    m_canvas->setToolTipFunction([this](const QPointF &, const QRectF &) {
        const QString name = kpis().isEmpty() ? title() : kpis().first().name;
        return m_value ? KpiPanelStyle::tooltip(name, m_period, m_dims, m_value, m_unit, m_status) : QString();
    });
    setContentWidget(m_canvas);
}

void KpiStatPanel::rebuild()
{
    m_value.reset();
    m_trend.reset();
    m_status.clear();
    m_period.clear();
    m_previousPeriod.clear();
    m_dims.clear();
    m_unit.clear();
    m_otherSeries = 0;
    if (results().isEmpty())
        return;
    const KpiSeriesData pivot = KpiSeriesData::build({results().first()}, kpis(), dimension());
    m_unit = results().first().unit;
    for (const KpiSeriesData::Series &s : pivot.series) {
        int p = int(s.values.size()) - 1;
        while (p >= 0 && !s.values[p])
            --p;
        if (p < 0)
            continue;
        if (m_value) { // a stat shows one number; say how many others the filters left
            ++m_otherSeries;
            continue;
        }
        m_value = s.values[p];
        m_status = s.statuses.value(p);
        m_period = pivot.periods[p];
        m_dims = s.key;
        int q = p - 1;
        while (q >= 0 && !s.values[q])
            --q;
        const bool wanted = panel().options.value(QLatin1String("trend")).toBool(true);
        if (wanted && q >= 0 && *s.values[q] != 0) {
            m_previousPeriod = pivot.periods[q];
            m_trend = 100.0 * (*m_value - *s.values[q]) / std::abs(*s.values[q]);
        }
    }
    m_canvas->update();
}

QString KpiStatPanel::valueText() const
{
    return KpiPanelStyle::formatValue(m_value, m_unit);
}

QColor KpiStatPanel::statusColor() const
{
    return KpiPanelStyle::statusColor(m_status);
}

QString KpiStatPanel::trendText() const
{
    if (!m_trend)
        return {};
    const QChar arrow = *m_trend > 0 ? QChar(0x25b2) : *m_trend < 0 ? QChar(0x25bc) : QChar(0x25b6);
    return tr("%1 %2 % vs %3")
        .arg(arrow)
        .arg(QLocale().toString(std::abs(*m_trend), 'f', 1), m_previousPeriod);
}

QColor KpiStatPanel::trendColor() const
{
    if (!m_trend || *m_trend == 0 || kpis().isEmpty())
        return KpiPanelStyle::statusColor({});
    const bool lowerIsBetter = kpis().first().direction == KpiDefinition::Direction::LowerIsBetter;
    const bool better = lowerIsBetter ? *m_trend < 0 : *m_trend > 0;
    return KpiPanelStyle::statusColor(better ? QStringLiteral("good") : QStringLiteral("bad"));
}

QString KpiStatPanel::targetText() const
{
    if (kpis().isEmpty() || !kpis().first().target)
        return {};
    const KpiDefinition &k = kpis().first();
    const QString value = KpiPanelStyle::formatValue(k.target, m_unit.isEmpty() ? k.unit : m_unit);
    return k.targetDate.isValid() ? tr("Target: %1 by %2").arg(value, k.targetDate.toString(Qt::ISODate))
                                  : tr("Target: %1").arg(value);
}

QString KpiStatPanel::caption() const
{
    QString text = m_dims.isEmpty() ? m_period : m_period + QStringLiteral(" · ") + m_dims;
    if (m_otherSeries > 0)
        text += QStringLiteral("  ") + tr("(+%n more)", nullptr, m_otherSeries);
    return text;
}

void KpiStatPanel::renderContent(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    const QColor colour = statusColor();
    painter->fillRect(QRectF(rect.left(), rect.top() + 4, 5, rect.height() - 8), colour);

    const QRectF area = rect.adjusted(16, 0, -6, 0);
    QStringList lines;
    QList<QColor> colours;
    if (!trendText().isEmpty()) {
        lines << trendText();
        colours << trendColor();
    }
    const QString status = m_status.isEmpty() ? QString() : KpiPanelStyle::statusLabel(m_status);
    const QString target = targetText();
    if (!target.isEmpty() || !status.isEmpty()) {
        lines << (target.isEmpty() ? status : status.isEmpty() ? target : status + QStringLiteral(" · ") + target);
        colours << QColor(0x40, 0x44, 0x4a);
    }
    lines << caption();
    colours << QColor(0x6b, 0x70, 0x78);

    QFont small = painter->font();
    small.setPixelSize(std::clamp(int(area.height() / 9), 9, 14));
    const qreal lineHeight = QFontMetricsF(small).height();
    const qreal valueHeight = std::max(area.height() - lines.size() * lineHeight - 4, area.height() * 0.35);
    const QFont big = fittedFont(painter->font(), valueText(), area.width(), valueHeight * 0.8);
    const QFontMetricsF bigMetrics(big);
    const qreal blockHeight = bigMetrics.height() + lines.size() * lineHeight;
    qreal y = area.top() + std::max(0.0, (area.height() - blockHeight) / 2);

    QFont bold = big;
    bold.setBold(true);
    painter->setFont(fittedFont(bold, valueText(), area.width(), big.pixelSize()));
    painter->setPen(m_status.isEmpty() ? QColor(0x20, 0x24, 0x2a) : colour.darker(110));
    painter->drawText(QRectF(area.left(), y, area.width(), bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      valueText());
    y += bigMetrics.height();
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small);
    for (int i = 0; i < lines.size(); ++i) {
        painter->setPen(colours[i]);
        painter->drawText(QRectF(area.left(), y, area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(lines[i], Qt::ElideRight, area.width()));
        y += lineHeight;
    }
    painter->restore();
}

} // namespace urbis
