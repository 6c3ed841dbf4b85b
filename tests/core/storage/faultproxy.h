// A fault-injecting HTTP/1.1 proxy on 127.0.0.1 for the S3 fault tests, in a thread of its own (the
// clients under test block the test's thread), in front of an upstream server (s3rver).
//
// Client connections are kept alive and may carry any number of requests, one after the other
// (pipelined ones wait their turn); bodies stream through as they arrive, in either direction.
// Each request goes upstream on a fresh connection with "Connection: close", so the end of the
// upstream's answer is simply its close, whatever the framing. Request bodies need a
// Content-Length (QNetworkAccessManager always sends one for byte-array bodies).
//
// Per request the proxy forwards cleanly or injects one fault, drawn from a Mix of probabilities:
// - Reset: the client connection is aborted with a TCP RST: right after the request head, in the
//   middle of the request body (neither reaches upstream), or in the middle of the answer (the
//   request did reach upstream and took effect there; only its answer is lost);
// - Stall: the connection is held open and never answered, either without forwarding the request
//   or after a part of the upstream's answer, until the client gives up;
// - Truncate: the upstream's answer with its full Content-Length, but only a part of its body,
//   then a close (an answer without a body is forwarded cleanly);
// - SlowDown: 503 with S3's SlowDown error, without asking upstream; the connection stays open.
// The draw is seeded: it depends only on the seed, the request (method, target without the
// upload id, Range) and how often that request was seen before, not on the order in which
// parallel requests arrive, so a test sees the same faults on every run.
//
// Everything is recorded (records(), count()): method, target, the fault, whether the whole
// request reached upstream, and the upstream's status.
#pragma once

#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <random>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

class FaultProxy
{
public:
    enum class Fault { None, Reset, Stall, Truncate, SlowDown };

    /** Per-request probabilities (their sum at most 1; the rest is forwarded cleanly). */
    struct Mix
    {
        enum class Where { Anywhere, Request, Response };

        double reset = 0, stall = 0, truncate = 0, slowDown = 0;
        Where resetWhere = Where::Anywhere; ///< where a reset may hit
        QList<QByteArray> methods;          ///< faults hit only these methods; empty = all
        QList<QByteArray> only;             ///< faults hit only requests whose head contains one of these; empty = all
    };

    struct Record
    {
        QByteArray method, target; ///< as sent by the client
        Fault fault = Fault::None;
        bool upstream = false; ///< the whole request was handed to the upstream server
        int status = 0;        ///< the upstream's status, 0 if it did not answer (or was not asked)
    };

