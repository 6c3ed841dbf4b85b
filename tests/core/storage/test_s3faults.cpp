// S3 transfers through FaultProxy, which resets connections, stalls, truncates answers and answers
// 503 SlowDown at random (seeded) in front of s3rver. Every transfer ends with the right bytes
// (checked by sha256 straight against s3rver) or with a clear error; a failed multipart upload is
// resumed by the next attempt without sending again the parts the server acknowledged; a failed
// download leaves the target as it was and no temporary file; a cut-short body is never data.
#include "storage/s3/s3client.h"
#include "storage/s3/s3downloader.h"
#include "storage/s3/s3uploader.h"
#include "util/sha256.h"
#include "faultproxy.h"
#include "s3rverfixture.h"
#include "testbytes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using namespace urbis::s3;

Q_DECLARE_METATYPE(FaultProxy::Mix)

namespace {
using testbytes::pattern;
using testbytes::readAll;
using testbytes::writeFile;

const QString kBucket = QStringLiteral("urbis-faults");
const QString kDownloadKey = QStringLiteral("faults/download.bin");
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kParts = 5; // 24 MiB in 5 MiB parts
const QString kEither = QStringLiteral("either"), kFails = QStringLiteral("fails"), kSucceeds = QStringLiteral("succeeds");

using Fault = FaultProxy::Fault;
using Where = FaultProxy::Mix::Where;

// `total` of the requests hit by some fault: 35 % resets, 15 % stalls, 25 % truncations, 25 % 503.
FaultProxy::Mix everything(double total)
{
    FaultProxy::Mix m;
    m.reset = 0.35 * total;
    m.stall = 0.15 * total;
    m.truncate = 0.25 * total;
    m.slowDown = 0.25 * total;
    return m;
}

// `fault` with probability `p` on the requests with one of `methods` whose head contains one of `parts`.
FaultProxy::Mix only(Fault fault, double p, QList<QByteArray> methods = {}, QList<QByteArray> parts = {}, Where where = Where::Anywhere)
{
    FaultProxy::Mix m;
    (fault == Fault::Reset ? m.reset : fault == Fault::Stall ? m.stall : fault == Fault::Truncate ? m.truncate : m.slowDown) = p;
    m.methods = std::move(methods);
    m.only = std::move(parts);
    m.resetWhere = where;
    return m;
}

// Why `e` is not a clear error, or empty: it must say something and name the key or the endpoint.
QString unclear(const Error &e, const QString &key, quint16 port)
{
    if (!e.isError())
        return QStringLiteral("no error");
    if (e.code == Error::Code::Internal || e.code == Error::Code::Cancelled)
        return QStringLiteral("not a transfer error: ") + e.toString();
    if (e.message.trimmed().isEmpty())
        return QStringLiteral("an empty message: ") + e.toString();
    if (!e.message.contains(key) && !e.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)))
        return QStringLiteral("the message names neither the key nor the endpoint: ") + e.toString();
    return {};
}

int faults(const FaultProxy &proxy)
{
    return int(proxy.records().size()) - proxy.count(Fault::None);
}

} // namespace

