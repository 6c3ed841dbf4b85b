#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace urbis {

/**
 * A scenario's grid as the scenario file states it: `width` x `height` square cells of
 * `cellSize` metres; `origin` is the (longitude, latitude) of the north-west corner of cell
 * (0, 0); columns run east, rows south. With a geographic `crs` (the default, EPSG:4326) the grid
 * lies in the origin's UTM zone; with a projected one it lies in that CRS (see GridGeoref and
 * docs/simulation.md). A plain value.
 */
struct GridSpec
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GridSpec)
public:
    static constexpr int kMaxSide = 8192;

    int width = 0;
    int height = 0;
    double cellSize = 30;   ///< metres
    double originLon = 0;   ///< of the north-west corner
    double originLat = 0;
    QString crs = QStringLiteral("EPSG:4326");

    bool contains(int col, int row) const { return col >= 0 && row >= 0 && col < width && row < height; }
    double cellArea() const { return cellSize * cellSize; }

    QJsonObject toJson() const;
    /** InvalidData naming the key ("grid.width must be ...") for missing or wrong values. */
    static Result<GridSpec> fromJson(const QJsonObject &o);
    bool operator==(const GridSpec &) const = default;
};

} // namespace urbis
