// S3Client against a real S3 server on 127.0.0.1 (s3rver from tests/package.json, started by
// S3rverFixture), with awscli and rclone as independent clients reading what Urbis writes and
// writing what Urbis reads. s3rver does not verify SigV4 signatures (only the access key):
// test_sigv4signer checks them against AWS's published cases.
#include "storage/s3/s3client.h"
#include "util/sha256.h"
#include "s3rverfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using namespace urbis::s3;

namespace {

// s3rver's built-in account.
const QString kKey = S3rverFixture::key, kSecret = S3rverFixture::secret;
const QString kBucket = QStringLiteral("urbis-test");

QByteArray payload(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char((i * 131 + i / 7) & 0xff);
    return b;
}

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;
    int m_port = 0;

    S3Endpoint endpoint() const { return m_s3rver.endpoint(kBucket); }

    // Runs a peer CLI with s3rver's credentials; returns stdout, or "<failed>" after a warning.
    QByteArray peer(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        return S3rverFixture::peer(program, args, m_dir.filePath(QStringLiteral("rclone.conf")), input);
    }

    QStringList rcloneRemote(const QString &path) const
    {
        return {QStringLiteral("--s3-provider=Other"), QStringLiteral("--s3-endpoint=http://127.0.0.1:%1").arg(m_port),
                QStringLiteral("--s3-access-key-id=") + kKey, QStringLiteral("--s3-secret-access-key=") + kSecret,
                QStringLiteral("--s3-region=us-east-1"), QStringLiteral("--s3-force-path-style=true"),
                QStringLiteral(":s3:") + kBucket + u'/' + path};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(m_dir.filePath(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_port = m_s3rver.port();
        S3Client client(endpoint(), {kKey, kSecret, {}});
        const Result<void> bucket = client.createBucket();
        QVERIFY2(bucket, qPrintable(bucket ? QString() : bucket.error().toString()));
        QVERIFY(client.createBucket()); // again: already ours is fine
    }

    void cleanupTestCase()
    {
        m_s3rver.stop();
    }

    void putGetHeadRoundTrip()
    {
        S3Client client(endpoint(), {kKey, kSecret, {}});
        const QByteArray data = payload(200000);
        const QString key = QStringLiteral("datasets/air quality ä+1.csv");
        const Result<S3ObjectInfo> put = client.putObject(key, data, {{QStringLiteral("dataset"), QStringLiteral("d-1")}});
        QVERIFY2(put, qPrintable(put ? QString() : put.error().toString()));
        QVERIFY(!put->etag.isEmpty());
        const Result<QByteArray> got = client.getObject(key);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->size(), data.size());
        QVERIFY(*got == data);
        const Result<QByteArray> range = client.getObject(key, std::pair<qint64, qint64>{10, 19});
        QVERIFY(range);
        QCOMPARE(*range, data.mid(10, 10));
        const Result<S3ObjectInfo> head = client.headObject(key);
        QVERIFY(head);
        QCOMPARE(head->size, qint64(data.size()));
        QCOMPARE(head->metadata.value(QStringLiteral("sha256")), Sha256::hex(data));
        QCOMPARE(head->metadata.value(QStringLiteral("dataset")), QStringLiteral("d-1"));
        QCOMPARE(head->etag, put->etag);
    }

    void copyObjectKeepsBytesAndMetadata()
    {
        S3Client client(endpoint(), {kKey, kSecret, {}});
        const QByteArray data = payload(70000);
        QVERIFY(client.putObject(QStringLiteral("copy/source.bin"), data, {{QStringLiteral("dataset"), QStringLiteral("d-2")}}));
        const Result<S3ObjectInfo> copied = client.copyObject(QStringLiteral("copy/source.bin"), QStringLiteral("copy/target ä.bin"));
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        QCOMPARE(copied->size, qint64(data.size()));
        QCOMPARE(copied->metadata.value(QStringLiteral("sha256")), Sha256::hex(data));
        QVERIFY(*client.getObject(QStringLiteral("copy/target ä.bin")) == data);
        const Result<S3ObjectInfo> missing = client.copyObject(QStringLiteral("copy/none.bin"), QStringLiteral("copy/x.bin"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void awsCliAndRcloneReadWhatUrbisWrites()
    {
        S3Client client(endpoint(), {kKey, kSecret, {}});
        const QByteArray data = payload(70000);
        QVERIFY(client.putObject(QStringLiteral("peers/urbis.bin"), data));
        const QString endpointUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        const QString target = m_dir.filePath(QStringLiteral("from-aws.bin"));
        QCOMPARE(peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), endpointUrl, QStringLiteral("s3"), QStringLiteral("cp"),
                                               QStringLiteral("s3://%1/peers/urbis.bin").arg(kBucket), target}) == "<failed>",
                 false);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == data);
        QVERIFY(peer(QStringLiteral("rclone"), QStringList{QStringLiteral("cat")} + rcloneRemote(QStringLiteral("peers/urbis.bin"))) == data);

        // And the other way: what the peers write, Urbis reads.
        const QString source = m_dir.filePath(QStringLiteral("to-aws.txt"));
        QFile out(source);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("written by awscli\n");
        out.close();
        QVERIFY(peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), endpointUrl, QStringLiteral("s3"), QStringLiteral("cp"), source,
                                              QStringLiteral("s3://%1/peers/aws.txt").arg(kBucket)}) != "<failed>");
        const Result<QByteArray> fromAws = client.getObject(QStringLiteral("peers/aws.txt"));
        QVERIFY2(fromAws, qPrintable(fromAws ? QString() : fromAws.error().toString()));
        QCOMPARE(*fromAws, QByteArray("written by awscli\n"));
        QVERIFY(peer(QStringLiteral("rclone"), QStringList{QStringLiteral("rcat")} + rcloneRemote(QStringLiteral("peers/rclone.txt")),
                     "written by rclone\n") != "<failed>");
        const Result<QByteArray> fromRclone = client.getObject(QStringLiteral("peers/rclone.txt"));
        QVERIFY(fromRclone);
        QCOMPARE(*fromRclone, QByteArray("written by rclone\n"));
    }

    void listingFollowsContinuationTokens()
    {
        S3Client client(endpoint(), {kKey, kSecret, {}});
        QStringList expected;
        for (int i = 0; i < 23; ++i) {
            const QString key = QStringLiteral("list/item-%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(client.putObject(key, QByteArray::number(i)));
            expected << key;
        }
        QVERIFY(client.putObject(QStringLiteral("listed-not/x"), "x"));
        const Result<QList<S3ObjectInfo>> listed = client.listObjects(QStringLiteral("list/"), 5);
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().toString()));
        QStringList keys;
        for (const S3ObjectInfo &o : *listed) {
            keys << o.key;
            QVERIFY(o.size > 0 && !o.etag.isEmpty() && o.lastModified.isValid());
        }
        QCOMPARE(keys, expected);
    }

    void errorsSayWhatHappened()
    {
        S3Client wrong(endpoint(), {QStringLiteral("NOT-A-KEY"), kSecret, {}});
        const Result<QByteArray> refused = wrong.getObject(QStringLiteral("peers/urbis.bin"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidData);
        QVERIFY2(refused.error().detail.contains(QLatin1String("InvalidAccessKeyId")), qPrintable(refused.error().detail));

        S3Client client(endpoint(), {kKey, kSecret, {}});
        const Result<S3ObjectInfo> missing = client.headObject(QStringLiteral("no/such/key"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(client.putObject(QStringLiteral("gone.txt"), "bye"));
        QVERIFY(client.deleteObject(QStringLiteral("gone.txt")));
        QCOMPARE(client.getObject(QStringLiteral("gone.txt")).error().code, Error::Code::NotFound);

        S3Endpoint closed = endpoint();
        closed.endpoint.setPort(1); // nothing listens there
        S3Client down(closed, {kKey, kSecret, {}});
        const Result<QByteArray> io = down.getObject(QStringLiteral("x"));
        QVERIFY(!io);
        QCOMPARE(io.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "test_s3client.moc"
