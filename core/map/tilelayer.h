#pragma once

#include "maplayer.h"
#include "geo/tileid.h"

#include <QImage>

#include <functional>

namespace urbis {

/**
 * Base of layers made of XYZ tiles (XyzTileLayer, MBTilesLayer): picks the tile zoom for the
 * view, walks the covering tiles and draws each one, or, while a tile is missing, the matching
 * part of a lower-zoom tile scaled up (as Marble and QGIS do while loading).
 */
class TileLayer : public MapLayer
{
    Q_OBJECT
public:
    using MapLayer::MapLayer;

    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    void setZoomRange(int minZoom, int maxZoom);

    /** The integer tile zoom used for a view at `zoom` (rounded, kept in minZoom..maxZoom). */
    int tileZoom(double zoom) const;

protected:
    /**
     * The tile's image or a null image. `placeholder` true means the lookup is for a lower-zoom
     * stand-in: answer only from what is at hand, never start loading.
     */
    using TileFetch = std::function<QImage(const TileId &tile, bool placeholder)>;

    /** Draws the tiles covering `settings`; returns the number of tiles that were missing. */
    int drawTiles(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel,
                  const TileFetch &fetch) const;

private:
    int m_minZoom = 0;
    int m_maxZoom = 19;
};

} // namespace urbis
