#pragma once

#include "../util/result.h"
#include "gridgeoref.h"

#include <QCoreApplication>

#include <vector>

namespace urbis {

/**
 * Band 1 of a GDAL raster resampled onto a simulation grid (GridGeoref), so terrain and fuel
 * datasets in any CRS and resolution line up cell for cell with the model. Overviews are never
 * used (an averaged fuel code is not a fuel class). Runs on any thread (opens its own dataset).
 */
class GridWarp
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GridWarp)
public:
    enum class Resampling {
        Nearest, ///< categories (fuel classes): every cell takes one source value
        Bilinear ///< continuous values (elevation)
    };

    struct Output
    {
        std::vector<float> values; ///< row-major, row 0 = north; NaN where the source has no data
        qint64 validCells = 0;
    };

    /**
     * Unsupported when `path` is not a raster, InvalidData when it is not georeferenced or does
     * not overlap the grid at all (no valid cell).
     */
    static Result<Output> read(const QString &path, const GridGeoref &grid, Resampling resampling);
};

} // namespace urbis
