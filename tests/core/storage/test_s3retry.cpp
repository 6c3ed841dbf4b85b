// Retries of S3Client::request against a scripted loopback server: 5xx, 408/429, dropped
// connections and timeouts are tried again with backoff, other refusals are final, attempts stop
// at S3Endpoint::maxAttempts and a cancel ends the waiting at once.
#include "storage/s3/s3client.h"
#include "storage/s3/s3retry.h"
#include "util/feedback.h"
#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QCryptographicHash>
#include <QTest>

#include <thread>

using namespace urbis;
using namespace urbis::s3;

namespace {

S3Endpoint endpointAt(quint16 port)
{
    S3Endpoint e;
    e.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    e.bucket = QStringLiteral("b");
    e.timeoutMs = 400;
    e.maxAttempts = 4;
    e.retryBaseDelayMs = 10;
    e.retryMaxDelayMs = 50;
    return e;
}

// "503" answers HTTP 503, "close" drops the connection, "stall" never answers, "short" cuts the
// body short; the last step repeats.
LoopbackHttpServer::Answer step(const QStringList &script, int index)
{
    const QString s = script.value(std::min<qsizetype>(index, script.size() - 1));
    if (s == u"close")
        return LoopbackHttpServer::close();
    if (s == u"stall")
        return LoopbackHttpServer::stall();
    if (s == u"short") // promises 100 bytes, sends 2, hangs up
        return {LoopbackHttpServer::Answer::Kind::Respond, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nok"};
    const int status = s.toInt();
    if (status >= 300)
        return LoopbackHttpServer::respond(status, "<Error><Code>Scripted</Code><Message>status " + s.toLatin1() + "</Message></Error>");
    return LoopbackHttpServer::respond(status, "ok");
}

} // namespace

class TestS3Retry : public QObject
{
    Q_OBJECT

private slots:
    void retriesWhatMayPass_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("code"); // Error::Code; None = success
        const int ok = int(Error::Code::None);
        QTest::newRow("503 twice, then 200") << QStringList{"503", "503", "200"} << 3 << ok;
        // Qt's HTTP stack itself re-sends once when a fresh connection closes without an answer,
        // so the first close costs no attempt of ours; the ones after it do.
        QTest::newRow("connection closed once") << QStringList{"close", "200"} << 1 << ok;
        QTest::newRow("connection closed twice") << QStringList{"close", "close", "200"} << 2 << ok;
        QTest::newRow("connection closed 3x") << QStringList{"close", "close", "close", "200"} << 3 << ok;
        QTest::newRow("body cut short once") << QStringList{"short", "200"} << 2 << ok;
        QTest::newRow("timeout once") << QStringList{"stall", "200"} << 2 << ok;
        QTest::newRow("429 and 408 pass") << QStringList{"429", "408", "200"} << 3 << ok;
        QTest::newRow("500 until the end") << QStringList{"500"} << 4 << int(Error::Code::Io);
        QTest::newRow("400 is final") << QStringList{"400", "200"} << 1 << int(Error::Code::InvalidData);
        QTest::newRow("403 is final") << QStringList{"403", "200"} << 1 << int(Error::Code::InvalidData);
        QTest::newRow("404 is final") << QStringList{"404", "200"} << 1 << int(Error::Code::NotFound);
        QTest::newRow("412 is final") << QStringList{"412", "200"} << 1 << int(Error::Code::Conflict);
    }

