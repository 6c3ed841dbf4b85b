#pragma once

#include "../util/result.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace urbis {

/**
 * One band of a raster (GeoTIFF or any GDAL raster) warped to EPSG:3857, as a grid of floats,
 * ready to colour. Cells outside the source or equal to its nodata value are not `valid`.
 * A plain value; read() may run on any thread (it opens its own dataset).
 */
struct MercatorRaster
{
    QRectF metersRect; ///< the grid's bounds in EPSG:3857 metres (top() is the southern edge)
    int width = 0;
    int height = 0;
    std::vector<float> values; ///< row-major, first row = north
    std::vector<unsigned char> valid; ///< 1 where values holds data
    double minimum = 0; ///< of the source band's valid values
    double maximum = 0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    float value(int x, int y) const { return values[size_t(y) * size_t(width) + size_t(x)]; }
    bool isValid(int x, int y) const { return valid[size_t(y) * size_t(width) + size_t(x)] != 0; }

    /**
     * Reads band `band` (1-based) of `path`, warped to 3857 (nearest cell: model cells stay whole,
     * values stay exact) and at most
     * `maxSize` cells on its longer side (larger rasters are read from their overviews).
     */
    static Result<MercatorRaster> read(const QString &path, int band = 1, int maxSize = 2048);
};

} // namespace urbis
