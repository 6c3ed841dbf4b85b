#pragma once

#include "geo/tileid.h"

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QMutex>
#include <QString>

namespace urbis {

/**
 * Two-level tile cache, as Marble keeps its tiles: decoded images in a memory LRU bounded in bytes,
 * and the encoded tiles on disk as `<dir>/<z>/<x>/<y>.tile`, bounded in bytes, the least recently
 * used files removed first (reading a tile refreshes its file time). An empty `diskDir` keeps the
 * cache in memory only (MBTiles layers, tests).
 *
 * Thread-safe: render jobs read it from worker threads while the downloader fills it.
 */
class TileCache
{
public:
    static constexpr qint64 kDefaultMemoryBytes = 64ll << 20;
    static constexpr qint64 kDefaultDiskBytes = 512ll << 20;

    explicit TileCache(const QString &diskDir = {}, qint64 memoryBytes = kDefaultMemoryBytes,
                       qint64 diskBytes = kDefaultDiskBytes);

    QString diskDir() const { return m_dir; }

    /** The tile from memory, else from disk (then kept in memory too); null when not cached. */
    QImage image(const TileId &tile);
    /** Memory only: never touches the disk (for placeholders looked up in a tight loop). */
    QImage memoryImage(const TileId &tile);
    bool contains(const TileId &tile);

    /** Decodes `encoded` (PNG, JPEG, WebP...) and keeps it in memory and on disk; false if undecodable. */
    bool insert(const TileId &tile, const QByteArray &encoded);
    /** Keeps an already decoded tile in memory only. */
    void insertImage(const TileId &tile, const QImage &image);

    qint64 memoryBytes() const;
    int memoryCount() const;
    /** Bytes of tiles on disk, as tracked since the cache was opened (scanned on construction). */
    qint64 diskBytes() const;
    qint64 diskLimit() const { return m_diskLimit; }
    void clearMemory();

private:
    QString filePath(const TileId &tile) const;
    void trimDisk(); // with m_mutex held

    QString m_dir;
    qint64 m_diskLimit;
    mutable QMutex m_mutex;
    QCache<TileId, QImage> m_memory; // cost = bytes of the decoded image
    qint64 m_diskBytes = 0;
};

} // namespace urbis
