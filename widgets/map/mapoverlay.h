#pragma once

#include <QObject>

class QPainter;

namespace urbis {

class MapSettings;

/**
 * Something drawn over a MapCanvas's rendered layers (QGIS's QgsMapCanvasItem idea): live station
 * markers, animation frames, highlights. It paints in the canvas's current view on every repaint,
 * so it must be cheap (no I/O, no parsing): a subclass keeps what it draws ready and emits
 * changed() when that changes, which repaints the canvas without rendering the layers again.
 *
 * Not owned by the canvas (its owner decides when it goes; a destroyed overlay is dropped).
 * GUI thread only.
 */
class MapOverlay : public QObject
{
    Q_OBJECT
public:
    explicit MapOverlay(QObject *parent = nullptr);

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    /**
     * Draws in logical pixels of the view `settings` describes (settings.toScreen() places a
     * point given in EPSG:3857 metres). The painter is the canvas's; its state is saved around.
     */
    virtual void paint(QPainter &painter, const MapSettings &settings) = 0;

signals:
    /** What the overlay draws changed: the canvas repaints. */
    void changed();

private:
    bool m_visible = true;
};

} // namespace urbis
