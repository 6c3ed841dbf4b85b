// PlainHttpConnection against a scripted server on 127.0.0.1: the request goes out whole with its
// headers, and every shape of answer S3 servers and proxies give is read right (Content-Length,
// chunked, read-to-close, a refusal), while a stalled server, a cut connection and a cancel each
// end the exchange with a clear transport error instead of hanging.
#include "storage/s3/plainhttpconnection.h"
#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace urbis::s3;

class TestPlainHttpConnection : public QObject
{
    Q_OBJECT

    static S3Response put(LoopbackHttpServer &server, PlainHttpConnection &c, const QByteArray &body, QString *error, int timeoutMs = 5000,
                          const std::function<bool()> &cancelled = {})
    {
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Host", "127.0.0.1:" + QByteArray::number(server.port())},
                                                               {"x-amz-content-sha256", "abc"}};
        return c.send("127.0.0.1", server.port(), "PUT", "/bucket/key?partNumber=1&uploadId=u", headers, body, timeoutMs, cancelled, error);
    }

private slots:
    void requestAndLengthAnswer()
    {
        QByteArray seen;
        LoopbackHttpServer server([&seen](const LoopbackHttpServer::Request &r, int) {
            seen = r.method + ' ' + r.target + ' ' + r.header("x-amz-content-sha256") + ' ' + QByteArray::number(r.body.size());
            return LoopbackHttpServer::respond(200, "done", {{"ETag", "\"e1\""}});
        });
        PlainHttpConnection c;
        QString error;
        const QByteArray body(3 * 1024 * 1024 + 7, 'x'); // larger than one write
        const S3Response r = put(server, c, body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("done"));
        QCOMPARE(r.header("ETag"), QByteArray("\"e1\""));
        QCOMPARE(seen, "PUT /bucket/key?partNumber=1&uploadId=u abc " + QByteArray::number(body.size()));
        // The server closed after answering ("Connection: close"): the next request reconnects.
        const S3Response again = put(server, c, "small", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.status, 200);
    }

    void chunkedAndReadToCloseAnswers()
    {
        LoopbackHttpServer server([](const LoopbackHttpServer::Request &, int i) {
            if (i == 0)
                return LoopbackHttpServer::Answer{LoopbackHttpServer::Answer::Kind::Respond,
                                                  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                                  "4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\n\r\n"};
            return LoopbackHttpServer::Answer{LoopbackHttpServer::Answer::Kind::Respond, "HTTP/1.0 200 OK\r\nETag: x\r\n\r\nuntil close"};
        });
        PlainHttpConnection c;
        QString error;
        S3Response r = put(server, c, "a", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.body, QByteArray("Wikipedia "));
        r = put(server, c, "b", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("until close"));
    }

    void refusalIsAnAnswer()
    {
        LoopbackHttpServer server([](const LoopbackHttpServer::Request &, int) {
            return LoopbackHttpServer::respond(403, "<Error><Code>AccessDenied</Code></Error>");
        });
        PlainHttpConnection c;
        QString error;
        const S3Response r = put(server, c, QByteArray(100000, 'y'), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("AccessDenied"));
    }

    void cutStalledAndCancelledFailClearly()
    {
        LoopbackHttpServer server([](const LoopbackHttpServer::Request &, int i) {
            return i == 0 ? LoopbackHttpServer::close() : LoopbackHttpServer::stall();
        });
        PlainHttpConnection c;
        QString error;
        S3Response r = put(server, c, "cut", &error);
        QCOMPARE(r.status, 0);
        QVERIFY2(error.contains(QLatin1String("closed")), qPrintable(error));

        error.clear();
        QElapsedTimer t;
        t.start();
        r = put(server, c, "stall", &error, 600);
        QCOMPARE(r.status, 0);
        QVERIFY2(error.contains(QLatin1String("timed out")), qPrintable(error));
        QVERIFY(t.elapsed() >= 550 && t.elapsed() < 5000);

        error.clear();
        std::atomic<int> asked{0};
        t.restart();
        r = put(server, c, "cancel", &error, 30000, [&asked] { return ++asked > 3; });
        QCOMPARE(r.status, 0);
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(t.elapsed() < 5000); // asked every 100 ms at most, not after the 30 s timeout
    }

    void unansweredConnectTimesOutOrCancels()
    {
        // A listener whose accept queue is full drops further SYNs, like a host that is gone: the
        // connect must end after the timeout (or at a cancel), not after the kernel's retries.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(listener, 0) == 0);
        socklen_t len = sizeof addr;
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
        std::vector<int> fillers;
        for (int i = 0; i < 4; ++i) {
            fillers.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
            ::connect(fillers.back(), reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        }
        QTest::qWait(200);
        const int port = ntohs(addr.sin_port);
        PlainHttpConnection c;
        QString error;
        QElapsedTimer t;
        t.start();
        S3Response r = c.send("127.0.0.1", port, "PUT", "/b/k", {}, "x", 500, {}, &error);
        QCOMPARE(r.status, 0);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(error.contains(QLatin1String("timed out")), qPrintable(error));
        error.clear();
        t.restart();
        int asked = 0;
        r = c.send("127.0.0.1", port, "PUT", "/b/k", {}, "x", 30000, [&asked] { return ++asked > 3; }, &error);
        QCOMPARE(r.status, 0);
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(t.elapsed() < 5000);
        for (const int fd : fillers)
            ::close(fd);
        ::close(listener);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            LoopbackHttpServer gone([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::close(); });
            port = gone.port();
        }
        PlainHttpConnection c;
        QString error;
        const S3Response r = c.send("127.0.0.1", port, "PUT", "/b/k", {}, "x", 2000, {}, &error);
        QCOMPARE(r.status, 0);
        QVERIFY2(error.contains(QLatin1String("connection failed")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPlainHttpConnection)
#include "test_plainhttpconnection.moc"
