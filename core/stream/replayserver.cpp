#include "replayserver.h"

#include "replayreadahead.h"
#include "replaytable.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>
#include <deque>
#include <utility>

namespace urbis {

namespace {

Q_LOGGING_CATEGORY(lcReplay, "urbis.stream.replay", QtInfoMsg)

// The pacing clock ticks this often and sends every message that has fallen due since the last
// tick: one timer for the whole stream, whatever the rate.
constexpr int kTickMs = 5;
// After a stall (a slow disk, a busy machine) at most this much of the backlog is sent at once;
// the rest is skipped in time rather than flooding the clients.
constexpr double kMaxBurstSecs = 0.25;
// As fast as possible: at most this many messages per tick, and only while every client has
// less than a quarter of its queue limit waiting.
constexpr qsizetype kUnpacedPerTick = 2000;

} // namespace

struct ReplayServer::Private
{
    Options options;
    ReplayTable table;
    std::unique_ptr<ReplayReadAhead> readAhead;
    QWebSocketServer *server = nullptr;
    QList<QWebSocket *> clients;
    QTimer tick;
    QElapsedTimer clock;
    qint64 sentAtClockStart = 0;
    qint64 sent = 0;
    bool started = false;
    bool done = false;
    std::deque<QByteArray> due;
};

ReplayServer::ReplayServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

ReplayServer::~ReplayServer()
{
    d->tick.stop();
    const QList<QWebSocket *> clients = std::exchange(d->clients, {});
    for (QWebSocket *c : clients) {
        c->disconnect(this); // no clientDisconnected from a half-destroyed server
        c->abort();
    }
}

Result<std::unique_ptr<ReplayServer>> ReplayServer::create(const QString &gpkgPath, const Options &options,
                                                           QObject *parent)
{
    Result<ReplayTable> table = ReplayTable::open(gpkgPath);
    if (!table)
        return table.error();
    std::unique_ptr<ReplayServer> s(new ReplayServer(parent));
    Private &p = *s->d;
    p.options = options;
    p.table = *table;
    p.readAhead = std::make_unique<ReplayReadAhead>(p.table, options.loop);
    p.server = new QWebSocketServer(QStringLiteral("urbis replay"), QWebSocketServer::NonSecureMode, s.get());
    p.tick.setTimerType(Qt::PreciseTimer);
    p.tick.setInterval(options.rate > 0 ? kTickMs : 1);
    ReplayServer *self = s.get();
    connect(&p.tick, &QTimer::timeout, self, [self] { self->sendDue(); });
    connect(p.server, &QWebSocketServer::newConnection, self, [self] { self->accept(); });
    return s;
}

Result<void> ReplayServer::listen()
{
    const QHostAddress address(d->options.address);
    if (address.isNull())
        return Error(Error::Code::InvalidArgument,
                     tr("\"%1\" is not an IP address to listen on").arg(d->options.address));
    if (!d->server->listen(address, d->options.port))
        return Error(Error::Code::Io,
                     tr("Cannot listen on %1 port %2").arg(d->options.address).arg(d->options.port),
                     d->server->errorString());
    d->readAhead->start(); // rows are ready before the first client comes
    return {};
}

quint16 ReplayServer::port() const
{
    return d->server->serverPort();
}

QString ReplayServer::url() const
{
    const QHostAddress a = d->server->serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(a.toString())
                             : a.toString();
    return QStringLiteral("ws://%1:%2").arg(host).arg(port());
}

qint64 ReplayServer::messagesSent() const
{
    return d->sent;
}

qint64 ReplayServer::rowCount() const
{
    return d->table.rows;
}

int ReplayServer::clientCount() const
{
    return int(d->clients.size());
}

void ReplayServer::accept()
{
    while (QWebSocket *c = d->server->nextPendingConnection()) {
        const QString peer = QStringLiteral("%1:%2").arg(c->peerAddress().toString()).arg(c->peerPort());
        c->setParent(this);
        d->clients.append(c);
        connect(c, &QWebSocket::disconnected, this, [this, c, peer] {
            const bool known = d->clients.removeOne(c);
            const QString reason = c->closeReason().isEmpty() ? tr("closed by the client") : c->closeReason();
            c->deleteLater();
            if (known)
                emit clientDisconnected(peer, reason);
        });
        emit clientConnected(peer);
        if (d->done) {
            c->close(QWebSocketProtocol::CloseCodeNormal, tr("The replay has ended"));
            continue;
        }
        if (!d->started) {
            // The replay starts with its first listener, so nobody misses the first rows.
            d->started = true;
            d->clock.start();
            d->tick.start();
        }
    }
}

void ReplayServer::dropSlow(QWebSocket *c)
{
    const QString peer = QStringLiteral("%1:%2").arg(c->peerAddress().toString()).arg(c->peerPort());
    const QString reason =
        tr("slow consumer: more than %1 bytes waiting to be sent").arg(d->options.maxQueuedBytes);
    qCInfo(lcReplay) << "dropping" << peer << reason;
    d->clients.removeOne(c);
    // The close frame waits behind the backlog; a peer that does not read is cut off soon after.
    c->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    QTimer::singleShot(1000, c, &QWebSocket::abort);
    emit clientDisconnected(peer, reason);
}

void ReplayServer::sendDue()
{
    qsizetype wanted = 0;
    if (d->options.rate > 0) {
        const double elapsed = double(d->clock.nsecsElapsed()) / 1e9;
        const qint64 target = qint64(std::floor(elapsed * d->options.rate));
        const qint64 maxBurst = std::max<qint64>(1, qint64(d->options.rate * kMaxBurstSecs));
        qint64 owed = target - (d->sent - d->sentAtClockStart);
        if (owed > maxBurst) {
            d->sentAtClockStart += owed - maxBurst;
            owed = maxBurst;
        }
        wanted = qsizetype(std::max<qint64>(owed, 0));
    } else {
        const qint64 lowWater = d->options.maxQueuedBytes / 4;
        const bool room = std::all_of(d->clients.cbegin(), d->clients.cend(),
                                      [&](const QWebSocket *c) { return c->bytesToWrite() < lowWater; });
        wanted = room ? kUnpacedPerTick : 0;
    }
    if (wanted > 0 && qsizetype(d->due.size()) < wanted)
        d->readAhead->take(wanted - qsizetype(d->due.size()), d->due);
    const qsizetype n = std::min<qsizetype>(wanted, qsizetype(d->due.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const QString text = QString::fromUtf8(d->due.front());
        d->due.pop_front();
        for (QWebSocket *c : std::as_const(d->clients))
            c->sendTextMessage(text);
    }
    d->sent += n;
    if (n > 0) {
        const QList<QWebSocket *> clients = d->clients;
        for (QWebSocket *c : clients)
            if (c->bytesToWrite() > d->options.maxQueuedBytes)
                dropSlow(c);
    }
    if (d->due.empty() && d->readAhead->drained())
        finish();
}

void ReplayServer::finish()
{
    if (d->done)
        return;
    if (const Error e = d->readAhead->error(); e.isError())
        qCWarning(lcReplay) << "the replay stopped early:" << e.toString();
    d->done = true;
    d->tick.stop();
    // Each client gets what it was sent, then a normal close.
    const QList<QWebSocket *> clients = d->clients;
    for (QWebSocket *c : clients)
        closeWhenFlushed(c);
    emit finished();
}

void ReplayServer::closeWhenFlushed(QWebSocket *c)
{
    QPointer<QWebSocket> guard(c);
    if (c->bytesToWrite() == 0) {
        c->close(QWebSocketProtocol::CloseCodeNormal, tr("The replay has ended"));
        return;
    }
    QTimer::singleShot(20, this, [this, guard] {
        if (guard && d->clients.contains(guard.data()))
            closeWhenFlushed(guard.data());
    });
}

} // namespace urbis