    FaultProxy(quint16 upstreamPort, quint32 seed, Mix mix) : m_upstreamPort(upstreamPort), m_seed(seed), m_mix(std::move(mix))
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                auto *server = new QTcpServer(m_context);
                server->listen(QHostAddress::LocalHost, 0);
                m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::newConnection, m_context, [this, server] {
                    while (QTcpSocket *socket = server->nextPendingConnection()) {
                        new Session(this, socket);
                        ++m_connections;
                    }
                });
            },
            Qt::BlockingQueuedConnection);
    }

    ~FaultProxy()
    {
        QMetaObject::invokeMethod(m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; }

    QList<Record> records() const
    {
        QMutexLocker lock(&m_mutex);
        return m_records;
    }

    int count(Fault fault) const
    {
        int n = 0;
        for (const Record &r : records())
            n += r.fault == fault ? 1 : 0;
        return n;
    }

    /** Requests with this method whose target contains `part`; with `upstreamOnly` only those that reached upstream. */
    int count(const QByteArray &method, const QByteArray &part, bool upstreamOnly = false) const
    {
        int n = 0;
        for (const Record &r : records())
            n += r.method == method && r.target.contains(part) && (r.upstream || !upstreamOnly) ? 1 : 0;
        return n;
    }

    /** Client connections accepted so far (fewer than requests: connections were kept alive). */
    int connections() const { return m_connections.load(); }

    /** "12 requests: 7 clean, 2 reset, ..." for test diagnostics. */
    QString summary() const
    {
        static const char *const names[] = {"clean", "reset", "stalled", "truncated", "503 SlowDown"};
        const QList<Record> all = records();
        QString s = QStringLiteral("%1 requests:").arg(all.size());
        for (int kind = 0; kind < 5; ++kind)
            s += QStringLiteral(" %1 %2,").arg(count(Fault(kind))).arg(QLatin1String(names[kind]));
        s.chop(1);
        return s;
    }

private:
    // What happens to one request: the fault, where it hits (Reset: 0 after the head, 1 in the
    // body, 2 in the answer; Stall: 0 before forwarding, 2 in the answer) and where a cut falls (0..1).
    struct Plan
    {
        Fault fault = Fault::None;
        int where = 0;
        double cut = 0;
        int record = -1;
    };

    static QByteArray header(const QList<QByteArray> &lines, const char *name)
    {
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    // The head without hop-by-hop headers; `extra` lines appended.
    static QByteArray rewritten(const QByteArray &head, const QByteArray &extra)
    {
        QByteArray out;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (!l.startsWith("connection:") && !l.startsWith("keep-alive:") && !l.startsWith("proxy-connection:"))
                out += line.trimmed() + "\r\n";
        }
        return out + extra + "\r\n";
    }

    Plan decide(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray method = first.value(0), target = first.value(1);
        QByteArray identity = target; // stable across runs: the upload id is new each time
        const qsizetype id = identity.indexOf("uploadId=");
        if (id >= 0) {
            const qsizetype end = identity.indexOf('&', id);
            identity.remove(id + 9, (end < 0 ? identity.size() : end) - id - 9);
        }
        identity = method + ' ' + identity + ' ' + header(lines, "Range");

        QMutexLocker lock(&m_mutex);
        quint64 h = 1469598103934665603ULL ^ m_seed; // FNV-1a over the identity and its occurrence
        for (const char c : identity + '#' + QByteArray::number(m_seen[identity]++))
            h = (h ^ quint8(c)) * 1099511628211ULL;
        std::mt19937_64 rng(h);
        const auto uniform = [&rng] { return double(rng() >> 11) * 0x1.0p-53; };
        const double roll = uniform(), where = uniform();
        Plan plan;
        plan.cut = uniform();
        const bool applies = (m_mix.methods.isEmpty() || m_mix.methods.contains(method)) &&
                             (m_mix.only.isEmpty() || std::any_of(m_mix.only.cbegin(), m_mix.only.cend(),
                                                                  [&head](const QByteArray &part) { return head.contains(part); }));
        if (applies) {
            double edge = m_mix.reset;
            if (roll < edge) {
                plan.fault = Fault::Reset;
                if (m_mix.resetWhere == Mix::Where::Request)
                    plan.where = where < 0.5 ? 0 : 1;
                else if (m_mix.resetWhere == Mix::Where::Response)
                    plan.where = 2;
                else
                    plan.where = int(where * 3);
            } else if (roll < (edge += m_mix.stall)) {
                plan.fault = Fault::Stall;
                plan.where = where < 0.5 ? 0 : 2;
            } else if (roll < (edge += m_mix.truncate)) {
                plan.fault = Fault::Truncate;
            } else if (roll < (edge += m_mix.slowDown)) {
                plan.fault = Fault::SlowDown;
            }
        }
        plan.record = int(m_records.size());
        m_records.append({method, target, plan.fault, false, 0});
        return plan;
    }

    void update(int record, const std::function<void(Record &)> &change)
    {
        QMutexLocker lock(&m_mutex);
        if (record >= 0 && record < m_records.size())
            change(m_records[record]);
    }

    // One client connection and the upstream connection of its current request; lives in the
    // proxy's thread and deletes itself when the client is gone.
    class Session : public QObject
    {
    public:
        Session(FaultProxy *proxy, QTcpSocket *client) : QObject(proxy->m_context), m_proxy(proxy), m_client(client)
        {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, this, [this] {
                m_in += m_client->readAll();
                if (m_state == State::Stalled || m_state == State::Closing)
                    m_in.clear();
                process();
            });
            connect(client, &QTcpSocket::disconnected, this, &Session::finish);
        }

    private:
        enum class State { Head, Body, Response, Stalled, Closing };

        void finish()
        {
            m_state = State::Closing;
            dropUpstream();
            deleteLater();
        }

        // Aborts the client connection with a RST (no orderly FIN), after `bytes` if any.
        void reset(const QByteArray &bytes = {})
        {
            m_state = State::Closing;
            dropUpstream();
            const auto hardClose = [this] {
#ifdef Q_OS_UNIX
                const struct linger zero{1, 0};
                if (m_client->socketDescriptor() >= 0)
                    ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &zero, sizeof zero);
#endif
                m_client->abort();
                deleteLater();
            };
            if (bytes.isEmpty())
                return hardClose();
            m_client->write(bytes);
            connect(m_client, &QTcpSocket::bytesWritten, this, [this, hardClose] {
                if (m_client->bytesToWrite() == 0)
                    hardClose();
            });
        }

        void dropUpstream()
        {
            if (!m_upstream)
                return;
            m_upstream->disconnect(this);
            m_upstream->abort();
            m_upstream->deleteLater();
            m_upstream = nullptr;
        }

        void process()
        {
            for (;;) {
                if (m_state == State::Head) {
                    const qsizetype end = m_in.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_in.left(end);
                    m_in.remove(0, end + 4);
                    startRequest(head);
                    if (m_state != State::Body)
                        return;
                }
                if (m_state != State::Body)
                    return;
                qint64 take = std::min<qint64>(m_bodyLeft, m_in.size());
                if (m_resetIn >= 0)
                    take = std::min(take, m_resetIn);
                if (m_upstream)
                    toUpstream(m_in.left(take));
                m_in.remove(0, take);
                m_bodyLeft -= take;
                if (m_resetIn >= 0 && (m_resetIn -= take) == 0)
                    return reset();
                if (m_bodyLeft > 0)
                    return;
                bodyDone();
            }
        }

        void startRequest(const QByteArray &head)
        {
            const QList<QByteArray> lines = head.split('\n');
            m_isHead = lines.value(0).startsWith("HEAD ");
            m_bodyLeft = header(lines, "Content-Length").toLongLong();
            m_plan = m_proxy->decide(head);
            m_resetIn = -1;
            m_response.clear();
            m_headSent = false;
            m_closeAfter = false;
            m_state = State::Body;
            const Fault f = m_plan.fault;
            if (f == Fault::Reset && m_plan.where < 2) {
                m_resetIn = m_plan.where == 0 ? 0 : qint64(m_plan.cut * double(m_bodyLeft));
                if (m_resetIn == 0)
                    return reset();
            } else if (f == Fault::SlowDown || (f == Fault::Stall && m_plan.where == 0)) {
                // the body is read and dropped
            } else {
                m_upstream = new QTcpSocket(this);
                m_upstreamPending = rewritten(head, "Connection: close\r\n");
                connect(m_upstream, &QTcpSocket::connected, this, [this] {
                    m_upstream->write(m_upstreamPending);
                    m_upstreamPending.clear();
                });
                connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
                    m_response += m_upstream->readAll();
                    if (m_plan.fault == Fault::None && m_state == State::Response)
                        stream();
                });
                connect(m_upstream, &QTcpSocket::disconnected, this, &Session::upstreamDone);
                connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError && m_upstream &&
                        m_upstream->state() == QAbstractSocket::UnconnectedState)
                        upstreamDone();
                });
                m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_upstreamPort);
            }
        }

        void toUpstream(const QByteArray &bytes)
        {
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                m_upstream->write(bytes);
            else
                m_upstreamPending += bytes;
        }

        void bodyDone()
        {
            if (m_plan.fault == Fault::SlowDown) {
                const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                                        "<Message>Please reduce your request rate.</Message><RequestId>faultproxy</RequestId></Error>";
                m_client->write("HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + (m_isHead ? QByteArray() : body));
                m_state = State::Head;
            } else if (m_plan.fault == Fault::Stall && m_plan.where == 0) {
                m_state = State::Stalled;
                m_in.clear();
            } else {
                m_proxy->update(m_plan.record, [](Record &r) { r.upstream = true; });
                m_state = State::Response;
                if (m_plan.fault == Fault::None)
                    stream();
            }
        }

        // A clean answer: its head without hop-by-hop headers, then whatever came so far.
        void stream()
        {
            if (!m_headSent) {
                const qsizetype end = m_response.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = m_response.left(end);
                const QList<QByteArray> lines = head.split('\n');
                const int status = lines.value(0).split(' ').value(1).toInt();
                m_proxy->update(m_plan.record, [status](Record &r) { r.status = status; });
                const bool framed = m_isHead || status == 204 || status == 304 || !header(lines, "Content-Length").isEmpty() ||
                                    header(lines, "Transfer-Encoding").toLower().contains("chunked");
                m_closeAfter = m_closeAfter || !framed; // the body ends with the connection
                m_client->write(rewritten(head, framed ? QByteArray() : QByteArray("Connection: close\r\n")));
                m_response.remove(0, end + 4);
                m_headSent = true;
            }
            m_client->write(m_response);
            m_response.clear();
        }

        void upstreamDone()
        {
            if (!m_upstream)
                return;
            m_response += m_upstream->readAll();
            dropUpstream();
            if (m_state == State::Body) { // upstream answered before the whole body: send it on and hang up
                m_bodyLeft = 0;
                m_closeAfter = true;
            }
            if (m_plan.fault == Fault::None && m_headSent) // streamed already
                return finishClean();
            const qsizetype end = m_response.indexOf("\r\n\r\n");
            if (end < 0) // no answer at all
                return reset("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            const int status = m_response.left(end).split(' ').value(1).toInt();
            m_proxy->update(m_plan.record, [status](Record &r) { r.status = status; });
            const qint64 bodySize = m_response.size() - end - 4;
            const qsizetype cut = qsizetype(m_plan.cut * double(m_response.size()));
            switch (m_plan.fault) {
            case Fault::Reset:
                return reset(m_response.left(cut));
            case Fault::Stall:
                m_client->write(m_response.left(cut));
                m_state = State::Stalled;
                m_in.clear();
                return;
            case Fault::Truncate:
                if (bodySize > 0) {
                    m_client->write(rewritten(m_response.left(end), {}) + m_response.mid(end + 4, qsizetype(m_plan.cut * double(bodySize))));
                    m_client->disconnectFromHost();
                    m_state = State::Closing;
                    return;
                }
                // nothing to cut: a clean answer
                m_proxy->update(m_plan.record, [](Record &r) { r.fault = Fault::None; });
                m_plan.fault = Fault::None;
                break;
            default:
                break;
            }
            finishClean();
        }

        void finishClean()
        {
            stream();
            if (m_closeAfter) {
                m_client->disconnectFromHost();
                m_state = State::Closing;
                return;
            }
            m_state = State::Head;
            process(); // a request that came meanwhile
        }

        FaultProxy *m_proxy;
        QTcpSocket *m_client;
        QTcpSocket *m_upstream = nullptr;
        State m_state = State::Head;
        QByteArray m_in;              // from the client, not yet handled
        QByteArray m_upstreamPending; // for upstream, until it is connected
        QByteArray m_response;        // from upstream, not yet sent on
        Plan m_plan;
        qint64 m_bodyLeft = 0;
        qint64 m_resetIn = -1; // body bytes to read before a reset; -1: no reset in the body
        bool m_isHead = false, m_headSent = false, m_closeAfter = false;
    };

    const quint16 m_upstreamPort;
    const quint32 m_seed;
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
    mutable QMutex m_mutex; // guards m_records, m_seen
    const Mix m_mix;
    QList<Record> m_records;
    std::map<QByteArray, int> m_seen;
};
