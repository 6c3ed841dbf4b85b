#pragma once

#include "tilelayer.h"
#include "tilecache.h"

#include <QMap>

#include <memory>

namespace urbis {

/**
 * Raster tiles from an MBTiles file (SQLite: `tiles(zoom_level, tile_column, tile_row, tile_data)`
 * with TMS rows, plus a `metadata` table). Offline by nature. Each render opens its own read-only
 * connection (SQLite connections belong to one thread); decoded tiles are kept in a memory cache.
 */
class MBTilesLayer : public TileLayer
{
    Q_OBJECT
public:
    /** Opens `path` and reads its metadata (name, bounds, minzoom, maxzoom, format). */
    static Result<std::shared_ptr<MBTilesLayer>> open(const QString &path);

    QString path() const { return m_path; }
    /** The `metadata` table as read when opened. */
    QMap<QString, QString> metadata() const { return m_metadata; }
    Extent extent() const override { return m_extent; }

    Result<void> render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &cancel) const override;

private:
    MBTilesLayer(const QString &path, const QString &name);

    QString m_path;
    QMap<QString, QString> m_metadata;
    Extent m_extent;
    std::unique_ptr<TileCache> m_cache;
};

} // namespace urbis
