#pragma once

#include <QList>
#include <QPolygonF>
#include <QVariantList>

namespace urbis {

/**
 * One vector feature read for drawing: its geometry flattened into parts in EPSG:3857 metres
 * (one part per point, line or polygon ring) plus the attribute values that were asked for.
 * A plain value produced by VectorReader; holds no GDAL object.
 */
struct MercatorFeature
{
    enum class Kind { Unknown, Point, Line, Polygon };

    qint64 fid = -1;
    Kind kind = Kind::Unknown;
    /** Points: one single-point part per point. Polygons: all rings (draw with odd-even fill). */
    QList<QPolygonF> parts;
    QVariantList values;

    bool isEmpty() const { return parts.isEmpty(); }
};

} // namespace urbis
