#include "tiledownloader.h"

#include "tilecache.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace urbis {

TileDownloader::TileDownloader(const QString &urlTemplate, std::shared_ptr<TileCache> cache, QObject *parent)
    : QObject(parent), m_template(urlTemplate), m_cache(std::move(cache)), m_network(new QNetworkAccessManager(this))
{
}

TileDownloader::~TileDownloader() = default;

QString TileDownloader::urlFor(const QString &urlTemplate, const TileId &tile)
{
    static const QString subdomains = QStringLiteral("abc");
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(tile.z))
        .replace(QLatin1String("{x}"), QString::number(tile.x))
        .replace(QLatin1String("{y}"), QString::number(tile.y))
        .replace(QLatin1String("{s}"), QString(subdomains.at((tile.x + tile.y) % 3)));
    return url;
}

void TileDownloader::request(const TileId &tile)
{
    // From any thread: the queue and the network belong to this object's thread.
    QMetaObject::invokeMethod(this, [this, tile] { enqueue(tile); }, Qt::QueuedConnection);
}

void TileDownloader::enqueue(const TileId &tile)
{
    if (m_pending.contains(tile))
        return;
    m_pending.insert(tile);
    m_queue.append(tile);
    startNext();
}

void TileDownloader::clearQueue()
{
    for (const TileId &t : std::as_const(m_queue))
        m_pending.remove(t);
    m_queue.clear();
}

void TileDownloader::startNext()
{
    while (m_running < kParallel && !m_queue.isEmpty()) {
        // Newest first: the tiles of the current view matter more than those of an old one.
        const TileId tile = m_queue.takeLast();
        QNetworkRequest req{QUrl(urlFor(m_template, tile))};
        // Tile servers' usage policies ask for an identifying User-Agent.
        req.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Urbis/%1").arg(QCoreApplication::applicationVersion()));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(req);
        ++m_running;
        connect(reply, &QNetworkReply::finished, this, [this, reply, tile] { finished(reply, tile); });
    }
}

void TileDownloader::finished(QNetworkReply *reply, const TileId &tile)
{
    reply->deleteLater();
    --m_running;
    m_pending.remove(tile);
    if (reply->error() != QNetworkReply::NoError)
        emit tileFailed(tile, reply->errorString());
    else if (!m_cache->insert(tile, reply->readAll()))
        emit tileFailed(tile, tr("The server sent something that is not an image"));
    else
        emit tileReady(tile);
    startNext();
}

} // namespace urbis
