#pragma once

#include "../util/result.h"
#include "gridgeoref.h"

#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <optional>

namespace urbis {

/**
 * Writes simulation grids as a GeoTIFF on the grid's georeferencing, one band per grid, in a
 * reproducible form: fixed creation options (256 x 256 DEFLATE tiles, band interleaved), no
 * date, software or statistics tags and no .aux.xml side file, so the same cells give the same
 * bytes. Bands may be written one at a time as a run produces them. One thread at a time.
 */
class GridTiffWriter
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GridTiffWriter)
public:
    enum class Type { Byte, Int32, Float32 };

    static Result<GridTiffWriter> create(const QString &path, const GridGeoref &grid, int bands, Type type,
                                         std::optional<double> noData = std::nullopt);

    GridTiffWriter(GridTiffWriter &&) noexcept;
    GridTiffWriter &operator=(GridTiffWriter &&) noexcept;
    ~GridTiffWriter();

    int bandCount() const;
    /** `band` is 1-based; `cells` has width * height values of the writer's type, row 0 = north. */
    Result<void> writeBand(int band, const std::uint8_t *cells, const QString &description = {});
    Result<void> writeBand(int band, const std::int32_t *cells, const QString &description = {});
    Result<void> writeBand(int band, const float *cells, const QString &description = {});
    /** A key = value in the file's GDAL metadata (fixed text only: no times). */
    void setMetadata(const QString &key, const QString &value);
    /** Flushes and closes; the file is complete only when this returned ok. */
    Result<void> close();

private:
    struct Private;
    explicit GridTiffWriter(std::unique_ptr<Private> d);
    Result<void> write(int band, Type type, const void *cells, const QString &description);
    std::unique_ptr<Private> d;
};

} // namespace urbis
