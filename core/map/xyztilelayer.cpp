#include "xyztilelayer.h"

#include "tilecache.h"
#include "tiledownloader.h"

namespace urbis {

XyzTileLayer::XyzTileLayer(const QString &name, const QString &urlTemplate, std::shared_ptr<TileCache> cache)
    : TileLayer(name), m_template(urlTemplate), m_cache(std::move(cache))
{
}

XyzTileLayer::~XyzTileLayer() = default;

std::shared_ptr<TileDownloader> XyzTileLayer::downloader() const
{
    QMutexLocker lock(&m_mutex);
    return m_downloader;
}

bool XyzTileLayer::isNetworkEnabled() const
{
    return downloader() != nullptr;
}

void XyzTileLayer::setNetworkEnabled(bool enabled)
{
    if (enabled == isNetworkEnabled())
        return;
    std::shared_ptr<TileDownloader> next;
    if (enabled) {
        // The last owner may be a render worker: deleteLater hands the deletion to the GUI thread.
        next.reset(new TileDownloader(m_template, m_cache), [](TileDownloader *d) { d->deleteLater(); });
        connect(next.get(), &TileDownloader::tileReady, this, &MapLayer::repaintRequested);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_downloader = next;
    }
    emit changed();
}

Result<void> XyzTileLayer::render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) const
{
    const std::shared_ptr<TileDownloader> net = downloader();
    const bool online = net && !m_offline.load();
    auto fetch = [&](const TileId &tile, bool placeholder) -> QImage {
        QImage img = m_cache->image(tile);
        if (img.isNull() && online && !placeholder) {
            ++m_requests;
            net->request(tile);
        }
        return img;
    };
    drawTiles(painter, settings, cancel, fetch);
    return {};
}

} // namespace urbis
