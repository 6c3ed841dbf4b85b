#pragma once

#include "tilelayer.h"

#include <QMutex>

#include <atomic>
#include <memory>

namespace urbis {

class TileCache;
class TileDownloader;

/**
 * An XYZ tile service (OpenStreetMap-style URL template `https://.../{z}/{x}/{y}.png`) drawn from a
 * TileCache. The network is off until setNetworkEnabled(true) (GUI thread); offline mode then
 * keeps it from being used without forgetting the setting. Missing tiles show a scaled-up lower
 * zoom tile from the cache; when one arrives from the network the layer asks for a repaint.
 */
class XyzTileLayer : public TileLayer
{
    Q_OBJECT
public:
    XyzTileLayer(const QString &name, const QString &urlTemplate, std::shared_ptr<TileCache> cache);
    ~XyzTileLayer() override;

    QString urlTemplate() const { return m_template; }
    std::shared_ptr<TileCache> cache() const { return m_cache; }

    /** Creates (or drops) the downloader; call on the GUI thread. Off by default. */
    void setNetworkEnabled(bool enabled);
    bool isNetworkEnabled() const;
    /** Offline: draw only what is cached, never request a tile. Thread-safe. */
    void setOffline(bool offline) { m_offline.store(offline); }
    bool isOffline() const { return m_offline.load(); }
    /** Tiles asked of the network so far (tests check that offline asks none). */
    int requestCount() const { return m_requests.load(); }

    Result<void> render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &cancel) const override;

private:
    QString m_template;
    std::shared_ptr<TileCache> m_cache;
    std::shared_ptr<TileDownloader> downloader() const;

    mutable QMutex m_mutex; // guards m_downloader, which workers copy
    std::shared_ptr<TileDownloader> m_downloader; // deleted with deleteLater on its own thread
    std::atomic<bool> m_offline{false};
    mutable std::atomic<int> m_requests{0};
};

} // namespace urbis
