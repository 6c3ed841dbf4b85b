#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "maplayer.h"

#include <memory>

namespace urbis {

/**
 * Opens files as map layers. Slow (GDAL opens, raster warps, style sampling), so callers run it
 * off the GUI thread; the layer comes back owned by the calling thread and must be moved to the
 * GUI thread (QObject::moveToThread) before it is shown.
 */
class LayerLoader
{
public:
    /** MBTiles as tiles, else a vector layer, else a raster layer; the error of the last try. */
    static Result<std::shared_ptr<MapLayer>> open(const QString &path);
    /** A dataset's stored vector data, named after it and styled by StyleSuggestion. */
    static Result<std::shared_ptr<MapLayer>> openDataset(const DatasetRecord &record, const QString &path);
};

} // namespace urbis
