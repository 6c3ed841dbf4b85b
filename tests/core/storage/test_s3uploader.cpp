// S3Uploader against s3rver on 127.0.0.1: a 23 MiB file in 5 MiB parts over 3 parallel requests,
// read back byte-identical by `aws s3 cp` and by S3Downloader; a cancel aborts the multipart
// upload; a "crashed" upload (cancelled without abort) is resumed by a new uploader that sends only
// the missing parts, counted by a recording proxy between the uploader and s3rver.
#include "storage/s3/s3client.h"
#include "storage/s3/s3downloader.h"
#include "storage/s3/s3uploader.h"
#include "util/feedback.h"
#include "util/sha256.h"
#include "loopbackhttpserver.h"
#include "s3rverfixture.h"
#include "testbytes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using namespace urbis::s3;

namespace {
using testbytes::pattern;
using testbytes::readAll;
using testbytes::writeFile;

const QString kBucket = QStringLiteral("urbis-upload");
constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestS3Uploader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;
    QString m_big; // 23 MiB
    QByteArray m_bigData;

    Credentials credentials() const { return {S3rverFixture::key, S3rverFixture::secret, {}}; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static S3Uploader::Options partsOf5MiB(int concurrency)
    {
        S3Uploader::Options o;
        o.partSize = 5 * kMiB;
        o.concurrency = concurrency;
        return o;
    }

    // A proxy in front of s3rver that records every request.
    std::unique_ptr<LoopbackHttpServer> recordingProxy() const
    {
        return std::make_unique<LoopbackHttpServer>([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::forward(); },
                                                    quint16(m_s3rver.port()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(path(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(S3Client(m_s3rver.endpoint(kBucket), credentials()).createBucket());
        m_big = path(QStringLiteral("city-23mib.gpkg"));
        m_bigData = pattern(23 * kMiB, 23);
        QVERIFY(writeFile(m_big, m_bigData));
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    void multipartIsReadBackByPeersAndDownloader()
    {
        S3Uploader uploader(m_s3rver.endpoint(kBucket), credentials(), partsOf5MiB(3));
        Feedback feedback;
        QElapsedTimer clock;
        clock.start();
        const Result<S3ObjectInfo> up = uploader.upload(m_big, QStringLiteral("datasets/city.gpkg"), &feedback);
        const qint64 uploadMs = clock.elapsed();
        QVERIFY2(up, qPrintable(up.error().toString()));
        QCOMPARE(uploader.partsSent(), 5); // 4 × 5 MiB + 3 MiB
        QCOMPARE(up->size, 23 * kMiB);
        QCOMPARE(feedback.progress(), 100.0);
        const QString sha = Sha256::hex(m_bigData);
        QCOMPARE(up->metadata.value(QStringLiteral("sha256")), sha);

        const Result<S3ObjectInfo> head = S3Client(m_s3rver.endpoint(kBucket), credentials()).headObject(QStringLiteral("datasets/city.gpkg"));
        QVERIFY2(head, qPrintable(head.error().toString()));
        QCOMPARE(head->size, 23 * kMiB);
        QCOMPARE(head->metadata.value(QStringLiteral("sha256")), sha);

        const QString fromAws = path(QStringLiteral("from-aws.gpkg"));
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"),
                                    {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"),
                                     QStringLiteral("s3://%1/datasets/city.gpkg").arg(kBucket), fromAws},
                                    path(QStringLiteral("rclone.conf"))) != "<failed>");
        QVERIFY(readAll(fromAws) == m_bigData);

        S3Downloader::Options o;
        o.chunkSize = 4 * kMiB;
        o.concurrency = 3;
        o.requireChecksum = true;
        const QString fromUrbis = path(QStringLiteral("from-urbis.gpkg"));
        clock.restart();
        const Result<S3ObjectInfo> down = S3Downloader(m_s3rver.endpoint(kBucket), credentials(), o).download(QStringLiteral("datasets/city.gpkg"), fromUrbis);
        const qint64 downloadMs = clock.elapsed();
        QVERIFY2(down, qPrintable(down.error().toString()));
        QVERIFY(readAll(fromUrbis) == m_bigData);
        qInfo("23 MiB to s3rver on loopback: upload %lld ms (%.1f MB/s, 5 MiB parts × 3), download %lld ms (%.1f MB/s, 4 MiB ranges × 3)",
              uploadMs, 23 * kMiB / 1e3 / double(std::max<qint64>(1, uploadMs)), downloadMs,
              23 * kMiB / 1e3 / double(std::max<qint64>(1, downloadMs)));
    }

    void smallFileIsOnePut()
    {
        const QString small = path(QStringLiteral("small.csv"));
        const QByteArray data = pattern(300 * 1024, 7);
        QVERIFY(writeFile(small, data));
        const auto proxy = recordingProxy();
        S3Uploader uploader(m_s3rver.endpoint(kBucket, proxy->port()), credentials(), partsOf5MiB(4));
        const Result<S3ObjectInfo> up = uploader.upload(small, QStringLiteral("small.csv"));
        QVERIFY2(up, qPrintable(up.error().toString()));
        QCOMPARE(uploader.partsSent(), 0);
        QCOMPARE(proxy->requests(), QList<QByteArray>{"PUT /" + kBucket.toLatin1() + "/small.csv"});
        const Result<QByteArray> back = S3Client(m_s3rver.endpoint(kBucket), credentials()).getObject(QStringLiteral("small.csv"));
        QVERIFY2(back, qPrintable(back.error().toString())); // getObject checks x-amz-meta-sha256
        QVERIFY(*back == data);
    }

    void cancelAbortsTheUpload()
    {
        const auto proxy = recordingProxy();
        S3Uploader::Options o = partsOf5MiB(1);
        o.statePath = path(QStringLiteral("cancel.state.json"));
        S3Uploader uploader(m_s3rver.endpoint(kBucket, proxy->port()), credentials(), o);
        Feedback feedback;
        // Cancels from the uploading thread as soon as a part is acknowledged.
        QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&feedback](double p) { if (p > 0) feedback.cancel(); },
                         Qt::DirectConnection);
        // s3rver lacks AbortMultipartUpload (405); real S3, MinIO and Ceph have it.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not abort the multipart upload.*405")));
        const Result<S3ObjectInfo> up = uploader.upload(m_big, QStringLiteral("cancelled.gpkg"), &feedback);
        QCOMPARE(up.error().code, Error::Code::Cancelled);
        QVERIFY(uploader.partsSent() >= 1 && uploader.partsSent() < 5);
        QCOMPARE(proxy->count("POST", "?uploads"), 1);
        QCOMPARE(proxy->count("DELETE", "uploadId="), 1);   // AbortMultipartUpload was sent
        QCOMPARE(proxy->count("POST", "uploadId="), 0);     // never completed
        QVERIFY(!QFile::exists(o.statePath));               // nothing left to resume
        const Result<S3ObjectInfo> head = S3Client(m_s3rver.endpoint(kBucket), credentials()).headObject(QStringLiteral("cancelled.gpkg"));
        QCOMPARE(head.error().code, Error::Code::NotFound);
    }

    void resumeSendsOnlyMissingParts()
    {
        const auto proxy = recordingProxy();
        S3Uploader::Options o = partsOf5MiB(1);
        o.statePath = path(QStringLiteral("resume.state.json"));
        o.abortOnCancel = false; // stands in for a killed process: the upload and the state stay
        const QString key = QStringLiteral("resumed/city.gpkg");
        {
            S3Uploader first(m_s3rver.endpoint(kBucket, proxy->port()), credentials(), o);
            Feedback feedback;
            QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&feedback](double p) { if (p >= 40) feedback.cancel(); },
                             Qt::DirectConnection); // after 2 of 5 parts
            const Result<S3ObjectInfo> up = first.upload(m_big, key, &feedback);
            QCOMPARE(up.error().code, Error::Code::Cancelled);
            QCOMPARE(first.partsSent(), 2);
        }
        QCOMPARE(proxy->count("DELETE"), 0);
        QVERIFY(QFile::exists(o.statePath));
        const QJsonObject state = QJsonDocument::fromJson(readAll(o.statePath)).object();
        QCOMPARE(state.value(QLatin1String("parts")).toArray().size(), 2);
        const QString uploadId = state.value(QLatin1String("uploadId")).toString();
        QVERIFY(!uploadId.isEmpty());
        QCOMPARE(S3Client(m_s3rver.endpoint(kBucket), credentials()).headObject(key).error().code, Error::Code::NotFound);

        proxy->clear();
        o.concurrency = 2;
        S3Uploader second(m_s3rver.endpoint(kBucket, proxy->port()), credentials(), o);
        Feedback feedback;
        const Result<S3ObjectInfo> up = second.upload(m_big, key, &feedback);
        QVERIFY2(up, qPrintable(up.error().toString()));
        QCOMPARE(second.partsSent(), 3);
        QCOMPARE(proxy->count("PUT", "partNumber="), 3);
        QCOMPARE(proxy->count("PUT", "partNumber=1&"), 0);
        QCOMPARE(proxy->count("PUT", "partNumber=2&"), 0);
        QCOMPARE(proxy->count("POST", "?uploads"), 0);                    // the same upload, not a new one
        QCOMPARE(proxy->count("POST", "uploadId=" + uploadId.toLatin1()), 1); // completed
        QVERIFY(!QFile::exists(o.statePath));
        const Result<QByteArray> back = S3Client(m_s3rver.endpoint(kBucket), credentials()).getObject(key);
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(*back == m_bigData);
    }

