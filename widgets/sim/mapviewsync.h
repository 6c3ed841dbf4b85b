#pragma once

#include <QObject>
#include <QPointer>

namespace urbis {

class MapCanvas;

/**
 * Keeps two map canvases on the same view: panning or zooming one moves the other to the same
 * centre and zoom. Borrows both (either may go first). GUI thread.
 */
class MapViewSync : public QObject
{
    Q_OBJECT
public:
    MapViewSync(MapCanvas *a, MapCanvas *b, QObject *parent = nullptr);

private:
    void follow(MapCanvas *from, MapCanvas *to);

    QPointer<MapCanvas> m_a;
    QPointer<MapCanvas> m_b;
    bool m_syncing = false;
};

} // namespace urbis
