// A whole sync through FaultProxy (resets, stalls, truncated bodies, 503 SlowDown at random) in
// front of s3rver: every sync either goes through or reports failures with clear messages and
// loses nothing; the next sync resumes; in the end every blob in the bucket and in the pulling
// laptop's store has the sha256 its record names, and the STAC Items name only existing assets.
#include "catalog/datasetassets.h"
#include "storage/s3/s3client.h"
#include "storage/sync/remotelayout.h"
#include "storage/sync/syncengine.h"
#include "util/sha256.h"
#include "workspace/workspace.h"
#include "faultproxy.h"
#include "s3rverfixture.h"
#include "testbytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
inline QByteArray bytes(qint64 size, quint32 seed) { return testbytes::pattern(size, seed); }
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;

    s3::Credentials keys() const { return {S3rverFixture::key, S3rverFixture::secret, {}}; }

    SyncEngine engine(const QString &dataDir, const QString &bucket, quint16 port, bool withData) const
    {
        RemoteProfile p;
        p.name = QStringLiteral("team");
        p.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        p.bucket = bucket;
        p.prefix = QStringLiteral("shared/");
        SyncOptions o;
        o.partSize = 5 * 1024 * 1024;
        o.concurrency = 3;
        o.timeoutMs = 1500;
        o.retryBaseDelayMs = 20;
        o.withData = withData;
        return SyncEngine(dataDir, p, keys(), o);
    }

    // Syncs until one goes through; every failed one must say why. Returns the rounds needed.
    int syncUntilClean(const QString &dataDir, const QString &bucket, quint16 port, bool withData)
    {
        for (int round = 1; round <= 40; ++round) {
            Result<SyncReport> r = engine(dataDir, bucket, port, withData).run();
            if (r && !r->hasFailures())
                return round;
            if (!r) {
                if (r.error().message.isEmpty())
                    return -1;
                continue;
            }
            for (const SyncAction &a : r->actions)
                if (a.kind == SyncAction::Kind::Failed && a.detail.isEmpty())
                    return -1;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(m_dir.filePath(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    void syncsUnderFaultsEndWhole_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("scale"); // of the fault rates: 1 = about one request in five
        QTest::newRow("seed 11") << 11u << 1.0;
        QTest::newRow("seed 29") << 29u << 1.0;
        QTest::newRow("seed 5, three times the faults") << 5u << 3.0;
    }

    void syncsUnderFaultsEndWhole()
    {
        QFETCH(quint32, seed);
        QFETCH(double, scale);
        const QString bucket = QStringLiteral("faults-%1").arg(seed);
        QVERIFY(s3::S3Client(m_s3rver.endpoint(bucket), keys()).createBucket());
        const QString a = m_dir.filePath(QStringLiteral("a%1").arg(seed)), b = m_dir.filePath(QStringLiteral("b%1").arg(seed));
        QHash<QString, QByteArray> data; // sha256 -> bytes
        {
            Result<Workspace> wa = Workspace::open(a);
            QVERIFY(wa);
            const qint64 sizes[] = {12 * 1024 * 1024 + 5, 700000, 4096};
            for (int i = 0; i < 3; ++i) {
                const QByteArray d = bytes(sizes[i], seed * 7 + quint32(i));
                Result<ObjectInfo> blob = wa->store().putData(d);
                QVERIFY(blob);
                data.insert(blob->sha256, d);
                DatasetRecord r;
                r.title = QStringLiteral("Dataset %1").arg(i);
                r.description = QStringLiteral("under faults");
                r.source = QStringLiteral("test");
                r.license = QStringLiteral("CC0-1.0");
                r.city = i == 2 ? QStringLiteral("Gdynia") : QStringLiteral("Trikala");
                r.sha256 = blob->sha256;
                r.byteSize = d.size();
                r.mediaType = DatasetAssets::geoPackageMediaType();
                r.assets << AssetInfo{QStringLiteral("data"), r.title, r.mediaType, blob->sha256, d.size()};
                QVERIFY(wa->catalog().insert(r));
            }
        }
        FaultProxy::Mix mix;
        mix.reset = 0.06 * scale;
        mix.stall = 0.02 * scale;
        mix.truncate = 0.06 * scale;
        mix.slowDown = 0.08 * scale;
        {
            FaultProxy proxy(quint16(m_s3rver.port()), seed, mix);
            const int rounds = syncUntilClean(a, bucket, proxy.port(), false);
            QVERIFY2(rounds > 0, qPrintable(QStringLiteral("push: rounds %1; %2").arg(rounds).arg(proxy.summary())));
            qInfo("push went through in %d sync(s); %s", rounds, qPrintable(proxy.summary()));
        }
        // Straight from s3rver: every blob whole, every Item's assets there.
        s3::S3Client direct(m_s3rver.endpoint(bucket), keys());
        const RemoteLayout layout(QStringLiteral("shared/"));
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            Result<QByteArray> got = direct.getObject(layout.blobKey(it.key()));
            QVERIFY(got);
            QCOMPARE(Sha256::hex(*got), it.key());
        }
        Result<QList<s3::S3ObjectInfo>> items = direct.listObjects(layout.itemsPrefix());
        QVERIFY(items);
        QCOMPARE(items->size(), 3);
        for (const s3::S3ObjectInfo &o : *items) {
            const QJsonObject item = QJsonDocument::fromJson(*direct.getObject(o.key)).object();
            for (const QJsonValue &asset : item.value(QStringLiteral("assets")).toObject())
                QVERIFY(direct.headObject(RemoteLayout::resolve(o.key, asset.toObject().value(QStringLiteral("href")).toString())));
        }
        QVERIFY(direct.headObject(layout.catalogKey()));

        // The other laptop pulls everything with its data through the same kind of trouble.
        {
            FaultProxy proxy(quint16(m_s3rver.port()), seed + 1000, mix);
            const int rounds = syncUntilClean(b, bucket, proxy.port(), true);
            QVERIFY2(rounds > 0, qPrintable(QStringLiteral("pull: rounds %1; %2").arg(rounds).arg(proxy.summary())));
            qInfo("pull went through in %d sync(s); %s", rounds, qPrintable(proxy.summary()));
        }
        Result<Workspace> wb = Workspace::open(b);
        QVERIFY(wb);
        QCOMPARE(*wb->catalog().count(), qint64(3));
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            Result<QByteArray> got = wb->store().read(it.key()); // read() checks the hash too
            QVERIFY2(got, qPrintable(it.key()));
            QVERIFY(*got == it.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_syncfaults.moc"
