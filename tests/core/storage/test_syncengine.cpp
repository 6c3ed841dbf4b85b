// SyncEngine against s3rver on 127.0.0.1 with two data dirs ("two laptops") on one bucket: what one
// pushes is read byte-identical by awscli and rclone and pulled by the other; offline edits on both
// sides in both orders lose nothing and surface conflicts; every resolution keeps what it promises;
// a dataset written into the bucket by awscli (blob + a STAC Item made here) is pulled; the STAC
// catalog in the bucket is valid JSON and every asset it names exists.
#include "catalog/datasetassets.h"
#include "storage/s3/s3client.h"
#include "storage/sync/remotelayout.h"
#include "storage/sync/syncengine.h"
#include "util/sha256.h"
#include "workspace/workspace.h"
#include "s3rverfixture.h"
#include "testbytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
inline QByteArray bytes(qint64 size, quint32 seed) { return testbytes::pattern(size, seed); }
using testbytes::readAll;

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;
    int m_bucketNo = 0;
    QString m_bucket;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    s3::Credentials keys() const { return {S3rverFixture::key, S3rverFixture::secret, {}}; }

    RemoteProfile profile(const QString &prefix = QStringLiteral("city/")) const
    {
        RemoteProfile p;
        p.name = QStringLiteral("team");
        p.endpoint = QUrl(m_s3rver.url());
        p.bucket = m_bucket;
        p.prefix = prefix;
        return p;
    }

    SyncEngine engine(const QString &dataDir, SyncOptions o = {}) const
    {
        o.partSize = 5 * 1024 * 1024;
        return SyncEngine(dataDir, profile(), keys(), o);
    }

    s3::S3Client client() const
    {
        s3::S3Endpoint e = m_s3rver.endpoint(m_bucket);
        return s3::S3Client(e, keys());
    }

    // A dataset with a real blob in the laptop's store.
    static DatasetRecord addDataset(Workspace &ws, const QString &title, const QByteArray &data, const QString &city = QStringLiteral("Aveiro"))
    {
        Result<ObjectInfo> blob = ws.store().putData(data);
        if (!blob)
            return {};
        DatasetRecord r;
        r.title = title;
        r.description = QStringLiteral("Test data for ") + title;
        r.source = QStringLiteral("test");
        r.license = QStringLiteral("CC-BY-4.0");
        r.city = city;
        r.domain = QStringLiteral("air");
        r.format = QStringLiteral("GPKG");
        r.mediaType = DatasetAssets::geoPackageMediaType();
        r.bbox = Extent(-8.7, 40.6, -8.6, 40.7);
        r.timeStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        r.timeEnd = QDateTime(QDate(2024, 12, 31), QTime(23, 0), Qt::UTC);
        r.sha256 = blob->sha256;
        r.byteSize = data.size();
        r.assets << AssetInfo{QStringLiteral("data"), title + QStringLiteral(".gpkg"), r.mediaType, blob->sha256, data.size()};
        Result<DatasetRecord> stored = ws.catalog().insert(r);
        return stored ? *stored : DatasetRecord();
    }

    static Workspace open(const QString &dir)
    {
        Result<Workspace> ws = Workspace::open(dir);
        if (!ws)
            qFatal("cannot open %s: %s", qPrintable(dir), qPrintable(ws.error().toString()));
        return std::move(*ws);
    }

    // Reads the bucket's STAC tree from catalog.json; fails the test on any broken link or asset.
    void checkCatalog(int expectedItems)
    {
        const RemoteLayout layout(profile().prefix);
        s3::S3Client c = client();
        Result<QList<s3::S3ObjectInfo>> listed = c.listObjects(QString());
        QVERIFY(listed);
        QSet<QString> keys;
        for (const s3::S3ObjectInfo &o : *listed)
            keys.insert(o.key);
        QStringList queue{layout.catalogKey()};
        QSet<QString> items;
        for (int i = 0; i < queue.size(); ++i) {
            Result<QByteArray> body = c.getObject(queue.at(i));
            QVERIFY2(body, qPrintable(queue.at(i)));
            QJsonParseError pe;
            const QJsonObject doc = QJsonDocument::fromJson(*body, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(queue.at(i) + u' ' + pe.errorString()));
            QCOMPARE(doc.value(QStringLiteral("stac_version")).toString(), QStringLiteral("1.0.0"));
            for (const QJsonValue &l : doc.value(QStringLiteral("links")).toArray()) {
                const QString rel = l.toObject().value(QStringLiteral("rel")).toString();
                const QString key = RemoteLayout::resolve(queue.at(i), l.toObject().value(QStringLiteral("href")).toString());
                QVERIFY2(keys.contains(key), qPrintable(QStringLiteral("%1 links %2 (%3), which is missing").arg(queue.at(i), key, rel)));
                if (rel == QLatin1String("child") || (rel == QLatin1String("item") && !items.contains(key)))
                    queue << key;
                if (rel == QLatin1String("item"))
                    items.insert(key);
            }
            if (doc.value(QStringLiteral("type")).toString() == QLatin1String("Feature")) {
                QVERIFY(doc.contains(QStringLiteral("properties")));
                const QJsonObject assets = doc.value(QStringLiteral("assets")).toObject();
                QVERIFY(!assets.isEmpty());
                for (const QJsonValue &a : assets) {
                    const QString key = RemoteLayout::resolve(queue.at(i), a.toObject().value(QStringLiteral("href")).toString());
                    QVERIFY2(keys.contains(key), qPrintable(QStringLiteral("%1 names asset %2, which is missing").arg(queue.at(i), key)));
                }
            }
        }
        QCOMPARE(items.size(), expectedItems);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3rver.start(path(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void init()
    {
        m_bucket = QStringLiteral("team-%1").arg(++m_bucketNo);
        QVERIFY(client().createBucket());
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    void pushIsReadByPeersAndPulledElsewhere()
    {
        const QString a = path(QStringLiteral("a%1").arg(m_bucketNo)), b = path(QStringLiteral("b%1").arg(m_bucketNo));
        const QByteArray data = bytes(7 * 1024 * 1024 + 11, 7); // more than one 5 MiB part
        QString id;
        {
            Workspace wa = open(a);
            id = addDataset(wa, QStringLiteral("PM10 Aveiro"), data).id;
            QVERIFY(!id.isEmpty());
        }
        Result<SyncReport> pushed = engine(a).run();
        QVERIFY2(pushed, qPrintable(pushed.error().toString()));
        QCOMPARE(pushed->count(SyncAction::Kind::Push), 1);
        QCOMPARE(pushed->blobsUploaded, 1);
        QVERIFY(!pushed->hasFailures());
        checkCatalog(1);

        const QString sha = Sha256::hex(data);
        const QString blobKey = RemoteLayout(profile().prefix).blobKey(sha);
        const QString rcloneConf = path(QStringLiteral("rclone-%1.conf").arg(m_bucketNo));
        QFile conf(rcloneConf);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[s3rver]\ntype = s3\nprovider = Other\nenv_auth = false\naccess_key_id = S3RVER\nsecret_access_key = S3RVER\n"
                                  "endpoint = %1\nregion = us-east-1\nforce_path_style = true\n")
                       .arg(m_s3rver.url())
                       .toUtf8());
        conf.close();
        const QString fromAws = path(QStringLiteral("aws-%1.bin").arg(m_bucketNo));
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"),
                                                          QStringLiteral("s3://%1/%2").arg(m_bucket, blobKey), fromAws},
                                    rcloneConf) != "<failed>");
        QVERIFY(readAll(fromAws) == data);
        const QString rcloneDir = path(QStringLiteral("rclone-%1").arg(m_bucketNo));
        QVERIFY(S3rverFixture::peer(QStringLiteral("rclone"), {QStringLiteral("copy"), QStringLiteral("s3rver:%1/%2").arg(m_bucket, blobKey), rcloneDir},
                                    rcloneConf) != "<failed>");
        QVERIFY(readAll(rcloneDir + u'/' + sha) == data);
        // The Item is plain JSON any tool reads.
        const QByteArray item = S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"),
                                                                          QStringLiteral("s3://%1/%2").arg(m_bucket, RemoteLayout(profile().prefix).itemKey(id)), QStringLiteral("-")},
                                                    rcloneConf);
        QCOMPARE(QJsonDocument::fromJson(item).object().value(QStringLiteral("properties")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("PM10 Aveiro"));

        // Laptop B: metadata first, the data on demand.
        Result<SyncReport> pulled = engine(b).run();
        QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        QCOMPARE(pulled->count(SyncAction::Kind::Pull), 1);
        QCOMPARE(pulled->blobsDownloaded, 0);
        {
            Workspace wb = open(b);
            Result<DatasetRecord> got = wb.catalog().get(id);
            QVERIFY(got);
            QCOMPARE(got->title, QStringLiteral("PM10 Aveiro"));
            QVERIFY(!wb.store().contains(sha));
        }
        // Which remote holds the data: the one B synced with; a dataset never synced has none.
        QCOMPARE(*SyncEngine::remoteOf(b, id), QStringLiteral("team"));
        {
            Workspace wb = open(b);
            DatasetRecord local;
            local.title = QStringLiteral("Only here");
            const QString localId = wb.catalog().insert(local)->id;
            const Result<QString> none = SyncEngine::remoteOf(b, localId);
            QVERIFY(!none);
            QCOMPARE(none.error().code, Error::Code::NotFound);
            QVERIFY(none.error().message.contains(QStringLiteral("Only here")));
            QVERIFY(wb.catalog().remove(localId));
        }
        Result<SyncReport> fetched = engine(b).fetch(id);
        QVERIFY2(fetched, qPrintable(fetched.error().toString()));
        {
            Workspace wb = open(b);
            QVERIFY(wb.store().contains(sha));
            QVERIFY(readAll(wb.store().pathFor(sha)) == data);
        }
        // Nothing changed anywhere: a second sync on either side moves nothing.
        for (const QString &dir : {a, b}) {
            Result<SyncReport> again = engine(dir).run();
            QVERIFY(again);
            QCOMPARE(again->actions.size(), 0);
            QCOMPARE(again->blobsUploaded, 0);
        }
    }

    void offlineEditsOnBothLaptops_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A syncs first") << true;
        QTest::newRow("B syncs first") << false;
    }

    void offlineEditsOnBothLaptops()
    {
        QFETCH(bool, aFirst);
        const QString a = path(QStringLiteral("a%1").arg(m_bucketNo)), b = path(QStringLiteral("b%1").arg(m_bucketNo));
        QString shared;
        {
            Workspace wa = open(a);
            shared = addDataset(wa, QStringLiteral("Traffic counts"), bytes(4096, 1)).id;
        }
        QVERIFY(engine(a).run());
        QVERIFY(engine(b).run());
        // Offline: both edit the shared dataset and each adds one of their own.
        {
            Workspace wa = open(a);
            DatasetRecord r = *wa.catalog().get(shared);
            r.description = QStringLiteral("Edited on A");
            r.modified = QDateTime();
            QVERIFY(wa.catalog().update(r));
            QVERIFY(!addDataset(wa, QStringLiteral("Only on A"), bytes(2048, 2)).id.isEmpty());
        }
        {
            Workspace wb = open(b);
            DatasetRecord r = *wb.catalog().get(shared);
            r.title = QStringLiteral("Traffic counts (checked on B)");
            r.modified = QDateTime();
            QVERIFY(wb.catalog().update(r));
            QVERIFY(!addDataset(wb, QStringLiteral("Only on B"), bytes(2048, 3), QStringLiteral("Porto")).id.isEmpty());
        }
        const QString first = aFirst ? a : b, second = aFirst ? b : a;
        Result<SyncReport> r1 = engine(first).run();
        QVERIFY2(r1, qPrintable(r1.error().toString()));
        QCOMPARE(r1->count(SyncAction::Kind::Conflict), 0);
        Result<SyncReport> r2 = engine(second).run();
        QVERIFY2(r2, qPrintable(r2.error().toString()));
        QCOMPARE(r2->count(SyncAction::Kind::Conflict), 1); // the shared dataset: never silently overwritten
        QCOMPARE(r2->count(SyncAction::Kind::Pull), 1);     // the first laptop's new dataset
        QCOMPARE(r2->count(SyncAction::Kind::Push), 1);     // its own new dataset
        Result<SyncStatus> st = SyncEngine::status(second, QStringLiteral("team"));
        QVERIFY(st);
        QCOMPARE(st->conflicts.size(), 1);
        QCOMPARE(st->conflicts.first().lineage, shared);
        {
            Workspace w = open(second); // its own edit is still there
            const DatasetRecord mine = *w.catalog().get(shared);
            QCOMPARE(aFirst ? mine.title : mine.description, aFirst ? QStringLiteral("Traffic counts (checked on B)") : QStringLiteral("Edited on A"));
        }
        // Keep both: the remote's edit becomes ours and ours goes on top as a new version.
        Result<SyncReport> resolved = engine(second).resolve(shared, ConflictResolution::KeepBoth);
        QVERIFY2(resolved, qPrintable(resolved.error().toString()));
        QVERIFY(SyncEngine::status(second, QStringLiteral("team"))->conflicts.isEmpty());
        QVERIFY(engine(first).run());
        for (const QString &dir : {a, b}) {
            Workspace w = open(dir);
            Result<QList<DatasetRecord>> versions = w.catalog().versions(shared);
            QVERIFY(versions);
            QCOMPARE(versions->size(), 2);
            // The first to sync set the shared version; the second's edit is the version on top.
            const DatasetRecord &onA = versions->at(aFirst ? 0 : 1), &onB = versions->at(aFirst ? 1 : 0);
            QCOMPARE(onA.description, QStringLiteral("Edited on A"));
            QCOMPARE(onB.title, QStringLiteral("Traffic counts (checked on B)"));
            QCOMPARE(*w.catalog().count(), qint64(3)); // shared + only-on-A + only-on-B
            QVERIFY(!w.catalog().latestByTitle(QStringLiteral("Only on A"))->isEmpty());
            QVERIFY(!w.catalog().latestByTitle(QStringLiteral("Only on B"))->isEmpty());
        }
        checkCatalog(3);
    }

    void keepMineAndKeepTheirs_data()
    {
        QTest::addColumn<bool>("mine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("keep theirs") << false;
    }

    void keepMineAndKeepTheirs()
    {
        QFETCH(bool, mine);
        const QString a = path(QStringLiteral("a%1").arg(m_bucketNo)), b = path(QStringLiteral("b%1").arg(m_bucketNo));
        QString id;
        {
            Workspace wa = open(a);
            id = addDataset(wa, QStringLiteral("Waste collected"), bytes(1000, 4)).id;
        }
        QVERIFY(engine(a).run());
        QVERIFY(engine(b).run());
        for (const auto &[dir, text] : {std::pair{a, QStringLiteral("from A")}, std::pair{b, QStringLiteral("from B")}}) {
            Workspace w = open(dir);
            DatasetRecord r = *w.catalog().get(id);
            r.description = text;
            r.modified = QDateTime();
            QVERIFY(w.catalog().update(r));
        }
        QVERIFY(engine(a).run());
        Result<SyncReport> conflicted = engine(b).run();
        QVERIFY(conflicted);
        QCOMPARE(conflicted->count(SyncAction::Kind::Conflict), 1);
        // Until resolved, more syncs leave both copies alone.
        QCOMPARE(engine(b).run()->count(SyncAction::Kind::Conflict), 1);
        QCOMPARE(open(b).catalog().get(id)->description, QStringLiteral("from B"));
        QVERIFY(engine(b).resolve(id, mine ? ConflictResolution::KeepMine : ConflictResolution::KeepTheirs));
        QVERIFY(engine(a).run());
        const QString expected = mine ? QStringLiteral("from B") : QStringLiteral("from A");
        for (const QString &dir : {a, b}) {
            Workspace w = open(dir);
            QCOMPARE(w.catalog().get(id)->description, expected);
            QCOMPARE(w.catalog().versions(id)->size(), 1);
        }
        QVERIFY(SyncEngine::status(b, QStringLiteral("team"))->conflicts.isEmpty());
    }

    void datasetWrittenByAwsIsPulled_data()
    {
        QTest::addColumn<bool>("withChecksum");
        QTest::newRow("file:checksum in the Item") << true;
        QTest::newRow("no checksum: hashed on arrival") << false;
    }

    void datasetWrittenByAwsIsPulled()
    {
        QFETCH(bool, withChecksum);
        const QString b = path(QStringLiteral("b%1").arg(m_bucketNo));
        const QByteArray data = bytes(300000, 9);
        const QString file = path(QStringLiteral("stations-%1.geojson").arg(m_bucketNo));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QJsonObject asset{{QStringLiteral("href"), QStringLiteral("../external/stations.geojson")},
                          {QStringLiteral("type"), QStringLiteral("application/geo+json")},
                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("data")}}};
        if (withChecksum)
            asset.insert(QStringLiteral("file:checksum"), QStringLiteral("1220") + Sha256::hex(data));
        const QJsonObject item{{QStringLiteral("type"), QStringLiteral("Feature")},
                               {QStringLiteral("stac_version"), QStringLiteral("1.0.0")},
                               {QStringLiteral("id"), QStringLiteral("stations-ljubljana")},
                               {QStringLiteral("bbox"), QJsonArray{14.4, 46.0, 14.6, 46.1}},
                               {QStringLiteral("geometry"), QJsonValue::Null},
                               {QStringLiteral("properties"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Air stations Ljubljana")},
                                                                          {QStringLiteral("datetime"), QStringLiteral("2024-05-01T00:00:00Z")},
                                                                          {QStringLiteral("license"), QStringLiteral("CC0-1.0")}}},
                               {QStringLiteral("links"), QJsonArray{}},
                               {QStringLiteral("assets"), QJsonObject{{QStringLiteral("data"), asset}}}};
        const QString itemFile = path(QStringLiteral("item-%1.json").arg(m_bucketNo));
        QFile jf(itemFile);
        QVERIFY(jf.open(QIODevice::WriteOnly));
        jf.write(QJsonDocument(item).toJson());
        jf.close();
        const QString conf = path(QStringLiteral("none.conf"));
        const QString prefix = QStringLiteral("s3://%1/city/").arg(m_bucket);
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"), file,
                                                          prefix + QStringLiteral("external/stations.geojson")},
                                    conf) != "<failed>");
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3rver.url(), QStringLiteral("s3"), QStringLiteral("cp"), itemFile,
                                                          prefix + QStringLiteral("items/stations-ljubljana.json")},
                                    conf) != "<failed>");
        SyncOptions o;
        o.withData = true;
        Result<SyncReport> pulled = engine(b, o).run();
        QVERIFY2(pulled, qPrintable(pulled.error().toString()));
        QCOMPARE(pulled->count(SyncAction::Kind::Pull), 1);
        QVERIFY(!pulled->hasFailures());
        Workspace wb = open(b);
        Result<DatasetRecord> got = wb.catalog().get(QStringLiteral("stations-ljubljana"));
        QVERIFY2(got, qPrintable(got.error().toString()));
        QCOMPARE(got->title, QStringLiteral("Air stations Ljubljana"));
        QCOMPARE(got->license, QStringLiteral("CC0-1.0"));
        QCOMPARE(got->format, QStringLiteral("GeoJSON"));
        QCOMPARE(got->sha256, Sha256::hex(data));
        QVERIFY(wb.store().contains(got->sha256));
        QVERIFY(readAll(wb.store().pathFor(got->sha256)) == data);
        QVERIFY(qAbs(got->bbox.west - 14.4) < 1e-9);
        // Pulling it again finds nothing new.
        QCOMPARE(engine(b, o).run()->actions.size(), 0);
    }

    void dryRunMovesNothingAndDataNeverReuploads()
    {
        const QString a = path(QStringLiteral("a%1").arg(m_bucketNo));
        QString id;
        {
            Workspace wa = open(a);
            id = addDataset(wa, QStringLiteral("Energy use"), bytes(50000, 5)).id;
        }
        SyncOptions dry;
        dry.dryRun = true;
        Result<SyncReport> plan = engine(a, dry).run();
        QVERIFY(plan);
        QVERIFY(plan->dryRun);
        QCOMPARE(plan->count(SyncAction::Kind::Push), 1);
        QCOMPARE(plan->actions.first().bytes, qint64(50000));
        QCOMPARE(client().listObjects(QString())->size(), 0); // nothing written
        QCOMPARE(SyncEngine::status(a, QStringLiteral("team"))->pending, 1);
        QVERIFY(engine(a).run());
        QCOMPARE(SyncEngine::status(a, QStringLiteral("team"))->pending, 0);
        {
            Workspace wa = open(a);
            DatasetRecord r = *wa.catalog().get(id);
            r.keywords << QStringLiteral("electricity");
            r.modified = QDateTime();
            QVERIFY(wa.catalog().update(r));
        }
        QCOMPARE(SyncEngine::status(a, QStringLiteral("team"))->pending, 1);
        Result<SyncReport> again = engine(a).run();
        QVERIFY(again);
        QCOMPARE(again->count(SyncAction::Kind::Push), 1);
        QCOMPARE(again->blobsUploaded, 0); // metadata only: the data is already there
        QCOMPARE(again->blobsSkipped, 1);
    }

    void unreachableRemoteIsAClearErrorAndLosesNothing()
    {
        const QString a = path(QStringLiteral("a%1").arg(m_bucketNo));
        {
            Workspace wa = open(a);
            QVERIFY(!addDataset(wa, QStringLiteral("Offline work"), bytes(1000, 6)).id.isEmpty());
        }
        RemoteProfile p = profile();
        p.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        SyncEngine offline(a, p, keys());
        Result<SyncReport> r = offline.run();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY(!r.error().message.isEmpty());
        Result<SyncStatus> st = SyncEngine::status(a, QStringLiteral("team"));
        QVERIFY(st);
        QCOMPARE(st->pending, 1);
        QVERIFY(!st->lastError.isEmpty());
        QCOMPARE(engine(a).run()->count(SyncAction::Kind::Push), 1); // back online: it goes through
        QVERIFY(SyncEngine::status(a, QStringLiteral("team"))->lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
