#include "plainhttpconnection.h"

#include <QElapsedTimer>

#include <cerrno>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace urbis::s3 {

namespace {

constexpr int kCancelCheckMs = 100;
constexpr qint64 kWriteChunk = 1 << 20; // the kernel takes what fits; larger writes mean fewer calls

QString ioText(const char *what, int err)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(strerror(err)));
}

} // namespace

PlainHttpConnection::~PlainHttpConnection()
{
    close();
}

void PlainHttpConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_in.clear();
    m_peerClosed = false;
}

bool PlainHttpConnection::open(const QByteArray &host, int port, int timeoutMs, const std::function<bool()> &cancelled, QString *error)
{
    const QByteArray peer = host + ':' + QByteArray::number(port);
    if (m_fd >= 0 && m_peer == peer && !m_peerClosed) {
        // Idle keep-alive connections get closed by servers; readable now means closed (or
        // unasked-for bytes), either way not one to send on.
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 0) == 0 && m_in.isEmpty())
            return true;
    }
    close();
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    if (const int rc = getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &res); rc != 0 || !res) {
        *error = QStringLiteral("cannot resolve %1: %2").arg(QString::fromLatin1(host), QString::fromLocal8Bit(gai_strerror(rc)));
        return false;
    }
    int lastErr = ECONNREFUSED;
    bool timedOut = false;
    for (addrinfo *a = res; a && m_fd < 0 && !timedOut; a = a->ai_next) {
        m_fd = ::socket(a->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (m_fd < 0) {
            lastErr = errno;
            continue;
        }
        // Non-blocking, so an unreachable host (a field laptop off the network) fails after the
        // endpoint's timeout, and a cancel is heard, instead of waiting out the kernel's SYN retries.
        int err = ::connect(m_fd, a->ai_addr, a->ai_addrlen) == 0 ? 0 : errno;
        if (err == EINPROGRESS) {
            const Io io = wait(POLLOUT, timeoutMs, cancelled);
            socklen_t len = sizeof err;
            if (io != Io::Done) {
                err = io == Io::Cancelled ? ECANCELED : ETIMEDOUT;
                timedOut = true;
            } else if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
                err = errno;
            }
        }
        if (err != 0) {
            lastErr = err;
            ::close(m_fd);
            m_fd = -1;
        }
    }
    freeaddrinfo(res);
    if (m_fd < 0) {
        *error = lastErr == ECANCELED ? QStringLiteral("cancelled") : ioText("connection failed", lastErr);
        return false;
    }
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_peer = peer;
    return true;
}

PlainHttpConnection::Io PlainHttpConnection::wait(short events, int timeoutMs, const std::function<bool()> &cancelled)
{
    QElapsedTimer stalled;
    stalled.start();
    for (;;) {
        if (cancelled && cancelled())
            return Io::Cancelled;
        const qint64 left = timeoutMs - stalled.elapsed();
        if (left <= 0)
            return Io::TimedOut;
        pollfd p{m_fd, events, 0};
        const int rc = ::poll(&p, 1, int(std::min<qint64>(left, kCancelCheckMs)));
        if (rc > 0)
            return Io::Done; // readable / writable, or an error the next call reports
        if (rc < 0 && errno != EINTR)
            return Io::Failed;
    }
}

PlainHttpConnection::Io PlainHttpConnection::writeAll(const char *data, qint64 size, int timeoutMs, const std::function<bool()> &cancelled)
{
    while (size > 0) {
        const ssize_t n = ::send(m_fd, data, size_t(std::min(size, kWriteChunk)), MSG_NOSIGNAL);
        if (n > 0) {
            data += n;
            size -= n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (const Io w = wait(POLLOUT, timeoutMs, cancelled); w != Io::Done)
                return w;
            continue;
        }
        return Io::Failed;
    }
    return Io::Done;
}

PlainHttpConnection::Io PlainHttpConnection::readMore(int timeoutMs, const std::function<bool()> &cancelled)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_in.append(buffer, n);
            return Io::Done;
        }
        if (n == 0) {
            m_peerClosed = true;
            return Io::Failed;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return Io::Failed;
        if (const Io w = wait(POLLIN, timeoutMs, cancelled); w != Io::Done)
            return w;
    }
}

