#pragma once

#include "tablefield.h"

#include <QList>
#include <QString>

namespace urbis {

/** How a table becomes a GeoPackage layer: its typed columns and where each row's geometry comes from. */
struct GpkgLayout
{
    enum class Geometry {
        None,     ///< attribute table only
        LatLon,   ///< a point from two number fields
        GeoPoint, ///< a point from a Table Schema geopoint field
        Wkt,      ///< a string field holding WKT
        Source    ///< the record's own geometry (OGR sources)
    };

    QString layerName = QStringLiteral("data");
    QList<TableField> fields;
    Geometry geometry = Geometry::None;
    int latField = -1;
    int lonField = -1;
    int pointField = -1; ///< the geopoint field
    int wktField = -1;
    QString crs;          ///< "EPSG:n" or WKT; EPSG:4326 for LatLon / GeoPoint unless the schema says otherwise
    QString geometryType; ///< OGC name (Point, MultiPolygon, ...); empty = any
    /**
     * Envelopes held in memory for the bulk-loaded spatial index (40 bytes each). Past this many
     * geometries the index is filled by SQLite row by row, in grid order: slower, flat memory.
     * 2M keeps a 1 GB import under 300 MB (GpkgWriter::create explains the budget).
     */
    qint64 bulkIndexLimit = 2'000'000;

    bool hasGeometry() const { return geometry != Geometry::None; }
};

} // namespace urbis
