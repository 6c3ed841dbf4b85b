#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QWebSocket;

namespace urbis {

/**
 * Replays a stored table or vector dataset as a live WebSocket stream (`urbis stream serve`): one
 * flat JSON object per row, in the dataset's time order, keys = column names (datetime columns as
 * ISO 8601 UTC, numbers as numbers, nulls left out; a point geometry adds lat/lon when the columns
 * lack them), at `rate` messages per second shared by all clients (each client gets every message
 * from the one it connected at). Rows are read ahead in batches on a worker so a slow disk or a
 * slow client never stalls the others; a client that falls more than `maxQueuedBytes` behind is
 * disconnected with a close reason (slow consumer), not buffered without bound.
 * The replay starts when the first client connects, so that one gets every row; with rate <= 0
 * it goes as fast as the slowest client reads. Lives in and is used from one thread (its event
 * loop paces the stream).
 */
class ReplayServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /** The interface to listen on, as an IP address (a QString: this header stays free of QtNetwork,
         *  which the CLI and the widgets do not link). */
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;  ///< 0 = any free port (see port())
        double rate = 10;  ///< messages per second; <= 0 = as fast as possible
        bool loop = false; ///< start again after the last row
        qint64 maxQueuedBytes = 64 << 20;
    };

    /** Opens the dataset's stored GeoPackage (a path in the object store). */
    static Result<std::unique_ptr<ReplayServer>> create(const QString &gpkgPath, const Options &options,
                                                        QObject *parent = nullptr);
    ~ReplayServer() override;

    Result<void> listen();
    quint16 port() const;
    QString url() const;         ///< ws://127.0.0.1:PORT
    qint64 messagesSent() const; ///< rows sent (counted once, not per client)
    qint64 rowCount() const;
    int clientCount() const;

signals:
    void clientConnected(const QString &peer);
    void clientDisconnected(const QString &peer, const QString &reason);
    /** The last row was sent and loop is off. */
    void finished();

private:
    ReplayServer(QObject *parent);
    void accept();
    /** The pacing tick: sends the messages that have fallen due to every client. */
    void sendDue();
    void dropSlow(QWebSocket *client);
    void finish();
    void closeWhenFlushed(QWebSocket *client);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace urbis
