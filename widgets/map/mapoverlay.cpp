#include "mapoverlay.h"

namespace urbis {

MapOverlay::MapOverlay(QObject *parent) : QObject(parent) {}

void MapOverlay::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

} // namespace urbis
