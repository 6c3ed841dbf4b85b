#include "mapview.h"

#include "map/basemaplayers.h"
#include "map/footprintslayer.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/stylesuggestion.h"
#include "map/vectorlayer.h"
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
        for (const std::shared_ptr<MapLayer> &layer : std::as_const(*basemap))
            m_canvas->layerModel()->addLayer(layer, false);
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
    // Under the footprints, above the basemap and earlier datasets.
    m_canvas->layerModel()->addLayer(*layer, true);
    m_canvas->layerModel()->moveDown(0);
    const Extent e = (*layer)->extent();
    if (e.isValid())
        m_canvas->zoomToExtent(e);
    return {};
}

} // namespace urbis
