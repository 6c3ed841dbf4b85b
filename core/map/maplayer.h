#pragma once

#include "mapsettings.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <atomic>

class QPainter;

namespace urbis {

/**
 * A layer the map can draw (QGIS's QgsMapLayer, much reduced). Owned through std::shared_ptr by
 * the layer list; a MapRenderJob holds its own references while it draws.
 *
 * Threads: name, visibility and opacity belong to the GUI thread (the render job snapshots them
 * when it is created). render() is const and must be safe to call from a worker thread while the
 * GUI thread uses the layer; subclasses guard their mutable state themselves.
 */
class MapLayer : public QObject
{
    Q_OBJECT
public:
    explicit MapLayer(const QString &name, QObject *parent = nullptr);
    ~MapLayer() override;

    /** A unique id for the life of the process. */
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    /** 0..1; the render job composes the whole layer at this opacity. */
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);

    /** WGS84 bounds of the data; invalid when unknown (tile layers cover the world). */
    virtual Extent extent() const { return {}; }

    /**
     * Draws the layer for `settings` (painter in logical pixels, origin at the view's top left).
     * Returns early, without error, when `cancel` becomes true.
     */
    virtual Result<void> render(QPainter &painter, const MapSettings &settings,
                                const std::atomic<bool> &cancel) const = 0;

signals:
    /** Name, visibility, opacity or style changed. */
    void changed();
    /** New data arrived (a tile was downloaded): draw again. */
    void repaintRequested();

private:
    QString m_id;
    QString m_name;
    bool m_visible = true;
    double m_opacity = 1.0;
};

} // namespace urbis
