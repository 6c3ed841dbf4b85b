#pragma once

#include "../util/result.h"
#include "extent.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>

namespace urbis {

/**
 * Where a simulation grid lies on Earth: a projected CRS in metres and the north-west corner of
 * cell (0, 0) in it, square cells of `cellSize` metres, north up. Built from a scenario's
 * origin (longitude, latitude of the north-west corner) and CRS: a geographic CRS (EPSG:4326, ...)
 * means the UTM zone of the origin (plain 6-degree zones, EPSG:326xx north / 327xx south); a
 * projected CRS is used as it is and must be in metres. A plain value; any thread.
 */
struct GridGeoref
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GridGeoref)
public:
    QString crs;        ///< "EPSG:32634" or the given projected CRS as the user wrote it
    QString wkt;        ///< the same CRS as WKT (what GDAL writes into a GeoTIFF)
    double originX = 0; ///< north-west corner, CRS units (metres)
    double originY = 0;
    double cellSize = 0;
    int width = 0;
    int height = 0;

    /** Origin at (lon, lat) in WGS84; InvalidData for an unknown CRS or one not in metres. */
    static Result<GridGeoref> locate(double lon, double lat, const QString &crs, double cellSize, int width,
                                     int height);
    /** The UTM zone's EPSG code for a longitude / latitude (32601..32660, 32701..32760). */
    static int utmEpsg(double lon, double lat);

    /** GDAL's affine transform: x = gt[0] + col * gt[1], y = gt[3] + row * gt[5]. */
    std::array<double, 6> geoTransform() const;
    /** The grid's bounds in WGS84 (corners and edge midpoints transformed). */
    Result<Extent> wgs84Extent() const;
    /** Corners north-west, north-east, south-east, south-west as (lon, lat). */
    Result<std::array<QPointF, 4>> wgs84Corners() const;
    /** Points in cell coordinates ((0, 0) = north-west corner, (0.5, 0.5) = centre of cell 0, 0) as (lon, lat). */
    Result<QList<QPointF>> cellsToWgs84(const QList<QPointF> &cells) const;
};

} // namespace urbis
