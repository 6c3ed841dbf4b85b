#include "mbtileslayer.h"

#include "util/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace urbis {

namespace {
constexpr qint64 kMemoryBytes = 32ll << 20;
} // namespace

MBTilesLayer::MBTilesLayer(const QString &path, const QString &name)
    : TileLayer(name), m_path(path), m_cache(std::make_unique<TileCache>(QString(), kMemoryBytes))
{
}

Result<std::shared_ptr<MBTilesLayer>> MBTilesLayer::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error(Error::Code::NotFound, tr("No MBTiles file at %1").arg(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = db->prepare(QStringLiteral("SELECT name, value FROM metadata"));
    if (!stmt)
        return Error(Error::Code::InvalidData, tr("%1 is not an MBTiles file").arg(path), stmt.error().detail);
    QMap<QString, QString> meta;
    if (auto r = stmt->forEachRow([&](const Statement &s) { meta.insert(s.text(0), s.text(1)); }); !r)
        return r.error();
    if (auto probe = db->prepare(QStringLiteral("SELECT 1 FROM tiles LIMIT 1")); !probe)
        return Error(Error::Code::InvalidData, tr("%1 has no tiles table").arg(path), probe.error().detail);

    std::shared_ptr<MBTilesLayer> layer(
        new MBTilesLayer(path, meta.value(QStringLiteral("name"), QFileInfo(path).completeBaseName())));
    layer->m_metadata = meta;
    bool okMin = false, okMax = false;
    const int minZoom = meta.value(QStringLiteral("minzoom")).toInt(&okMin);
    const int maxZoom = meta.value(QStringLiteral("maxzoom")).toInt(&okMax);
    if (!okMin || !okMax) {
        // Optional metadata: fall back to what the tiles table holds.
        auto range = db->prepare(QStringLiteral("SELECT min(zoom_level), max(zoom_level) FROM tiles"));
        if (range && range->step().valueOr(false))
            layer->setZoomRange(int(range->int64(0)), int(range->int64(1)));
    } else {
        layer->setZoomRange(minZoom, maxZoom);
    }
    const QStringList b = meta.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (b.size() == 4)
        layer->m_extent = Extent(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
    return layer;
}

Result<void> MBTilesLayer::render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) const
{
    std::optional<Database> db; // opened on the first tile not in memory
    Error failure;
    auto fetch = [&](const TileId &tile, bool) -> QImage {
        if (QImage img = m_cache->memoryImage(tile); !img.isNull())
            return img;
        if (!db) {
            auto opened = Database::open(m_path, Database::Mode::ReadOnly);
            if (!opened) {
                failure = opened.error();
                return {};
            }
            db.emplace(std::move(opened).value());
        }
        auto stmt = db->cached(QStringLiteral(
            "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3"));
        if (!stmt)
            return {};
        (*stmt)->bind(1, tile.z).bind(2, tile.x).bind(3, tile.tmsY());
        if (!(*stmt)->step().valueOr(false))
            return {};
        QImage img = QImage::fromData((*stmt)->blob(0));
        m_cache->insertImage(tile, img);
        return img;
    };
    drawTiles(painter, settings, cancel, fetch);
    if (failure.isError())
        return failure;
    return {};
}

} // namespace urbis
