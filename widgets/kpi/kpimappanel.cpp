#include "kpimappanel.h"

#include "kpipaintcanvas.h"
#include "kpipanelstyle.h"
#include "kpiseriesdata.h"

#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>

namespace urbis {

namespace {
constexpr qreal kPointRadius = 7;
constexpr int kLegendSteps = 5;
const QColor kNoValue(0xe1, 0xe3, 0xe6);
} // namespace

KpiMapPanel::KpiMapPanel(QWidget *parent) : KpiPanelWidget(parent)
{
    m_canvas = new KpiPaintCanvas([this](QPainter *p, const QRectF &r) { renderContent(p, r); }, this);
    m_canvas->setToolTipFunction([this](const QPointF &pos, const QRectF &r) { return toolTipAt(pos, r); });
    setContentWidget(m_canvas);
}

void KpiMapPanel::setShapes(const QList<KpiMapData::Shape> &shapes, const QString &error)
{
    m_shapes = shapes;
    m_error = error;
    m_loaded = true;
    m_bounds = QRectF();
    for (const KpiMapData::Shape &s : m_shapes)
        for (const QPolygonF &part : s.parts) {
            const QRectF b = part.boundingRect();
            // A point's rectangle is empty, and QRectF::united ignores empty rectangles.
            const QRectF r = b.isEmpty() ? QRectF(b.topLeft() - QPointF(1, 1), QSizeF(2, 2)) : b;
            m_bounds = m_bounds.isNull() ? r : m_bounds.united(r);
        }
    refresh();
}

void KpiMapPanel::rebuild()
{
    m_values.clear();
    m_statuses.clear();
    m_period.clear();
    m_unit = results().isEmpty() ? QString() : results().first().unit;
    m_kpiName = kpis().isEmpty() ? title() : kpis().first().name;
    if (results().isEmpty())
        return;
    const KpiSeriesData pivot = KpiSeriesData::build({results().first()}, kpis(), dimension());
    const int p = pivot.latestPeriod();
    if (p < 0)
        return;
    m_period = pivot.periods[p];
    bool first = true;
    for (const KpiSeriesData::Series &s : pivot.series) {
        const std::optional<double> v = s.values.value(p);
        if (!v)
            continue;
        m_values.insert(s.key, *v);
        m_statuses.insert(s.key, s.statuses.value(p));
        m_min = first ? *v : std::min(m_min, *v);
        m_max = first ? *v : std::max(m_max, *v);
        first = false;
    }
    m_canvas->update();
}

bool KpiMapPanel::hasContent() const
{
    return m_loaded && m_error.isEmpty() && !m_shapes.isEmpty() && !m_values.isEmpty();
}

QString KpiMapPanel::emptyMessage() const
{
    if (m_values.isEmpty())
        return KpiPanelStyle::noDataText();
    if (!m_loaded)
        return tr("Loading the map…");
    if (!m_error.isEmpty())
        return m_error;
    return tr("The map dataset has no shapes.");
}

int KpiMapPanel::coloredShapeCount() const
{
    return int(std::count_if(m_shapes.cbegin(), m_shapes.cend(),
                             [this](const KpiMapData::Shape &s) { return m_values.contains(s.key); }));
}

QRectF KpiMapPanel::legendRectIn(const QRectF &rect) const
{
    const qreal w = std::min(110.0, rect.width() * 0.3);
    return QRectF(rect.right() - w, rect.top(), w, rect.height());
}

QRectF KpiMapPanel::mapRectIn(const QRectF &rect) const
{
    return rect.adjusted(4, 4, -legendRectIn(rect).width() - 8, -4);
}

QTransform KpiMapPanel::transformFor(const QRectF &mapRect) const
{
    if (m_bounds.isEmpty())
        return {};
    // Keep the aspect ratio; leave room for point symbols at the edges.
    const QRectF inner = mapRect.adjusted(kPointRadius, kPointRadius, -kPointRadius, -kPointRadius);
    const qreal scale = std::min(inner.width() / m_bounds.width(), inner.height() / m_bounds.height());
    const qreal dx = inner.left() + (inner.width() - m_bounds.width() * scale) / 2;
    const qreal dy = inner.top() + (inner.height() - m_bounds.height() * scale) / 2;
    // Mercator y grows north, screen y grows south.
    return QTransform(scale, 0, 0, -scale, dx - m_bounds.left() * scale, dy + m_bounds.bottom() * scale);
}

void KpiMapPanel::renderContent(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    const QRectF mapRect = mapRectIn(rect);
    const QTransform t = transformFor(mapRect);
    const double span = m_max > m_min ? m_max - m_min : 1.0;
    const bool labels = std::count_if(m_shapes.cbegin(), m_shapes.cend(), [](const auto &s) { return s.point; }) <= 20;
    QFont small = painter->font();
    small.setPixelSize(10);
    painter->setFont(small);
    for (const KpiMapData::Shape &s : m_shapes) {
        const bool has = m_values.contains(s.key);
        const QColor fill = has ? KpiPanelStyle::rampColor((m_values.value(s.key) - m_min) / span) : kNoValue;
        if (s.point) {
            const QPointF at = t.map(s.parts.value(0).value(0));
            painter->setPen(QPen(QColor(0x30, 0x34, 0x3a), 1));
            painter->setBrush(fill);
            painter->drawEllipse(at, kPointRadius, kPointRadius);
            if (labels) {
                painter->setPen(QColor(0x30, 0x34, 0x3a));
                painter->drawText(at + QPointF(kPointRadius + 3, 4), s.key);
            }
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &part : s.parts)
            path.addPolygon(t.map(part));
        painter->setPen(QPen(QColor(0x60, 0x64, 0x6a), 0.8));
        painter->setBrush(fill);
        painter->drawPath(path);
    }
    // Few areas: name them in place (on a pale halo, readable on dark and light fills).
    if (m_shapes.size() <= 12) {
        for (const KpiMapData::Shape &s : m_shapes) {
            if (s.point || s.parts.isEmpty())
                continue;
            const QRectF box = t.mapRect(s.parts.first().boundingRect());
            const QRectF text = painter->fontMetrics().boundingRect(s.key).adjusted(-3, -1, 3, 1);
            if (text.width() > box.width() || text.height() > box.height())
                continue;
            const QRectF at(box.center() - QPointF(text.width() / 2, text.height() / 2), text.size());
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 190));
            painter->drawRoundedRect(at, 3, 3);
            painter->setPen(QColor(0x20, 0x24, 0x2a));
            painter->drawText(at, Qt::AlignCenter, s.key);
        }
    }
    paintLegend(painter, legendRectIn(rect));
    painter->restore();
}

