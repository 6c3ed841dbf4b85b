#pragma once

#include "map/mapsettings.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include <memory>

namespace urbis {

class LayerTreeModel;
class MapOverlay;
class MapRenderJob;

/**
 * The map view (QGIS's QgsMapCanvas pattern): a web-mercator view over the layers of its
 * LayerTreeModel. Each change of the view or the layers starts a MapRenderJob (cancelling the one
 * running); the canvas shows the last finished image, shifted and scaled to the current view
 * while the next one renders, so panning and zooming never wait for drawing.
 *
 * Mouse: drag pans, wheel zooms about the cursor, Shift+drag zooms to a box, a click identifies
 * (footprint -> datasetClicked, else the top vector feature -> featureIdentified).
 * Keys: arrows pan, +/- zoom. MapOverlays are painted above the rendered image, in the order added,
 * and repaint the canvas (without a new render) when they change. GUI thread only.
 */
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    LayerTreeModel *layerModel() const { return m_layers; }

    /** The current view (size and device pixel ratio follow the widget). */
    const MapSettings &settings() const { return m_settings; }
    double zoom() const { return m_settings.zoom(); }
    /** Centre in EPSG:3857 metres. */
    QPointF center() const { return m_settings.center(); }
    QPointF centerLonLat() const { return m_settings.centerLonLat(); }
    void setBackgroundColor(const QColor &color);

    /** The last finished render (null before the first one). */
    QImage renderedImage() const { return m_image; }
    bool isRendering() const;
    /** Milliseconds to wait after a view change before rendering (coalesces bursts of events). */
    void setRenderDelay(int ms) { m_refreshTimer.setInterval(ms); }

    /** Draws `overlay` above the layers (on top of those added before); not owned. */
    void addOverlay(MapOverlay *overlay);
    void removeOverlay(MapOverlay *overlay);
    QList<MapOverlay *> overlays() const;

public slots:
    void setCenterLonLat(double lon, double lat);
    void setCenter(const QPointF &meters);
    void setZoom(double zoom);
    void zoomIn() { zoomAt(QPointF(width() / 2.0, height() / 2.0), 1); }
    void zoomOut() { zoomAt(QPointF(width() / 2.0, height() / 2.0), -1); }
    /** Fits `extent` (WGS84) into the view. */
    void zoomToExtent(const Extent &extent);
    /** Moves the view by `pixels` (positive x shows what is east, positive y what is south). */
    void panBy(const QPointF &pixels);
    /** Draws again (layers changed); coalesced with other requests. */
    void refresh();

signals:
    /** The view's centre or zoom changed. */
    void viewChanged();
    void scaleChanged(double denominator);
    /** The WGS84 position under the mouse. */
    void cursorMoved(double lon, double lat);
    void datasetClicked(const QString &id);
    /** The footprint under the mouse changed (empty: none); it is highlighted on the map too. */
    void datasetHovered(const QString &id);
    void featureIdentified(const QString &layerName, const QVariantMap &attributes);
    /** A render job finished and its image is shown. */
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void zoomAt(const QPointF &pos, double levels);
    void viewMoved();
    void startRender();
    void jobFinished(const QImage &image);
    void identify(const QPointF &pos);
    void hover(const QPointF &pos);

    LayerTreeModel *m_layers;
    MapSettings m_settings;
    QImage m_image;
    MapSettings m_imageSettings; // the view m_image shows
    std::unique_ptr<MapRenderJob> m_job;
    QTimer m_refreshTimer;

    enum class Drag { None, Pan, Box };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_pressCenter;
    QPointF m_dragPos;
    bool m_moved = false;
    QString m_hovered;
    QList<QPointer<MapOverlay>> m_overlays;
};

} // namespace urbis
