#pragma once

#include <QHashFunctions>
#include <QString>

namespace urbis {

/** One XYZ tile (x east, y south, z zoom; the OSM / Google scheme, not TMS). A plain value. */
struct TileId
{
    int x = 0;
    int y = 0;
    int z = 0;

    /** The tile at z-1 that contains this one; a z=0 tile is its own parent. */
    TileId parent() const { return z == 0 ? *this : TileId{x >> 1, y >> 1, z - 1}; }
    /** Row number in TMS order (MBTiles' tile_row): y counted from the south. */
    int tmsY() const { return (1 << z) - 1 - y; }
    /** "z/x/y", the path used in URLs and the disk cache. */
    QString path() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
    bool operator==(const TileId &) const = default;
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return qHashMulti(seed, t.x, t.y, t.z);
}

} // namespace urbis
