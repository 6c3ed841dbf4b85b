#include "maplayermirror.h"

#include "map/basemaplayers.h"
#include "map/footprintslayer.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/maplayer.h"

namespace urbis {

MapLayerMirror::MapLayerMirror(MapCanvas *source, MapCanvas *target, QObject *parent)
    : QObject(parent), m_source(source), m_target(target)
{
    if (!source) {
        target->setBackgroundColor(BasemapLayers::seaColor());
        if (Result<QList<std::shared_ptr<MapLayer>>> basemap = BasemapLayers::create())
            for (const std::shared_ptr<MapLayer> &layer : *basemap)
                target->layerModel()->addLayer(layer, true); // bottom first, each on top
        return;
    }
    target->setBackgroundColor(source->settings().backgroundColor());
    LayerTreeModel *model = source->layerModel();
    connect(model, &QAbstractItemModel::rowsInserted, this, &MapLayerMirror::sync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MapLayerMirror::sync);
    connect(model, &QAbstractItemModel::rowsMoved, this, &MapLayerMirror::sync);
    connect(model, &QAbstractItemModel::modelReset, this, &MapLayerMirror::sync);
    sync();
}

void MapLayerMirror::sync()
{
    if (!m_source || !m_target)
        return;
    QList<std::shared_ptr<MapLayer>> wanted;
    for (const std::shared_ptr<MapLayer> &layer : m_source->layerModel()->layers())
        if (!dynamic_cast<FootprintsLayer *>(layer.get())) // catalog footprints would hide the frames
            wanted << layer;
    LayerTreeModel *target = m_target->layerModel();
    if (target->layers() == wanted)
        return;
    const QList<std::shared_ptr<MapLayer>> old = target->layers();
    for (const std::shared_ptr<MapLayer> &layer : old)
        target->removeLayer(layer->id());
    for (const std::shared_ptr<MapLayer> &layer : wanted)
        target->addLayer(layer, false); // top first, each under the ones added
}

} // namespace urbis
