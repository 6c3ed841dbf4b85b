#pragma once

#include "geo/tileid.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace urbis {

class TileCache;

/**
 * Fetches XYZ tiles over HTTP(S) into a TileCache, a few at a time. Lives on the GUI thread
 * (QNetworkAccessManager's thread); render workers call request(), which queues the work there.
 * Only created when the user turns the network on for a layer: tests and offline laptops never
 * have one.
 */
class TileDownloader : public QObject
{
    Q_OBJECT
public:
    TileDownloader(const QString &urlTemplate, std::shared_ptr<TileCache> cache, QObject *parent = nullptr);
    ~TileDownloader() override;

    /** Thread-safe: asks for `tile` unless it is already pending. */
    void request(const TileId &tile);
    /** Drops queued (not yet started) requests, e.g. when the view moved far away. */
    void clearQueue();
    /** `{z}`, `{x}`, `{y}` (and `{s}` = a/b/c) filled in. */
    static QString urlFor(const QString &urlTemplate, const TileId &tile);

signals:
    void tileReady(const urbis::TileId &tile);
    void tileFailed(const urbis::TileId &tile, const QString &reason);

private:
    void enqueue(const TileId &tile);
    void startNext();
    void finished(QNetworkReply *reply, const TileId &tile);

    static constexpr int kParallel = 4; // polite to OSM-style servers
    QString m_template;
    std::shared_ptr<TileCache> m_cache;
    QNetworkAccessManager *m_network = nullptr;
    QList<TileId> m_queue;
    QSet<TileId> m_pending; // queued or running
    int m_running = 0;
};

} // namespace urbis
