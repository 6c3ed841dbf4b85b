#pragma once

#include <QPointF>
#include <QRectF>

namespace urbis::webmercator {

/**
 * Web-mercator (EPSG:3857) math shared by the map: the "world pixel" plane at zoom z is the square
 * 0..256*2^z with y growing south, as XYZ tiles use it. Zoom may be fractional. Free functions,
 * no state; safe on any thread.
 */

inline constexpr int kTileSize = 256;
/** Latitude at which the mercator square ends (the world is square in 3857). */
inline constexpr double kMaxLatitude = 85.0511287798066;
/** Half the side of the 3857 square in metres (pi * WGS84 semi-major axis). */
inline constexpr double kOriginShift = 20037508.342789244;
inline constexpr double kEarthRadius = 6378137.0;

/** Side of the world square in pixels at `zoom`: 256 * 2^zoom. */
double worldSize(double zoom);

/** lon/lat in degrees to world pixels at `zoom` (latitude clamped to +-kMaxLatitude). */
QPointF lonLatToWorld(double lon, double lat, double zoom);
/** World pixels at `zoom` back to lon/lat (x() = lon, y() = lat). */
QPointF worldToLonLat(const QPointF &world, double zoom);

/** lon/lat to EPSG:3857 metres (latitude clamped, so poles stay finite). */
QPointF lonLatToMeters(double lon, double lat);
QPointF metersToLonLat(const QPointF &meters);
/** EPSG:3857 metres to world pixels at `zoom` and back. */
QPointF metersToWorld(const QPointF &meters, double zoom);
QPointF worldToMeters(const QPointF &world, double zoom);

/** Projected metres per pixel at `zoom` (at the equator; true ground size shrinks by cos(lat)). */
double resolution(double zoom);
/** Ground metres per pixel at `zoom` and latitude `lat`. */
double groundResolution(double lat, double zoom);
/** Scale denominator (1:N) at `zoom` and `lat` for a screen of `dpi` dots per inch. */
double scaleDenominator(double lat, double zoom, double dpi = 96.0);
/** Zoom whose resolution is `metersPerPixel` (inverse of resolution()). */
double zoomForResolution(double metersPerPixel);

} // namespace urbis::webmercator