bool PlainHttpConnection::readResponse(S3Response &out, int timeoutMs, const std::function<bool()> &cancelled, QString *error)
{
    const auto failedWith = [&](Io io, const char *what) {
        *error = io == Io::TimedOut    ? QStringLiteral("the operation timed out (%1)").arg(QLatin1String(what))
                 : io == Io::Cancelled ? QStringLiteral("cancelled")
                                       : ioText(what, errno);
        return false;
    };
    qsizetype end;
    while ((end = m_in.indexOf("\r\n\r\n")) < 0) {
        if (m_in.size() > 64 * 1024) {
            *error = QStringLiteral("the response headers are too long");
            return false;
        }
        if (const Io io = readMore(timeoutMs, cancelled); io != Io::Done)
            return failedWith(io, m_peerClosed ? "the connection closed before the response" : "reading the response");
    }
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    m_in.remove(0, end + 4);
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    if (status.size() < 2 || !status[0].startsWith("HTTP/1.")) {
        *error = QStringLiteral("not an HTTP response");
        return false;
    }
    out.status = status[1].toInt();
    qint64 length = -1;
    bool chunked = false, closeAfter = status[0] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed(), value = line.mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            chunked = value.toLower().contains("chunked");
        else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            closeAfter = value.compare("close", Qt::CaseInsensitive) == 0;
    }
    if (chunked) {
        for (;;) {
            qsizetype eol;
            while ((eol = m_in.indexOf("\r\n")) < 0)
                if (const Io io = readMore(timeoutMs, cancelled); io != Io::Done)
                    return failedWith(io, "reading a chunked body");
            bool ok = false;
            const qint64 size = m_in.left(eol).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > (qint64(1) << 30)) {
                *error = QStringLiteral("a bad chunk in the response");
                return false;
            }
            while (m_in.size() < eol + 2 + size + 2)
                if (const Io io = readMore(timeoutMs, cancelled); io != Io::Done)
                    return failedWith(io, "reading a chunked body");
            out.body.append(m_in.constData() + eol + 2, size);
            m_in.remove(0, eol + 2 + size + 2);
            if (size == 0)
                break; // trailers are not used by S3; the blank line after them was the "\r\n" above
        }
    } else if (length >= 0) {
        if (length > (qint64(1) << 30)) {
            *error = QStringLiteral("the response is too large");
            return false;
        }
        while (m_in.size() < length)
            if (const Io io = readMore(timeoutMs, cancelled); io != Io::Done)
                return failedWith(io, "the response body was cut short");
        out.body = m_in.left(length);
        m_in.remove(0, length);
    } else {
        // Neither length nor chunks: the body runs until the server closes.
        for (;;) {
            const Io io = readMore(timeoutMs, cancelled);
            if (io == Io::Failed && m_peerClosed)
                break;
            if (io != Io::Done)
                return failedWith(io, "reading the response body");
        }
        out.body = m_in;
        closeAfter = true;
    }
    if (closeAfter)
        close();
    return true;
}

S3Response PlainHttpConnection::send(const QByteArray &host, int port, const QByteArray &method, const QByteArray &target,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body, int timeoutMs,
                                     const std::function<bool()> &cancelled, QString *transportError)
{
    S3Response out;
    const auto failed = [&](const QString &why) {
        close();
        *transportError = why;
        return S3Response{};
    };
    if (!open(host, port, timeoutMs, cancelled, transportError))
        return failed(*transportError);
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    Io io = writeAll(head.constData(), head.size(), timeoutMs, cancelled);
    if (io == Io::Done)
        io = writeAll(body.constData(), body.size(), timeoutMs, cancelled);
    if (io == Io::Cancelled)
        return failed(QStringLiteral("cancelled"));
    if (io == Io::TimedOut)
        return failed(QStringLiteral("the operation timed out (sending)"));
    if (io == Io::Failed) {
        // The server may have answered before taking the whole body (a refusal): read that answer.
        const int err = errno;
        QString ignored;
        if (readResponse(out, std::min(timeoutMs, 2000), cancelled, &ignored) && out.status > 0) {
            close();
            return out;
        }
        return failed(ioText("the connection failed while sending", err));
    }
    QString error;
    if (!readResponse(out, timeoutMs, cancelled, &error))
        return failed(error);
    return out;
}

} // namespace urbis::s3
