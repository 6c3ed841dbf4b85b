#include "layerloader.h"

#include "mbtileslayer.h"
#include "rasterlayer.h"
#include "stylesuggestion.h"
#include "vectorlayer.h"

namespace urbis {

Result<std::shared_ptr<MapLayer>> LayerLoader::open(const QString &path)
{
    if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        // Tiles as they are (no reprojection): MBTiles are web-mercator already.
        Result<std::shared_ptr<MBTilesLayer>> tiles = MBTilesLayer::open(path);
        if (!tiles)
            return tiles.error();
        return std::shared_ptr<MapLayer>(*tiles);
    }
    if (Result<std::shared_ptr<VectorLayer>> vector = VectorLayer::open(path))
        return std::shared_ptr<MapLayer>(*vector);
    Result<std::shared_ptr<RasterLayer>> raster = RasterLayer::open(path);
    if (!raster)
        return raster.error();
    return std::shared_ptr<MapLayer>(*raster);
}

Result<std::shared_ptr<MapLayer>> LayerLoader::openDataset(const DatasetRecord &record, const QString &path)
{
    Result<std::shared_ptr<VectorLayer>> layer = VectorLayer::open(path, {}, record.title);
    if (!layer)
        return layer.error();
    const auto [field, numeric] = StyleSuggestion::fieldFor(record);
    if (!field.isEmpty()) {
        if (Result<VectorStyle> style = StyleSuggestion::forField(path, field, numeric)) {
            VectorStyle s = *style;
            s.labelField = numeric ? QString() : field;
            (*layer)->setStyle(s);
        }
    }
    return std::shared_ptr<MapLayer>(*layer);
}

} // namespace urbis