class TestS3Faults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;
    QString m_big; // 24 MiB
    QString m_bigSha;
    QByteArray m_download; // 6 MiB and a bit, stored as kDownloadKey

    Credentials credentials() const { return {S3rverFixture::key, S3rverFixture::secret, {}}; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    quint16 upstream() const { return quint16(m_s3rver.port()); }

    // Through `port` (a proxy) with short timeouts and waits, so faults cost little time.
    S3Endpoint endpoint(quint16 port, int maxAttempts) const
    {
        S3Endpoint e = m_s3rver.endpoint(kBucket, port);
        e.timeoutMs = 1500;
        e.retryBaseDelayMs = 20;
        e.retryMaxDelayMs = 200;
        e.maxAttempts = maxAttempts;
        return e;
    }

    // The object as s3rver holds it, read without the proxy: its stored and its actual sha256.
    void verifyStored(const QString &key, const QString &sha, qint64 size)
    {
        S3Client direct(m_s3rver.endpoint(kBucket), credentials());
        const Result<S3ObjectInfo> head = direct.headObject(key);
        QVERIFY2(head, qPrintable(head.error().toString()));
        QCOMPARE(head->size, size);
        QCOMPARE(head->metadata.value(QStringLiteral("sha256")), sha);
        const Result<QByteArray> body = direct.getObject(key);
        QVERIFY2(body, qPrintable(body.error().toString()));
        QCOMPARE(Sha256::hex(*body), sha);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(path(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).createBucket());
        m_big = path(QStringLiteral("city-24mib.gpkg"));
        const QByteArray big = pattern(24 * kMiB, 24);
        m_bigSha = Sha256::hex(big);
        QVERIFY(writeFile(m_big, big));
        m_download = pattern(6 * kMiB + 123, 6);
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).putObject(kDownloadKey, m_download));
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    // Without faults the proxy is invisible: 16 MiB each way, connections kept alive, all counted.
    void cleanProxyIsTransparent()
    {
        FaultProxy proxy(upstream(), 1, {});
        S3Client client(endpoint(proxy.port(), 1), credentials());
        const QByteArray big = pattern(16 * kMiB, 16);
        QVERIFY2(client.putObject(QStringLiteral("faults/clean-16mib.bin"), big), qPrintable(proxy.summary()));
        const Result<QByteArray> back = client.getObject(QStringLiteral("faults/clean-16mib.bin"));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(*back == big);
        for (int i = 0; i < 3; ++i) {
            const QString key = QStringLiteral("faults/clean-%1.bin").arg(i);
            QVERIFY(client.putObject(key, pattern(1000 + i, quint32(i))));
            const Result<S3ObjectInfo> head = client.headObject(key);
            QVERIFY2(head, qPrintable(head.error().toString()));
            QCOMPARE(head->size, 1000 + i);
        }
        const Result<QByteArray> range = client.getObject(kDownloadKey, std::pair<qint64, qint64>(10, 109));
        QVERIFY2(range, qPrintable(range.error().toString()));
        QVERIFY(*range == m_download.mid(10, 100));
        QCOMPARE(client.attempts(), 9);
        const QList<FaultProxy::Record> records = proxy.records();
        QCOMPARE(records.size(), 9);
        for (const FaultProxy::Record &r : records) {
            QVERIFY2(r.fault == Fault::None && r.upstream, r.method + ' ' + r.target);
            QVERIFY2(r.status == 200 || r.status == 206, r.method + ' ' + r.target + ' ' + QByteArray::number(r.status));
        }
        QCOMPARE(proxy.count("PUT", "/faults/clean-", true), 4);
        QVERIFY2(proxy.connections() < 9, qPrintable(QString::number(proxy.connections())));
    }

    void multipartUploadEndsWholeOrResumes_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<FaultProxy::Mix>("mix");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<QString>("outcome"); // "either", "fails" or "succeeds" on the first attempt
        QTest::newRow("every fault 20%, 5 attempts") << 6u << everything(0.20) << 5 << kEither;
        QTest::newRow("every fault 25%, 2 attempts") << 2u << everything(0.25) << 2 << kEither;
        QTest::newRow("resets and 503 on parts, 2 attempts") << 3u << [] {
            FaultProxy::Mix m = only(Fault::Reset, 0.15, {"PUT"});
            m.slowDown = 0.10;
            return m;
        }() << 2 << kEither;
        QTest::newRow("part 5 never arrives") << 4u << only(Fault::Reset, 1, {"PUT"}, {"partNumber=5&"}, Where::Request) << 2 << kFails;
        // The server assembles the object, but the answer is lost every time...
        QTest::newRow("completion answers lost") << 5u << only(Fault::Reset, 1, {"POST"}, {"?uploadId="}, Where::Response) << 3 << kSucceeds;
        // ... and so are the answers to the HEAD that would find the object complete: the next attempt must.
        QTest::newRow("completion and HEAD answers lost")
            << 7u << only(Fault::Reset, 1, {"POST", "HEAD"}, {"?uploadId=", "HEAD "}, Where::Response) << 2 << kFails;
    }

    void multipartUploadEndsWholeOrResumes()
    {
        QFETCH(quint32, seed);
        QFETCH(FaultProxy::Mix, mix);
        QFETCH(int, maxAttempts);
        QFETCH(QString, outcome);
        const QString key = QStringLiteral("faults/upload-%1.bin").arg(seed);
        S3Uploader::Options o;
        o.partSize = 5 * kMiB;
        o.concurrency = 3;
        o.abortOnCancel = false;
        o.statePath = path(QStringLiteral("upload-%1.state.json").arg(seed));

        QElapsedTimer clock;
        clock.start();
        FaultProxy proxy(upstream(), seed, mix);
        Result<S3ObjectInfo> up = S3Uploader(endpoint(proxy.port(), maxAttempts), credentials(), o).upload(m_big, key);
        qInfo("first attempt %s in %lld ms; %s", up ? "succeeded" : qPrintable(QStringLiteral("failed: ") + up.error().toString()), clock.elapsed(),
              qPrintable(proxy.summary()));
        QVERIFY2(faults(proxy) > 0, "no fault was injected: pick another seed");
        QVERIFY2(outcome != kFails || !up, "the upload should have failed");
        QVERIFY2(outcome != kSucceeds || up, qPrintable(up.error().toString()));
        if (!up) {
            const QString why = unclear(up.error(), key, proxy.port());
            QVERIFY2(why.isEmpty(), qPrintable(why));
            // The parts the server acknowledged, as recorded for the next attempt.
            QSet<int> acked;
            const QJsonObject state = QJsonDocument::fromJson(readAll(o.statePath)).object();
            for (const QJsonValue &p : state.value(QLatin1String("parts")).toArray())
                acked.insert(p.toObject().value(QLatin1String("number")).toInt());
            if (outcome == kFails)
                QVERIFY2(!acked.isEmpty(), "no part was acknowledged before the failure: the resume proves nothing");

            clock.restart();
            FaultProxy::Mix calmer;
            calmer.reset = 0.03;
            calmer.slowDown = 0.05;
            FaultProxy calm(upstream(), seed + 100, calmer);
            S3Uploader second(endpoint(calm.port(), 6), credentials(), o);
            up = second.upload(m_big, key);
            qInfo("resumed with %lld parts acknowledged before: %s in %lld ms; %s", qint64(acked.size()),
                  up ? "succeeded" : qPrintable(QStringLiteral("failed: ") + up.error().toString()), clock.elapsed(), qPrintable(calm.summary()));
            QVERIFY2(up, qPrintable(up.error().toString()));
            for (int n = 1; n <= kParts; ++n) {
                const int reached = calm.count("PUT", "partNumber=" + QByteArray::number(n) + '&', true);
                if (acked.contains(n))
                    QVERIFY2(reached == 0, qPrintable(QStringLiteral("part %1 was acknowledged before, yet sent again").arg(n)));
                else
                    QVERIFY2(reached >= 1, qPrintable(QStringLiteral("part %1 was missing, yet not sent").arg(n)));
            }
            QCOMPARE(second.partsSent(), kParts - int(acked.size()));
            if (!acked.isEmpty())
                QCOMPARE(calm.count("POST", "?uploads"), 0); // the same upload, not a new one
        }
        QCOMPARE(up->metadata.value(QStringLiteral("sha256")), m_bigSha);
        QVERIFY(!QFile::exists(o.statePath));
        verifyStored(key, m_bigSha, 24 * kMiB);
    }

    void rangedDownloadEndsWholeOrUntouched_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<FaultProxy::Mix>("mix");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<QString>("outcome"); // "either", "fails" or "succeeds" on the first attempt
        QTest::newRow("every fault 20%, 5 attempts") << 11u << everything(0.20) << 5 << kEither;
        QTest::newRow("every fault 30%, 2 attempts") << 12u << everything(0.30) << 2 << kEither;
        QTest::newRow("answers reset or stalled, 3 attempts") << 13u << [] {
            FaultProxy::Mix m = only(Fault::Reset, 0.15, {}, {}, Where::Response);
            m.stall = 0.08;
            return m;
        }() << 3 << kEither;
        QTest::newRow("first range never arrives") << 14u << only(Fault::Reset, 1, {"GET"}, {"bytes=0-"}) << 2 << kFails;
    }

    void rangedDownloadEndsWholeOrUntouched()
    {
        QFETCH(quint32, seed);
        QFETCH(FaultProxy::Mix, mix);
        QFETCH(int, maxAttempts);
        QFETCH(QString, outcome);
        const QString dir = path(QStringLiteral("download-%1").arg(seed));
        QVERIFY(QDir().mkpath(dir));
        const QString target = dir + QStringLiteral("/city.bin");
        QVERIFY(writeFile(target, "previous version"));
        S3Downloader::Options o;
        o.chunkSize = 512 * 1024;
        o.concurrency = 3;
        o.requireChecksum = true;

        QElapsedTimer clock;
        clock.start();
        FaultProxy proxy(upstream(), seed, mix);
        const Result<S3ObjectInfo> got = S3Downloader(endpoint(proxy.port(), maxAttempts), credentials(), o).download(kDownloadKey, target);
        qInfo("download %s in %lld ms; %s", got ? "succeeded" : qPrintable(QStringLiteral("failed: ") + got.error().toString()), clock.elapsed(),
              qPrintable(proxy.summary()));
        QVERIFY2(faults(proxy) > 0, "no fault was injected: pick another seed");
        QVERIFY2(outcome != kFails || !got, "the download should have failed");
        QVERIFY2(outcome != kSucceeds || got, qPrintable(got.error().toString()));
        if (got) {
            QCOMPARE(got->metadata.value(QStringLiteral("sha256")), Sha256::hex(m_download));
            QCOMPARE(Sha256::hex(readAll(target)), Sha256::hex(m_download));
        } else {
            const QString why = unclear(got.error(), kDownloadKey, proxy.port());
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(readAll(target), QByteArray("previous version"));
        }
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{QStringLiteral("city.bin")});
    }

    void truncatedBodyIsNeverData_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("ranged download") << QStringLiteral("download") << 3;
        QTest::newRow("whole object") << QStringLiteral("get") << 2;
        QTest::newRow("one range") << QStringLiteral("range") << 3;
    }

    void truncatedBodyIsNeverData()
    {
        QFETCH(QString, call);
        QFETCH(int, maxAttempts);
        FaultProxy proxy(upstream(), 21, only(Fault::Truncate, 1, {"GET"}));
        if (call == u"download") {
            const QString dir = path(QStringLiteral("truncated"));
            QVERIFY(QDir().mkpath(dir));
            const QString target = dir + QStringLiteral("/city.bin");
            QVERIFY(writeFile(target, "previous version"));
            S3Downloader::Options o;
            o.chunkSize = 1024 * 1024;
            o.concurrency = 3;
            const Result<S3ObjectInfo> got = S3Downloader(endpoint(proxy.port(), maxAttempts), credentials(), o).download(kDownloadKey, target);
            QVERIFY2(!got, "a truncated body was accepted");
            QCOMPARE(got.error().code, Error::Code::Io);
            const QString why = unclear(got.error(), kDownloadKey, proxy.port());
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(readAll(target), QByteArray("previous version"));
            QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{QStringLiteral("city.bin")});
            QVERIFY2(proxy.count(Fault::Truncate) >= maxAttempts, qPrintable(proxy.summary()));
            return;
        }
        S3Client client(endpoint(proxy.port(), maxAttempts), credentials());
        std::optional<std::pair<qint64, qint64>> range;
        if (call == u"range")
            range = std::pair<qint64, qint64>(1000, 300999);
        const Result<QByteArray> got = client.getObject(kDownloadKey, range);
        QVERIFY2(!got, "a truncated body was accepted");
        QCOMPARE(got.error().code, Error::Code::Io);
        const QString why = unclear(got.error(), kDownloadKey, proxy.port());
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(client.attempts(), maxAttempts);
        QCOMPARE(proxy.count(Fault::Truncate), maxAttempts);
    }

    void slowDownUsesEveryAttempt_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("GET, 1 attempt") << QByteArray("GET") << 1;
        QTest::newRow("GET, 3 attempts") << QByteArray("GET") << 3;
        QTest::newRow("PUT, 4 attempts") << QByteArray("PUT") << 4;
        QTest::newRow("HEAD, 2 attempts") << QByteArray("HEAD") << 2;
    }

    void slowDownUsesEveryAttempt()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, maxAttempts);
        FaultProxy proxy(upstream(), 31, only(Fault::SlowDown, 1));
        S3Client client(endpoint(proxy.port(), maxAttempts), credentials());
        const QString key = QStringLiteral("faults/busy.bin");
        QElapsedTimer clock;
        clock.start();
        Error e;
        if (method == "GET")
            e = client.getObject(key).error();
        else if (method == "PUT")
            e = client.putObject(key, pattern(70000, 31)).error();
        else
            e = client.headObject(key).error();
        QVERIFY2(clock.elapsed() < 200 * maxAttempts + 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(e.code, Error::Code::Io);
        QCOMPARE(client.attempts(), maxAttempts);
        QCOMPARE(proxy.count(Fault::SlowDown), maxAttempts);
        QCOMPARE(proxy.count(method, "", true), 0); // none reached s3rver
        QVERIFY2(e.message.contains(QLatin1String("busy")), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(key), qPrintable(e.toString()));
        if (method != "HEAD") // a HEAD answer has no body to name S3's error code
            QVERIFY2(e.detail.contains(QLatin1String("SlowDown")), qPrintable(e.toString()));
        if (maxAttempts > 1)
            QVERIFY2(e.detail.contains(QStringLiteral("after %1 attempts").arg(maxAttempts)), qPrintable(e.toString()));
    }

    void smallObjectsEndWholeOrFail_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<FaultProxy::Mix>("mix");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("every fault 25%, 4 attempts") << 41u << everything(0.25) << 4;
        QTest::newRow("every fault 40%, 2 attempts") << 42u << everything(0.40) << 2;
        QTest::newRow("resets anywhere 30%, 2 attempts") << 43u << only(Fault::Reset, 0.30) << 2;
    }

    void smallObjectsEndWholeOrFail()
    {
        QFETCH(quint32, seed);
        QFETCH(FaultProxy::Mix, mix);
        QFETCH(int, maxAttempts);
        FaultProxy proxy(upstream(), seed, mix);
        S3Client client(endpoint(proxy.port(), maxAttempts), credentials());
        S3Client direct(m_s3rver.endpoint(kBucket), credentials());
        int stored = 0, refused = 0, read = 0, unread = 0;
        for (int i = 0; i < 10; ++i) {
            const QString key = QStringLiteral("faults/small-%1-%2.bin").arg(seed).arg(i);
            const QByteArray data = pattern(1 + i * 23000 + seed, seed * 100 + quint32(i));
            const Result<S3ObjectInfo> put = client.putObject(key, data);
            if (put) {
                ++stored;
            } else {
                ++refused;
                const QString why = unclear(put.error(), key, proxy.port());
                QVERIFY2(why.isEmpty(), qPrintable(why));
            }
            // On s3rver: the whole object, or (after a failed PUT) nothing or the whole object
            // (a PUT that took effect and lost its answer).
            const Result<QByteArray> there = direct.getObject(key);
            if (put || there) {
                QVERIFY2(there, qPrintable(there.error().toString()));
                QVERIFY(*there == data);
            } else {
                QCOMPARE(there.error().code, Error::Code::NotFound);
                continue;
            }
            const Result<QByteArray> back = client.getObject(key); // through the faults
            if (back) {
                ++read;
                QVERIFY(*back == data);
            } else {
                ++unread;
                const QString why = unclear(back.error(), key, proxy.port());
                QVERIFY2(why.isEmpty(), qPrintable(why));
            }
        }
        qInfo("%d stored, %d refused, %d read back, %d not; %s", stored, refused, read, unread, qPrintable(proxy.summary()));
        QVERIFY2(faults(proxy) > 0, "no fault was injected: pick another seed");
    }
};

QTEST_GUILESS_MAIN(TestS3Faults)
#include "test_s3faults.moc"
