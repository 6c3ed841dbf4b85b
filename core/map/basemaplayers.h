#pragma once

#include "util/result.h"

#include <QList>

#include <memory>

namespace urbis {

class MapLayer;

/**
 * The offline world basemap compiled into the binary (Natural Earth 1:110m, public domain):
 * land, country boundaries and, from zoom 3, populated places with labels. Needs no network and
 * no file on disk, so a fresh install shows a world map at once.
 */
class BasemapLayers
{
public:
    /** Ocean colour the canvas paints behind the land. */
    static QColor seaColor();
    /** The styled layers, bottom first: land, boundaries, places. */
    static Result<QList<std::shared_ptr<MapLayer>>> create();
};

} // namespace urbis
