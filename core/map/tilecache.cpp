#include "tilecache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace urbis {

TileCache::TileCache(const QString &diskDir, qint64 memoryBytes, qint64 diskBytes)
    : m_dir(diskDir), m_diskLimit(diskBytes), m_memory(memoryBytes)
{
    if (m_dir.isEmpty())
        return;
    QDir().mkpath(m_dir);
    QDirIterator it(m_dir, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        m_diskBytes += it.fileInfo().size();
    }
}

QString TileCache::filePath(const TileId &tile) const
{
    return m_dir + QLatin1Char('/') + tile.path() + QStringLiteral(".tile");
}

QImage TileCache::memoryImage(const TileId &tile)
{
    QMutexLocker lock(&m_mutex);
    if (const QImage *img = m_memory.object(tile))
        return *img;
    return {};
}

QImage TileCache::image(const TileId &tile)
{
    QMutexLocker lock(&m_mutex);
    if (const QImage *img = m_memory.object(tile))
        return *img;
    if (m_dir.isEmpty())
        return {};
    QFile file(filePath(tile));
    if (!file.open(QIODevice::ReadOnly | QIODevice::ExistingOnly))
        return {};
    QImage img = QImage::fromData(file.readAll());
    if (img.isNull())
        return {};
    // The file time is the "last used" of the disk LRU.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    m_memory.insert(tile, new QImage(img), std::max<qsizetype>(1, img.sizeInBytes()));
    return img;
}

bool TileCache::contains(const TileId &tile)
{
    QMutexLocker lock(&m_mutex);
    return m_memory.contains(tile) || (!m_dir.isEmpty() && QFileInfo::exists(filePath(tile)));
}

bool TileCache::insert(const TileId &tile, const QByteArray &encoded)
{
    const QImage img = QImage::fromData(encoded);
    if (img.isNull())
        return false;
    QMutexLocker lock(&m_mutex);
    m_memory.insert(tile, new QImage(img), std::max<qsizetype>(1, img.sizeInBytes()));
    if (m_dir.isEmpty())
        return true;
    const QString path = filePath(tile);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const qint64 previous = QFileInfo(path).size(); // 0 when new
    // Written whole or not at all: a crash never leaves a truncated tile behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encoded) != encoded.size() || !file.commit())
        return true; // still in memory; a full disk only costs a download later
    m_diskBytes += encoded.size() - previous;
    if (m_diskBytes > m_diskLimit)
        trimDisk();
    return true;
}

void TileCache::insertImage(const TileId &tile, const QImage &image)
{
    if (image.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    m_memory.insert(tile, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
}

void TileCache::trimDisk()
{
    struct Entry
    {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(m_dir, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        entries.append({fi.filePath(), fi.size(), fi.lastModified()});
        total += fi.size();
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.used < b.used; });
    // Down to 90 % of the limit, so the next few inserts do not scan the folder again.
    const qint64 target = m_diskLimit * 9 / 10;
    for (const Entry &e : std::as_const(entries)) {
        if (total <= target)
            break;
        if (QFile::remove(e.path))
            total -= e.size;
    }
    m_diskBytes = total;
}

qint64 TileCache::memoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_memory.totalCost();
}

int TileCache::memoryCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_memory.count());
}

qint64 TileCache::diskBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_diskBytes;
}

void TileCache::clearMemory()
{
    QMutexLocker lock(&m_mutex);
    m_memory.clear();
}

} // namespace urbis
