// S3Downloader: parallel ranged GETs from s3rver into a temporary file, verified against
// x-amz-meta-sha256 and renamed into place; a damaged or short answer (from a scripted loopback
// server) and a cancel leave nothing at the target and no temporary file behind.
#include "storage/s3/s3client.h"
#include "storage/s3/s3downloader.h"
#include "util/feedback.h"
#include "util/sha256.h"
#include "loopbackhttpserver.h"
#include "s3rverfixture.h"
#include "testbytes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace urbis;
using namespace urbis::s3;

namespace {
using testbytes::pattern;
using testbytes::readAll;

const QString kBucket = QStringLiteral("urbis-download");

// A fake S3 serving one object: HEAD says `stored` (size and sha256), GETs send ranges of `served`.
LoopbackHttpServer::Handler serving(const QByteArray &stored, const QByteArray &served)
{
    return [stored, served](const LoopbackHttpServer::Request &r, int) {
        const QList<std::pair<QByteArray, QByteArray>> meta{{"ETag", "\"e1\""}, {"x-amz-meta-sha256", Sha256::hex(stored).toLatin1()}};
        if (r.method == "HEAD")
            return LoopbackHttpServer::respond(200, stored, meta, true);
        const QByteArray range = r.header("Range").mid(6); // "bytes=a-b"
        const qint64 first = range.split('-').value(0).toLongLong(), last = range.split('-').value(1).toLongLong();
        return LoopbackHttpServer::respond(206, served.mid(first, last - first + 1), meta);
    };
}

} // namespace

class TestS3Downloader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;

    Credentials credentials() const { return {S3rverFixture::key, S3rverFixture::secret, {}}; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static S3Downloader::Options smallRanges()
    {
        S3Downloader::Options o;
        o.chunkSize = 256 * 1024;
        o.concurrency = 4;
        return o;
    }

    // Only the named files in `dir`: no temporary file stayed behind.
    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(path(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).createBucket());
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    void rangesAreJoinedAndVerified_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("exactly four ranges") << qint64(4 * 256 * 1024);
        QTest::newRow("ragged end") << qint64(3 * 1024 * 1024 + 123);
    }

    void rangesAreJoinedAndVerified()
    {
        QFETCH(qint64, size);
        const QByteArray data = pattern(size, quint32(size) + 1);
        const QString key = QStringLiteral("ranges/%1.bin").arg(size);
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).putObject(key, data));
        const QString target = path(QStringLiteral("out/%1.bin").arg(size));
        Feedback feedback;
        const Result<S3ObjectInfo> got = S3Downloader(m_s3rver.endpoint(kBucket), credentials(), smallRanges()).download(key, target, &feedback);
        QVERIFY2(got, qPrintable(got.error().toString()));
        QCOMPARE(got->size, size);
        QCOMPARE(feedback.progress(), 100.0);
        QVERIFY(readAll(target) == data);
        QVERIFY(!filesIn(path(QStringLiteral("out"))).join(u' ').contains(QLatin1String(".part")));
    }

    void objectsOfOtherToolsNeedNoChecksum()
    {
        const QString source = path(QStringLiteral("by-aws.txt"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("written by awscli, no sha256\n");
        f.close();
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"),
                                                           source, QStringLiteral("s3://%1/by-aws.txt").arg(kBucket)},
                                    path(QStringLiteral("rclone.conf"))) != "<failed>");
        const QString target = path(QStringLiteral("out/by-aws.txt"));
        QVERIFY(S3Downloader(m_s3rver.endpoint(kBucket), credentials(), smallRanges()).download(QStringLiteral("by-aws.txt"), target));
        QCOMPARE(readAll(target), QByteArray("written by awscli, no sha256\n"));
        S3Downloader::Options strict = smallRanges();
        strict.requireChecksum = true;
        const QString refused = path(QStringLiteral("out/by-aws-strict.txt"));
        QCOMPARE(S3Downloader(m_s3rver.endpoint(kBucket), credentials(), strict).download(QStringLiteral("by-aws.txt"), refused).error().code,
                 Error::Code::Corrupt);
        QVERIFY(!QFile::exists(refused));
    }

    void damagedBodyIsAnErrorAndLeavesNothing_data()
    {
        QTest::addColumn<QByteArray>("served");
        QTest::addColumn<int>("code");
        const QByteArray stored = pattern(1024 * 1024 + 7, 5);
        QByteArray flipped = stored;
        flipped[700000] = char(flipped[700000] ^ 0x01);
        QTest::newRow("one bit flipped") << flipped << int(Error::Code::Corrupt);
        QTest::newRow("cut short") << stored.left(stored.size() - 1000) << int(Error::Code::Corrupt);
    }

    void damagedBodyIsAnErrorAndLeavesNothing()
    {
        QFETCH(QByteArray, served);
        QFETCH(int, code);
        const QByteArray stored = pattern(1024 * 1024 + 7, 5);
        LoopbackHttpServer server(serving(stored, served));
        const QString dir = path(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(dir));
        const QString target = dir + QStringLiteral("/object.bin");
        QFile::remove(target);
        const Result<S3ObjectInfo> got =
            S3Downloader(m_s3rver.endpoint(kBucket, server.port()), credentials(), smallRanges()).download(QStringLiteral("object.bin"), target);
        QVERIFY(!got);
        QCOMPARE(int(got.error().code), code);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(filesIn(dir), QStringList());

        // The same answers with the true bytes succeed: the fake server itself is sound.
        LoopbackHttpServer sound(serving(stored, stored));
        QVERIFY(S3Downloader(m_s3rver.endpoint(kBucket, sound.port()), credentials(), smallRanges()).download(QStringLiteral("object.bin"), target));
        QVERIFY(readAll(target) == stored);
        QVERIFY(QFile::remove(target));
    }

    void failureKeepsTheOldTarget()
    {
        const QString target = path(QStringLiteral("out/kept.bin"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous version");
        old.close();
        const QByteArray stored = pattern(600000, 8);
        QByteArray wrong = stored;
        wrong[0] = char(wrong[0] ^ 0xff);
        LoopbackHttpServer server(serving(stored, wrong));
        QCOMPARE(S3Downloader(m_s3rver.endpoint(kBucket, server.port()), credentials(), smallRanges()).download(QStringLiteral("x"), target).error().code,
                 Error::Code::Corrupt);
        QCOMPARE(readAll(target), QByteArray("previous version"));
    }

    void cancelLeavesNothing()
    {
        const QByteArray data = pattern(3 * 1024 * 1024, 11);
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).putObject(QStringLiteral("slow.bin"), data));
        const QString dir = path(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(dir));
        S3Downloader::Options o = smallRanges();
        o.bytesPerSecond = 1024 * 1024; // 3 s unless cancelled
        Feedback feedback;
        std::thread canceller([&feedback] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            feedback.cancel();
        });
        const Result<S3ObjectInfo> got =
            S3Downloader(m_s3rver.endpoint(kBucket), credentials(), o).download(QStringLiteral("slow.bin"), dir + QStringLiteral("/slow.bin"), &feedback);
        canceller.join();
        QCOMPARE(got.error().code, Error::Code::Cancelled);
        QCOMPARE(filesIn(dir), QStringList());
    }

    void missingObjectIsNotFound()
    {
        const QString target = path(QStringLiteral("out/missing.bin"));
        QCOMPARE(S3Downloader(m_s3rver.endpoint(kBucket), credentials(), smallRanges()).download(QStringLiteral("no/such.bin"), target).error().code,
                 Error::Code::NotFound);
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestS3Downloader)
#include "test_s3downloader.moc"
