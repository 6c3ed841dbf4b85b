#include "maplayer.h"

#include <QUuid>

#include <algorithm>

namespace urbis {

MapLayer::MapLayer(const QString &name, QObject *parent)
    : QObject(parent), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_name(name)
{
}

MapLayer::~MapLayer() = default;

void MapLayer::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    emit changed();
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

void MapLayer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(opacity, m_opacity))
        return;
    m_opacity = opacity;
    emit changed();
}

} // namespace urbis
