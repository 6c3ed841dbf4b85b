#include "mapviewsync.h"

#include "map/mapcanvas.h"

namespace urbis {

MapViewSync::MapViewSync(MapCanvas *a, MapCanvas *b, QObject *parent) : QObject(parent), m_a(a), m_b(b)
{
    connect(a, &MapCanvas::viewChanged, this, [this] { follow(m_a, m_b); });
    connect(b, &MapCanvas::viewChanged, this, [this] { follow(m_b, m_a); });
    follow(a, b);
}

void MapViewSync::follow(MapCanvas *from, MapCanvas *to)
{
    // The follower's own viewChanged would echo back: ignore it while we move it.
    if (m_syncing || !from || !to)
        return;
    m_syncing = true;
    to->setZoom(from->zoom());
    to->setCenter(from->center());
    m_syncing = false;
}

} // namespace urbis
