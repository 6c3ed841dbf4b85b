#pragma once

#include "geo/extent.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSize>

namespace urbis {

/**
 * What a map view shows: centre (EPSG:3857 metres), zoom (web-mercator level, fractional), size in
 * logical pixels and the device pixel ratio. A plain value: the canvas copies it into each
 * MapRenderJob, so the worker never sees the view change under it.
 *
 * Rectangles in metres are normalised with y growing north: top() is the southern edge.
 */
class MapSettings
{
public:
    static constexpr double kMinZoom = 0.0;
    static constexpr double kMaxZoom = 22.0;

    QPointF center() const { return m_center; }
    void setCenter(const QPointF &meters);
    QPointF centerLonLat() const;
    void setCenterLonLat(double lon, double lat);

    double zoom() const { return m_zoom; }
    /** Clamped to kMinZoom..kMaxZoom. */
    void setZoom(double zoom);

    QSize size() const { return m_size; }
    void setSize(const QSize &logicalPixels) { m_size = logicalPixels; }
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr) { m_dpr = dpr > 0 ? dpr : 1.0; }
    /** The image size in device pixels. */
    QSize outputSize() const;

    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &c) { m_background = c; }

    /** Metres (3857) per logical pixel. */
    double resolution() const;
    /** The scale denominator (1:N) at the view centre's latitude, for a 96 dpi screen. */
    double scaleDenominator() const;

    QRectF visibleMeters() const;
    /** The visible area in WGS84 (latitudes cut at the mercator limit, longitudes may pass +-180). */
    Extent visibleExtent() const;

    QPointF toScreen(const QPointF &meters) const;
    QPointF toMeters(const QPointF &screen) const;

    /** Centre and zoom so `extent` fits into size() (with `marginPixels` round it). */
    void zoomToExtent(const Extent &extent, int marginPixels = 20);

    bool operator==(const MapSettings &) const = default;

private:
    QPointF m_center;
    double m_zoom = 1.0;
    QSize m_size{256, 256};
    qreal m_dpr = 1.0;
    QColor m_background = Qt::white;
};

} // namespace urbis
