#pragma once

#include <QByteArray>
#include <QRectF>

/**
 * Reads one geometry (ISO WKB or GeoJSON text) through GDAL/OGR and tells whether it parses, whether
 * it is valid by the OGC simple-feature rules (GEOS behind OGR_G_IsValid: no self-intersections,
 * closed rings, ...) and its bounding box. GDAL stays out of the headers. Thread-safe: OGR geometry
 * objects are created and destroyed per call; GDAL's error messages are silenced for the call.
 */
namespace urbis::geometrycheck {

struct Verdict
{
    enum class State { Unreadable, Invalid, Valid };
    State state = State::Unreadable;
    bool empty = false;
    QRectF bounds; ///< x = min x (lon), y = min y (lat), right/bottom = max x / max y; null when empty
};

Verdict fromWkb(const QByteArray &wkb);
/** A GeoJSON geometry object as text (not a Feature). */
Verdict fromGeoJson(const QByteArray &json);

} // namespace urbis::geometrycheck
