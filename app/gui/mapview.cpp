#include "mapview.h"

#include "map/basemaplayers.h"
#include "map/footprintslayer.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/layerloader.h"
#include "map/tilecache.h"
#include "map/xyztilelayer.h"
#include "util/logging.h"

#include <QDir>
#include <QFutureWatcher>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

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

void MapView::addDataset(const DatasetRecord &record, const QString &path)
{
    load(record.title, [record, path] { return LayerLoader::openDataset(record, path); });
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

void MapView::addFile(const QString &path)
{
    load(QDir::toNativeSeparators(path), [path] { return LayerLoader::open(path); });
}

template<typename Open>
void MapView::load(const QString &what, Open open)
{
    // GDAL opens, raster warps and style sampling can take seconds on big files: a worker does them.
    auto *watcher = new QFutureWatcher<Result<std::shared_ptr<MapLayer>>>(this);
    QThread *gui = thread();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, what] {
        const Result<std::shared_ptr<MapLayer>> layer = watcher->result();
        watcher->deleteLater();
        if (!layer) {
            emit layerFailed(what, layer.error().message);
            return;
        }
        addUnderFootprints(*layer);
        emit layerAdded((*layer)->name());
    });
    watcher->setFuture(QtConcurrent::run([open, gui] {
        Result<std::shared_ptr<MapLayer>> layer = open();
        if (layer)
            (*layer)->moveToThread(gui); // its signals and deleteLater belong to the GUI thread
        return layer;
    }));
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
