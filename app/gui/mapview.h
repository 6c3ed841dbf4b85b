#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

#include <memory>

namespace urbis {

class FootprintsLayer;
class MapLayer;
class MapCanvas;

/**
 * The main window's map: the offline basemap at the bottom, the footprints of the catalog's
 * current results on top, and datasets the user put on the map in between. Owns no data: the
 * window hands it records and the paths of stored data files.
 */
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    MapCanvas *canvas() const { return m_canvas; }
    FootprintsLayer *footprints() const { return m_footprints.get(); }

public slots:
    void setRecords(const QList<DatasetRecord> &records);
    void setSelected(const QString &id);
    void setHighlighted(const QString &id);
    /** Zooms to the dataset's footprint (no-op when it has none). */
    void zoomToDataset(const QString &id);
    /**
     * Puts the vector data file at `path` (the dataset's stored GeoPackage) on the map, coloured by
     * its most telling field (StyleSuggestion), and zooms to it. Opens it off the GUI thread;
     * layerAdded() or layerFailed() tells how it went.
     */
    void addDataset(const DatasetRecord &record, const QString &path);
    /** A vector, raster or MBTiles file as a layer, opened off the GUI thread (LayerLoader). */
    void addFile(const QString &path);
    /**
     * An XYZ tile layer ("https://tile.example.org/{z}/{x}/{y}.png"); tiles are cached under
     * `cacheDir` and stay viewable offline. Returns an error text, or empty.
     */
    QString addTiles(const QString &name, const QString &urlTemplate, const QString &cacheDir);
    /** Offline: tile layers draw only what their cache holds and ask the network for nothing. */
    void setOffline(bool offline);

signals:
    void datasetClicked(const QString &id);
    void layerAdded(const QString &name);
    /** `what` names the file or dataset; `message` says why. */
    void layerFailed(const QString &what, const QString &message);

private:
    void addUnderFootprints(const std::shared_ptr<MapLayer> &layer);
    template<typename Open>
    void load(const QString &what, Open open);

    MapCanvas *m_canvas = nullptr;
    bool m_offline = false;
    std::shared_ptr<FootprintsLayer> m_footprints;
};

} // namespace urbis
