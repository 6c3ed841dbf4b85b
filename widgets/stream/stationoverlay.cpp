#include "stationoverlay.h"

#include "geo/webmercator.h"
#include "kpi/kpipanelstyle.h"
#include "map/colorramp.h"
#include "map/mapsettings.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace urbis {

namespace {
constexpr double kRadius = 6;
constexpr double kAlertRadius = 8.5;
constexpr int kMaxLabels = 60; // beyond this the labels only hide the map
} // namespace

StationOverlay::StationOverlay(QObject *parent) : MapOverlay(parent) {}

void StationOverlay::setMarkers(QList<StationMarker> markers, const QString &measureTitle, const QString &unit)
{
    m_markers = std::move(markers);
    m_title = measureTitle;
    m_unit = unit;
    m_hasRange = false;
    for (const StationMarker &m : std::as_const(m_markers)) {
        if (!m.hasValue())
            continue;
        m_min = m_hasRange ? std::min(m_min, m.value) : m.value;
        m_max = m_hasRange ? std::max(m_max, m.value) : m.value;
        m_hasRange = true;
    }
    // Alerts are drawn last, so they stay on top of their neighbours.
    std::stable_partition(m_markers.begin(), m_markers.end(), [](const StationMarker &m) { return !m.alert; });
    emit changed();
}

QColor StationOverlay::valueColor(double value, double min, double max)
{
    if (!std::isfinite(value))
        return QColor(150, 150, 150);
    const double t = max > min ? (value - min) / (max - min) : 0.5;
    return ColorRamp::viridis().at(t);
}

QString StationOverlay::labelText(const StationMarker &marker) const
{
    const QString value = marker.hasValue() ? KpiPanelStyle::formatValue(marker.value, m_unit) : QStringLiteral("–");
    return QStringLiteral("%1  %2").arg(marker.entity, value);
}

void StationOverlay::paint(QPainter &painter, const MapSettings &settings)
{
    const QRectF view(QPointF(0, 0), QSizeF(settings.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QFontMetricsF fm(font);

    QList<QPointF> positions;
    positions.reserve(m_markers.size());
    for (const StationMarker &m : std::as_const(m_markers)) {
        const QPointF at = settings.toScreen(webmercator::lonLatToMeters(m.lon, m.lat));
        positions << at;
        if (!view.adjusted(-kAlertRadius, -kAlertRadius, kAlertRadius, kAlertRadius).contains(at))
            continue;
        const double r = m.alert ? kAlertRadius : kRadius;
        if (m.alert) { // a white halo keeps the red visible on red or dark fills
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 230));
            painter.drawEllipse(at, r + 2.5, r + 2.5);
        }
        painter.setPen(QPen(m.alert ? QColor(120, 0, 0) : QColor(255, 255, 255), 1.5));
        painter.setBrush(m.alert ? alertColor() : valueColor(m.value, m_min, m_max));
        painter.drawEllipse(at, r, r);
    }

    // Labels: alerts first (they matter most), then in the given order, skipping overlaps.
    QList<QRectF> placed;
    auto placeLabel = [&](int i) {
        const StationMarker &m = m_markers.at(i);
        const QPointF at = positions.at(i);
        if (placed.size() >= kMaxLabels || !view.contains(at))
            return;
        const QString text = labelText(m);
        const QRectF box(at.x() + kAlertRadius + 3, at.y() - fm.height() / 2 - 2, fm.horizontalAdvance(text) + 8,
                         fm.height() + 4);
        if (!view.contains(box))
            return;
        for (const QRectF &other : std::as_const(placed))
            if (other.intersects(box))
                return;
        placed << box;
        painter.setPen(QPen(m.alert ? alertColor() : QColor(0, 0, 0, 90), 1));
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(m.alert ? QColor(150, 0, 0) : QColor(30, 30, 30));
        painter.drawText(box, Qt::AlignCenter, text);
    };
    for (int i = int(m_markers.size()) - 1; i >= 0; --i)
        if (m_markers.at(i).alert)
            placeLabel(i);
    for (int i = 0; i < m_markers.size(); ++i)
        if (!m_markers.at(i).alert)
            placeLabel(i);

    if (!m_markers.isEmpty())
        paintLegend(painter, view);
}

void StationOverlay::paintLegend(QPainter &painter, const QRectF &view) const
{
    const QFontMetricsF fm(painter.font());
    const QString lo = m_hasRange ? KpiPanelStyle::formatNumber(m_min) : QStringLiteral("–");
    const QString hi = m_hasRange ? KpiPanelStyle::formatNumber(m_max) : QStringLiteral("–");
    const QString alert = tr("alert");
    const double barW = 120, pad = 8, line = fm.height();
    const double w = std::max({barW, fm.horizontalAdvance(m_title), fm.horizontalAdvance(alert) + 20}) + 2 * pad;
    const double h = pad + line + 4 + 10 + 2 + line + 4 + line + pad;
    const QRectF box(view.right() - w - 10, view.top() + 10, w, h);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);

    double y = box.top() + pad;
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(box.left() + pad, y, w - 2 * pad, line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += line + 4;
    const QRectF bar(box.left() + pad, y, w - 2 * pad, 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (const ColorRamp::Stop &s : ColorRamp::viridis().stops())
        gradient.setColorAt(s.first, s.second);
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(bar);
    y += 12;
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(bar.left(), y, bar.width(), line), Qt::AlignLeft | Qt::AlignVCenter, lo);
    painter.drawText(QRectF(bar.left(), y, bar.width(), line), Qt::AlignRight | Qt::AlignVCenter, hi);
    y += line + 4;
    painter.setPen(QPen(QColor(120, 0, 0), 1.2));
    painter.setBrush(alertColor());
    painter.drawEllipse(QPointF(bar.left() + 6, y + line / 2), 5, 5);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(bar.left() + 18, y, bar.width() - 18, line), Qt::AlignLeft | Qt::AlignVCenter, alert);
}

} // namespace urbis
