#include "mapview.h"

#include "map/basemaplayers.h"
#include "map/footprintslayer.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/mbtileslayer.h"
#include "map/rasterlayer.h"
#include "map/tilecache.h"
#include "map/stylesuggestion.h"
#include "map/vectorlayer.h"
#include "map/xyztilelayer.h"
#include "util/logging.h"

#include <QVBoxLayout>

namespace urbis {

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);

    m_canvas->setBackgroundColor(BasemapLayers::seaColor());
    if (Result<QList<std::shared_ptr<MapLayer>>> basemap = BasemapLayers::create()) {
        // Bottom first in the list; each goes under the ones already there, so top first here.
        for (auto it = basemap->crbegin(); it != basemap->crend(); ++it) {
            (*it)->setProperty("urbisBasemap", true); // tile layers go right above these
            m_canvas->layerModel()->addLayer(*it, false);
        }
    } else {
        qCWarning(lcApp).noquote() << "no basemap:" << basemap.error().toString();
    }
    m_footprints = std::make_shared<FootprintsLayer>();
    m_canvas->layerModel()->addLayer(m_footprints, true);
    connect(m_canvas, &MapCanvas::datasetClicked, this, &MapView::datasetClicked);
}

void MapView::setRecords(const QList<DatasetRecord> &records)
{
    m_footprints->setRecords(records);
    m_canvas->refresh();
}

void MapView::setSelected(const QString &id)
{
    m_footprints->setSelected(id);
    m_canvas->refresh();
}

void MapView::setHighlighted(const QString &id)
{
    m_footprints->setHighlighted(id);
    m_canvas->refresh();
}

void MapView::zoomToDataset(const QString &id)
{
    const Extent e = m_footprints->extentOf(id);
    if (e.isValid())
        m_canvas->zoomToExtent(e);
}

QString MapView::addDataset(const DatasetRecord &record, const QString &path)
{
    Result<std::shared_ptr<VectorLayer>> layer = VectorLayer::open(path, {}, record.title);
    if (!layer)
        return layer.error().message;
    const auto [field, numeric] = StyleSuggestion::fieldFor(record);
    if (!field.isEmpty()) {
        if (Result<VectorStyle> style = StyleSuggestion::forField(path, field, numeric)) {
            VectorStyle s = *style;
            s.labelField = numeric ? QString() : field;
            (*layer)->setStyle(s);
        }
    }
    addUnderFootprints(*layer);
    return {};
}

void MapView::addUnderFootprints(const std::shared_ptr<MapLayer> &layer)
{
    // Under the footprints, above the basemap and earlier layers.
    m_canvas->layerModel()->addLayer(layer, true);
    m_canvas->layerModel()->moveDown(0);
    const Extent e = layer->extent();
    if (e.isValid())
        m_canvas->zoomToExtent(e);
}

QString MapView::addFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        // Tiles as they are (no reprojection): MBTiles are web-mercator already.
        Result<std::shared_ptr<MBTilesLayer>> tiles = MBTilesLayer::open(path);
        if (!tiles)
            return tiles.error().message;
        addUnderFootprints(*tiles);
        return {};
    }
    if (Result<std::shared_ptr<VectorLayer>> vector = VectorLayer::open(path)) {
        addUnderFootprints(*vector);
        return {};
    }
    Result<std::shared_ptr<RasterLayer>> raster = RasterLayer::open(path);
    if (!raster)
        return raster.error().message;
    addUnderFootprints(*raster);
    return {};
}

QString MapView::addTiles(const QString &name, const QString &urlTemplate, const QString &cacheDir)
{
    if (!urlTemplate.contains(QLatin1String("{z}")) || !urlTemplate.contains(QLatin1String("{x}")) ||
        !urlTemplate.contains(QLatin1String("{y}")))
        return tr("The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    auto layer = std::make_shared<XyzTileLayer>(name, urlTemplate, std::make_shared<TileCache>(cacheDir));
    layer->setNetworkEnabled(true);
    layer->setOffline(m_offline);
    // Tiles are a background: right above the basemap, under every data layer.
    m_canvas->layerModel()->addLayer(layer, false);
    const int basemapLayers = int(m_canvas->layerModel()->rowCount()) - 1;
    for (int row = basemapLayers; row > 0 && m_canvas->layerModel()->layer(row - 1) != m_footprints &&
                                  m_canvas->layerModel()->layer(row - 1)->property("urbisBasemap").toBool();
         --row)
        m_canvas->layerModel()->moveUp(row);
    return {};
}

void MapView::setOffline(bool offline)
{
    m_offline = offline;
    for (const std::shared_ptr<MapLayer> &layer : m_canvas->layerModel()->layers())
        if (auto *tiles = qobject_cast<XyzTileLayer *>(layer.get()))
            tiles->setOffline(offline);
    m_canvas->refresh();
}

} // namespace urbis
