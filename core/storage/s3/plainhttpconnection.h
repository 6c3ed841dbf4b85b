#pragma once

#include "s3response.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace urbis::s3 {

/**
 * One keep-alive HTTP/1.1 connection over a plain TCP socket, for the request where
 * QNetworkAccessManager costs most: sending a part of a multipart upload to a plain-http endpoint
 * (MinIO on the LAN, s3rver in tests). Qt hands an upload body from the calling thread to its HTTP
 * thread 16 KiB at a time, and each piece waits for the caller's thread to be scheduled; against
 * s3rver on 2 cores a 1 GiB push took 10.8–11.6 s that way and 9.5–9.6 s written straight from
 * the worker, with client CPU down from 5 s to 2 s. https stays on Qt (certificates, TLS).
 *
 * Blocking, for worker threads. A stall of `timeoutMs` without progress (connecting included)
 * fails the exchange, and `cancelled` is asked at least every 100 ms. A failed exchange closes the connection, sets
 * `*transportError` and returns status 0; the caller's retry loop makes the next attempt on a
 * fresh connection.
 */
class PlainHttpConnection
{
public:
    PlainHttpConnection() = default;
    PlainHttpConnection(const PlainHttpConnection &) = delete;
    PlainHttpConnection &operator=(const PlainHttpConnection &) = delete;
    ~PlainHttpConnection();

    /** `target` is the request target as on the wire ("/bucket/key?partNumber=1&uploadId=…"). */
    S3Response send(const QByteArray &host, int port, const QByteArray &method, const QByteArray &target,
                    const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body, int timeoutMs,
                    const std::function<bool()> &cancelled, QString *transportError);

private:
    enum class Io { Done, Failed, TimedOut, Cancelled };
    bool open(const QByteArray &host, int port, int timeoutMs, const std::function<bool()> &cancelled, QString *error);
    void close();
    Io wait(short events, int timeoutMs, const std::function<bool()> &cancelled);
    Io writeAll(const char *data, qint64 size, int timeoutMs, const std::function<bool()> &cancelled);
    /** Reads what is there (at least one byte) into m_in; Failed also when the peer closed. */
    Io readMore(int timeoutMs, const std::function<bool()> &cancelled);
    bool readResponse(S3Response &out, int timeoutMs, const std::function<bool()> &cancelled, QString *error);

    int m_fd = -1;
    QByteArray m_peer; ///< host:port of the open connection
    QByteArray m_in;   ///< read but not yet consumed
    bool m_peerClosed = false;
};

} // namespace urbis::s3
