#include "mapsettings.h"

#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>

namespace urbis {

void MapSettings::setCenter(const QPointF &meters)
{
    // Panning past the poles or far round the world makes no sense; one extra world either way
    // keeps panning across the antimeridian smooth.
    const double limit = webmercator::kOriginShift;
    m_center = QPointF(std::clamp(meters.x(), -3 * limit, 3 * limit), std::clamp(meters.y(), -limit, limit));
}

QPointF MapSettings::centerLonLat() const
{
    return webmercator::metersToLonLat(m_center);
}

void MapSettings::setCenterLonLat(double lon, double lat)
{
    setCenter(webmercator::lonLatToMeters(lon, lat));
}

void MapSettings::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

QSize MapSettings::outputSize() const
{
    return QSize(int(std::lround(m_size.width() * m_dpr)), int(std::lround(m_size.height() * m_dpr)));
}

double MapSettings::resolution() const
{
    return webmercator::resolution(m_zoom);
}

double MapSettings::scaleDenominator() const
{
    return webmercator::scaleDenominator(centerLonLat().y(), m_zoom);
}

QRectF MapSettings::visibleMeters() const
{
    const double w = m_size.width() * resolution(), h = m_size.height() * resolution();
    return QRectF(m_center.x() - w / 2, m_center.y() - h / 2, w, h);
}

Extent MapSettings::visibleExtent() const
{
    const QRectF r = visibleMeters();
    const QPointF sw = webmercator::metersToLonLat(r.topLeft());
    const QPointF ne = webmercator::metersToLonLat(r.bottomRight());
    return Extent(sw.x(), sw.y(), ne.x(), ne.y());
}

QPointF MapSettings::toScreen(const QPointF &meters) const
{
    const double res = resolution();
    return QPointF((meters.x() - m_center.x()) / res + m_size.width() / 2.0,
                   (m_center.y() - meters.y()) / res + m_size.height() / 2.0);
}

QPointF MapSettings::toMeters(const QPointF &screen) const
{
    const double res = resolution();
    return QPointF(m_center.x() + (screen.x() - m_size.width() / 2.0) * res,
                   m_center.y() - (screen.y() - m_size.height() / 2.0) * res);
}

void MapSettings::zoomToExtent(const Extent &extent, int marginPixels)
{
    if (!extent.isValid())
        return;
    const double east = extent.crossesAntimeridian() ? extent.east + 360 : extent.east;
    const QPointF sw = webmercator::lonLatToMeters(extent.west, extent.south);
    const QPointF ne = webmercator::lonLatToMeters(east, extent.north);
    setCenter((sw + ne) / 2);
    const double w = std::max(1, m_size.width() - 2 * marginPixels);
    const double h = std::max(1, m_size.height() - 2 * marginPixels);
    const double res = std::max((ne.x() - sw.x()) / w, (ne.y() - sw.y()) / h);
    // A point (zero-size extent) zooms to street level rather than to infinity.
    setZoom(res > 0 ? webmercator::zoomForResolution(res) : 16.0);
}

} // namespace urbis
