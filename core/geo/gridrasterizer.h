#pragma once

#include "../util/result.h"
#include "gridgeoref.h"

#include <QCoreApplication>

#include <cstdint>
#include <vector>

namespace urbis {

/**
 * Burns the features of a vector layer (roads, rivers, walls) into a simulation grid: every
 * cell a line or polygon touches becomes 1 (GDAL's ALL_TOUCHED rule, so a line crossing a cell
 * corner still marks a cell on each side). Runs on any thread (opens its own dataset).
 */
class GridRasterizer
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GridRasterizer)
public:
    struct Output
    {
        std::vector<std::uint8_t> cells; ///< row-major, row 0 = north; 1 = touched
        qint64 touchedCells = 0;
        qint64 features = 0;             ///< in the layer
    };

    /**
     * The first layer of `path`. Unsupported when it is not a vector source, InvalidData when the
     * layer has no CRS or no feature touches the grid.
     */
    static Result<Output> rasterize(const QString &path, const GridGeoref &grid);
};

} // namespace urbis