void KpiMapPanel::paintLegend(QPainter *painter, const QRectF &rect) const
{
    QFont font = painter->font();
    font.setPixelSize(10);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal row = std::max(fm.height(), 14.0) + 2;
    qreal y = rect.top() + 4;
    painter->setPen(QColor(0x20, 0x24, 0x2a));
    const QString heading = m_unit.isEmpty() || m_unit == QLatin1String("1") ? m_period : m_period + QStringLiteral(", ") + m_unit;
    painter->drawText(QRectF(rect.left(), y, rect.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(heading, Qt::ElideRight, rect.width()));
    y += row;
    const int steps = m_max > m_min ? kLegendSteps : 1;
    for (int i = steps - 1; i >= 0; --i) { // high values on top, as on most map legends
        const double t = steps > 1 ? double(i) / (steps - 1) : 0.0;
        painter->setPen(QColor(0x60, 0x64, 0x6a));
        painter->setBrush(KpiPanelStyle::rampColor(t));
        painter->drawRect(QRectF(rect.left(), y + 2, 14, row - 4));
        painter->setPen(QColor(0x20, 0x24, 0x2a));
        painter->drawText(QRectF(rect.left() + 20, y, rect.width() - 20, row), Qt::AlignLeft | Qt::AlignVCenter,
                          KpiPanelStyle::formatNumber(m_min + t * (m_max - m_min)));
        y += row;
    }
    painter->setPen(QColor(0x60, 0x64, 0x6a));
    painter->setBrush(kNoValue);
    painter->drawRect(QRectF(rect.left(), y + 2, 14, row - 4));
    painter->setPen(QColor(0x20, 0x24, 0x2a));
    painter->drawText(QRectF(rect.left() + 20, y, rect.width() - 20, row), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(tr("No value"), Qt::ElideRight, rect.width() - 20));
}

QString KpiMapPanel::toolTipAt(const QPointF &pos, const QRectF &rect) const
{
    const QTransform t = transformFor(mapRectIn(rect));
    for (auto it = m_shapes.crbegin(); it != m_shapes.crend(); ++it) { // topmost first
        bool hit = false;
        if (it->point) {
            const QPointF d = t.map(it->parts.value(0).value(0)) - pos;
            hit = QPointF::dotProduct(d, d) <= (kPointRadius + 2) * (kPointRadius + 2);
        } else {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &part : it->parts)
                path.addPolygon(t.map(part));
            hit = path.contains(pos);
        }
        if (hit) {
            const std::optional<double> v = valueOf(it->key);
            return KpiPanelStyle::tooltip(m_kpiName, m_period, it->key, v, m_unit, m_statuses.value(it->key));
        }
    }
    return {};
}

} // namespace urbis
