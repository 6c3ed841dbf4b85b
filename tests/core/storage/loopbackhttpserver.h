// A scripted HTTP/1.1 server on 127.0.0.1 for the S3 tests, running in a thread of its own (the
// clients under test block the test's thread). A handler decides per request: answer with given
// bytes, close the connection without an answer, stall (never answer), or forward the request to
// an upstream server (s3rver) and relay its answer. Every request line is recorded. One request
// per connection: each answer closes it, which keeps the forwarding trivial.
#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <memory>

class LoopbackHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const char *name) const
        {
            for (const auto &[k, v] : headers)
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            return {};
        }
    };

    struct Answer
    {
        enum class Kind { Respond, Close, Stall, Forward } kind = Kind::Respond;
        QByteArray raw;
    };

    /** Called in the server's thread with the request and its 0-based index. */
    using Handler = std::function<Answer(const Request &, int)>;

    static Answer respond(int status, const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                          bool headOnly = false)
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nConnection: close\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n";
        for (const auto &[k, v] : headers)
            raw += k + ": " + v + "\r\n";
        raw += "\r\n";
        if (!headOnly)
            raw += body;
        return {Answer::Kind::Respond, raw};
    }
    static Answer close() { return {Answer::Kind::Close, {}}; }
    static Answer stall() { return {Answer::Kind::Stall, {}}; }
    static Answer forward() { return {Answer::Kind::Forward, {}}; }

    explicit LoopbackHttpServer(Handler handler, quint16 upstreamPort = 0)
        : m_handler(std::move(handler)), m_upstream(upstreamPort)
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_server = new QTcpServer(m_context);
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        accept(socket);
                });
            },
            Qt::BlockingQueuedConnection);
    }

    ~LoopbackHttpServer()
    {
        QMetaObject::invokeMethod(m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }

    /** "METHOD target" of every request so far. */
    QList<QByteArray> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    /** Requests with this method whose target contains `part`. */
    int count(const QByteArray &method, const QByteArray &part = {}) const
    {
        int n = 0;
        for (const QByteArray &r : requests())
            if (r.startsWith(method + ' ') && r.contains(part))
                ++n;
        return n;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            }
            length = request.header("Content-Length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the body is still coming
            request.body = buffer->mid(end + 4, length);
            const QByteArray wire = buffer->left(end + 4 + length);
            buffer->clear();
            int index = 0;
            {
                QMutexLocker lock(&m_mutex);
                index = int(m_requests.size());
                m_requests << request.method + ' ' + request.target;
            }
            const Answer answer = m_handler(request, index);
            switch (answer.kind) {
            case Answer::Kind::Respond:
                socket->write(answer.raw);
                socket->disconnectFromHost();
                break;
            case Answer::Kind::Close:
                socket->abort();
                socket->deleteLater();
                break;
            case Answer::Kind::Stall:
                break;
            case Answer::Kind::Forward:
                socket->write(forwarded(wire));
                socket->disconnectFromHost();
                break;
            }
        });
    }

    // Sends the request upstream with "Connection: close" and returns the whole answer.
    QByteArray forwarded(const QByteArray &wire) const
    {
        const qsizetype end = wire.indexOf("\r\n\r\n");
        QByteArray head;
        for (const QByteArray &line : wire.left(end).split('\n'))
            if (!line.trimmed().toLower().startsWith("connection:"))
                head += line.trimmed() + "\r\n";
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_upstream);
        if (!upstream.waitForConnected(5000))
            return "HTTP/1.1 502 No Upstream\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        upstream.write(head + "Connection: close\r\n\r\n" + wire.mid(end + 4));
        for (int i = 0; i < 1000 && upstream.bytesToWrite() > 0; ++i)
            upstream.waitForBytesWritten(100);
        QByteArray answer;
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && upstream.state() == QAbstractSocket::ConnectedState)
            if (upstream.waitForReadyRead(100))
                answer += upstream.readAll();
        return answer + upstream.readAll();
    }

    Handler m_handler;
    quint16 m_upstream = 0;
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<QByteArray> m_requests;
};
