#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace urbis::webmercator {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kDegToRad = kPi / 180.0;
} // namespace

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF lonLatToMeters(double lon, double lat)
{
    const double clamped = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = lon * kOriginShift / 180.0;
    const double y = std::log(std::tan((90.0 + clamped) * kDegToRad / 2.0)) * kEarthRadius;
    return {x, y};
}

QPointF metersToLonLat(const QPointF &meters)
{
    const double lon = meters.x() / kOriginShift * 180.0;
    const double lat = (2.0 * std::atan(std::exp(meters.y() / kEarthRadius)) - kPi / 2.0) / kDegToRad;
    return {lon, lat};
}

QPointF metersToWorld(const QPointF &meters, double zoom)
{
    const double size = worldSize(zoom);
    return {(meters.x() + kOriginShift) / (2 * kOriginShift) * size,
            (kOriginShift - meters.y()) / (2 * kOriginShift) * size};
}

QPointF worldToMeters(const QPointF &world, double zoom)
{
    const double size = worldSize(zoom);
    return {world.x() / size * 2 * kOriginShift - kOriginShift, kOriginShift - world.y() / size * 2 * kOriginShift};
}

QPointF lonLatToWorld(double lon, double lat, double zoom)
{
    return metersToWorld(lonLatToMeters(lon, lat), zoom);
}

QPointF worldToLonLat(const QPointF &world, double zoom)
{
    return metersToLonLat(worldToMeters(world, zoom));
}

double resolution(double zoom)
{
    return 2 * kOriginShift / worldSize(zoom);
}

double groundResolution(double lat, double zoom)
{
    return resolution(zoom) * std::cos(std::clamp(lat, -kMaxLatitude, kMaxLatitude) * kDegToRad);
}

double scaleDenominator(double lat, double zoom, double dpi)
{
    constexpr double kMetersPerInch = 0.0254;
    return groundResolution(lat, zoom) * dpi / kMetersPerInch;
}

double zoomForResolution(double metersPerPixel)
{
    return std::log2(2 * kOriginShift / (kTileSize * metersPerPixel));
}

} // namespace urbis::webmercator