    void retriesWhatMayPass()
    {
        QFETCH(QStringList, script);
        QFETCH(int, attempts);
        QFETCH(int, code);
        LoopbackHttpServer server([script](const LoopbackHttpServer::Request &, int index) { return step(script, index); });
        S3Client client(endpointAt(server.port()), {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        const Result<QByteArray> got = client.getObject(QStringLiteral("k"));
        QCOMPARE(int(got.error().code), code);
        if (got)
            QCOMPARE(*got, QByteArray("ok"));
        QCOMPARE(client.attempts(), attempts);
        const int seen = int(server.requests().size()), requeued = script.first() == u"close" ? 1 : 0;
        QCOMPARE(seen, attempts + requeued);
        if (!got && attempts > 1)
            QVERIFY2(got.error().detail.contains(QStringLiteral("after %1 attempts").arg(attempts)), qPrintable(got.error().detail));
    }

    // SSE headers go on the requests S3 wants them on, and are signed like every x-amz-* header.
    void encryptionHeadersAreSentAndSigned()
    {
        QMutex mutex;
        QHash<QByteArray, LoopbackHttpServer::Request> seen; // "METHOD target" -> request
        LoopbackHttpServer server([&](const LoopbackHttpServer::Request &r, int) {
            QMutexLocker lock(&mutex);
            seen.insert(r.method + ' ' + r.target, r);
            return LoopbackHttpServer::respond(200, r.method == "GET" && r.target.contains("list-type")
                                                        ? "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>"
                                                        : "ok");
        });
        auto find = [&](const QByteArray &prefix) {
            QMutexLocker lock(&mutex);
            for (auto it = seen.cbegin(); it != seen.cend(); ++it)
                if (it.key().startsWith(prefix))
                    return it.value();
            return LoopbackHttpServer::Request{};
        };
        S3Endpoint sseS3 = endpointAt(server.port());
        sseS3.serverSideEncryption = QStringLiteral("AES256");
        S3Client a(sseS3, {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        QVERIFY(a.putObject(QStringLiteral("put-s3"), "x"));
        QVERIFY(a.getObject(QStringLiteral("get-s3")));
        const LoopbackHttpServer::Request put = find("PUT /b/put-s3");
        QCOMPARE(put.header("x-amz-server-side-encryption"), QByteArray("AES256"));
        QVERIFY(put.header("Authorization").contains("x-amz-server-side-encryption"));
        QVERIFY(find("GET /b/get-s3").header("x-amz-server-side-encryption").isEmpty()); // a read never names SSE-S3

        S3Endpoint sseC = endpointAt(server.port());
        sseC.customerKey = QByteArray(32, '\x2a');
        S3Client c(sseC, {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        QVERIFY(c.getObject(QStringLiteral("get-c")));
        QVERIFY(c.listObjects(QString()));
        const LoopbackHttpServer::Request get = find("GET /b/get-c");
        QCOMPARE(get.header("x-amz-server-side-encryption-customer-algorithm"), QByteArray("AES256"));
        QCOMPARE(QByteArray::fromBase64(get.header("x-amz-server-side-encryption-customer-key")), sseC.customerKey);
        QCOMPARE(QByteArray::fromBase64(get.header("x-amz-server-side-encryption-customer-key-MD5")),
                 QCryptographicHash::hash(sseC.customerKey, QCryptographicHash::Md5));
        QVERIFY(get.header("Authorization").contains("x-amz-server-side-encryption-customer-key-md5"));
        QVERIFY(find("GET /b?list-type").header("x-amz-server-side-encryption-customer-key").isEmpty());
    }

    void refusedConnectionsAreRetried()
    {
        quint16 port = 0;
        {
            LoopbackHttpServer gone([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::close(); });
            port = gone.port(); // free again once it is closed
        }
        S3Client client(endpointAt(port), {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        const Result<S3ObjectInfo> head = client.headObject(QStringLiteral("k"));
        QCOMPARE(head.error().code, Error::Code::Io);
        QCOMPARE(client.attempts(), 4);
    }

    void backoffStaysWithinItsBounds()
    {
        S3Endpoint e;
        e.retryBaseDelayMs = 100;
        e.retryMaxDelayMs = 1000;
        for (int i = 0; i < 200; ++i) {
            const int first = S3Retry::delayMs(e, 1), third = S3Retry::delayMs(e, 3), late = S3Retry::delayMs(e, 40);
            QVERIFY(first >= 0 && first <= 100);
            QVERIFY(third >= 0 && third <= 400);
            QVERIFY(late >= 0 && late <= 1000);
            const int told = S3Retry::delayMs(e, 1, 700); // Retry-After is honoured, within the cap
            QVERIFY(told >= 700 && told <= 1000);
            QCOMPARE(S3Retry::delayMs(e, 1, 5000), 1000);
        }
        QVERIFY(!S3Retry::isRetryable(400) && !S3Retry::isRetryable(403) && !S3Retry::isRetryable(404));
        QVERIFY(S3Retry::isRetryable(0) && S3Retry::isRetryable(500) && S3Retry::isRetryable(503) && S3Retry::isRetryable(429));
    }

    void cancelEndsTheBackoff()
    {
        LoopbackHttpServer server([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::respond(503); });
        S3Endpoint e = endpointAt(server.port());
        e.maxAttempts = 10;
        e.retryBaseDelayMs = 4000; // long waits: only the cancel can end this quickly
        e.retryMaxDelayMs = 4000;
        S3Client client(e, {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        Feedback feedback;
        client.setFeedback(&feedback);
        std::thread canceller([&feedback] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            feedback.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> got = client.getObject(QStringLiteral("k"));
        canceller.join();
        QCOMPARE(got.error().code, Error::Code::Cancelled);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelAbortsARequestInFlight()
    {
        LoopbackHttpServer server([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::stall(); });
        S3Endpoint e = endpointAt(server.port());
        e.timeoutMs = 30000;
        S3Client client(e, {QStringLiteral("AK"), QStringLiteral("SK"), {}});
        Feedback feedback;
        client.setFeedback(&feedback);
        std::thread canceller([&feedback] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            feedback.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> got = client.getObject(QStringLiteral("k"));
        canceller.join();
        QCOMPARE(got.error().code, Error::Code::Cancelled);
        QCOMPARE(client.attempts(), 1);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestS3Retry)
#include "test_s3retry.moc"
