#include "tilerange.h"

#include <algorithm>
#include <cmath>

namespace urbis {

TileRange TileRange::covering(const QRectF &worldRect, int z)
{
    TileRange r;
    r.z = z;
    if (!worldRect.isValid() || z < 0)
        return r;
    const int last = (1 << z) - 1;
    constexpr double tile = 256.0;
    r.minX = int(std::floor(worldRect.left() / tile));
    // A right edge exactly on a tile boundary does not need the next tile.
    r.maxX = int(std::ceil(worldRect.right() / tile)) - 1;
    r.minY = std::max(0, int(std::floor(worldRect.top() / tile)));
    r.maxY = std::min(last, int(std::ceil(worldRect.bottom() / tile)) - 1);
    return r;
}

QList<TileId> TileRange::tiles() const
{
    QList<TileId> out;
    if (isEmpty())
        return out;
    out.reserve(count());
    for (int y = minY; y <= maxY; ++y)
        for (int x = minX; x <= maxX; ++x)
            out.append(TileId{x, y, z});
    const double cx = (minX + maxX) / 2.0, cy = (minY + maxY) / 2.0;
    std::stable_sort(out.begin(), out.end(), [cx, cy](const TileId &a, const TileId &b) {
        return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
    });
    return out;
}

int TileRange::wrappedX(int x, int z)
{
    const int n = 1 << z;
    return ((x % n) + n) % n;
}

} // namespace urbis
