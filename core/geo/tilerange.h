#pragma once

#include "tileid.h"

#include <QList>
#include <QRectF>

namespace urbis {

/**
 * The tiles of one zoom level that cover a rectangle of world pixels: columns minX..maxX (may run
 * outside 0..2^z-1 when the view wraps round the antimeridian; wrappedX() folds them back) and rows
 * minY..maxY (clamped to the world). A plain value.
 */
struct TileRange
{
    int z = 0;
    int minX = 0, maxX = -1;
    int minY = 0, maxY = -1;

    /** Tiles at integer zoom `z` covering `worldRect`, given in world pixels at zoom `z`. */
    static TileRange covering(const QRectF &worldRect, int z);

    bool isEmpty() const { return maxX < minX || maxY < minY; }
    int count() const { return isEmpty() ? 0 : (maxX - minX + 1) * (maxY - minY + 1); }
    bool contains(const TileId &t) const
    {
        return t.z == z && t.x >= minX && t.x <= maxX && t.y >= minY && t.y <= maxY;
    }
    /** The tiles, row by row, nearest the centre first so the middle of the view fills in first. */
    QList<TileId> tiles() const;
    /** `x` folded into 0..2^z-1. */
    static int wrappedX(int x, int z);
};

} // namespace urbis