    void changedFileStartsOver()
    {
        const QString file = path(QStringLiteral("changing.bin"));
        QVERIFY(writeFile(file, pattern(11 * kMiB, 3)));
        S3Uploader::Options o = partsOf5MiB(1);
        o.statePath = path(QStringLiteral("changing.state.json"));
        o.abortOnCancel = false;
        {
            S3Uploader first(m_s3rver.endpoint(kBucket), credentials(), o);
            Feedback feedback;
            QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&feedback](double p) { if (p > 0) feedback.cancel(); },
                             Qt::DirectConnection);
            QCOMPARE(first.upload(file, QStringLiteral("changing.bin"), &feedback).error().code, Error::Code::Cancelled);
        }
        const QByteArray changed = pattern(11 * kMiB + 5, 4);
        QTest::qWait(20); // a distinct modification time
        QVERIFY(writeFile(file, changed));
        S3Uploader second(m_s3rver.endpoint(kBucket), credentials(), o);
        const Result<S3ObjectInfo> up = second.upload(file, QStringLiteral("changing.bin"));
        QVERIFY2(up, qPrintable(up.error().toString()));
        QCOMPARE(second.partsSent(), 3); // all of them: the old parts belong to the old content
        const Result<QByteArray> back = S3Client(m_s3rver.endpoint(kBucket), credentials()).getObject(QStringLiteral("changing.bin"));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(*back == changed);
    }

    void bandwidthLimitHolds()
    {
        const QString file = path(QStringLiteral("limited.bin"));
        QVERIFY(writeFile(file, pattern(3 * kMiB, 9)));
        S3Uploader::Options o = partsOf5MiB(2);
        o.bytesPerSecond = 2 * kMiB;
        S3Uploader uploader(m_s3rver.endpoint(kBucket), credentials(), o);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(uploader.upload(file, QStringLiteral("limited.bin")));
        QVERIFY2(clock.elapsed() >= 1200, qPrintable(QString::number(clock.elapsed()))); // 3 MiB at 2 MiB/s
    }

    void missingFileIsAnError()
    {
        S3Uploader uploader(m_s3rver.endpoint(kBucket), credentials(), partsOf5MiB(1));
        QCOMPARE(uploader.upload(path(QStringLiteral("nope.bin")), QStringLiteral("nope.bin")).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestS3Uploader)
#include "test_s3uploader.moc"
