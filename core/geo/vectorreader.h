#pragma once

#include "extent.h"
#include "mercatorfeature.h"
#include "../util/result.h"

#include <QRectF>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace urbis {

/**
 * Reads one layer of any OGR vector source (GeoJSON, GeoPackage, Shapefile, KML, ... also /vsimem/
 * and /vsizip/ paths) for drawing: features inside a rectangle of EPSG:3857 metres, with their
 * geometry transformed to 3857 and the requested attributes.
 *
 * Owns a GDAL dataset handle, so one reader belongs to one thread at a time (GDAL datasets are not
 * thread-safe); VectorLayer keeps a small pool of readers for concurrent render jobs.
 */
class VectorReader
{
public:
    /** Opens `path`; `layerName` empty = the first layer. */
    static Result<VectorReader> open(const QString &path, const QString &layerName = {});

    VectorReader(VectorReader &&) noexcept;
    VectorReader &operator=(VectorReader &&) noexcept;
    ~VectorReader();

    QString path() const;
    QString layerName() const;
    QStringList fieldNames() const;
    /** Index of `name` in fieldNames(), -1 when missing. */
    int fieldIndex(const QString &name) const;
    /** WGS84 bounds of the whole layer (invalid when the layer is empty). */
    Extent extent() const;

    using Sink = std::function<bool(const MercatorFeature &)>;
    /**
     * Calls `sink` for every feature whose bounds meet `metersRect` (3857), in the source's order,
     * with `values` holding the fields at `fieldIndexes`. Stops early when the sink returns false
     * or `cancel` becomes true (not an error: the caller knows why it stopped).
     */
    Result<void> read(const QRectF &metersRect, const QList<int> &fieldIndexes, const Sink &sink,
                      const std::atomic<bool> *cancel = nullptr);

private:
    struct Private;
    explicit VectorReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace urbis
