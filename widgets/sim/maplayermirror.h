#pragma once

#include <QObject>
#include <QPointer>

namespace urbis {

class MapCanvas;

/**
 * Shows the layers of one map canvas on another (the same layer objects, which render jobs may
 * share): the basemap and the data layers of the main map appear under a scenario's frames,
 * without the catalog footprints, and follow when the main map's layers change. Without a source
 * the target gets the offline basemap. Borrows both canvases. GUI thread.
 */
class MapLayerMirror : public QObject
{
    Q_OBJECT
public:
    MapLayerMirror(MapCanvas *source, MapCanvas *target, QObject *parent = nullptr);

    /** Makes the target's layers the source's again. */
    void sync();

private:
    QPointer<MapCanvas> m_source;
    QPointer<MapCanvas> m_target;
};

} // namespace urbis
