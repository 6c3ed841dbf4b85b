// `urbis sync` as users run it, against s3rver on 127.0.0.1 behind a recording proxy: killing the
// process in the middle of a multipart upload and syncing again resumes the upload without
// sending the finished parts again, and the result is byte-identical for awscli; --dry-run lists
// what would move and moves nothing; --conflicts reports the ledger.
#include "catalog/datasetassets.h"
#include "storage/s3/s3client.h"
#include "storage/s3/s3uploadstate.h"
#include "util/sha256.h"
#include "workspace/workspace.h"
#include "../core/storage/loopbackhttpserver.h"
#include "../core/storage/s3rverfixture.h"
#include "../core/storage/testbytes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
inline QByteArray bytes(qint64 size, quint32 seed) { return testbytes::pattern(size, seed); }
constexpr qint64 kMiB = 1024 * 1024;
const QString kBucket = QStringLiteral("urbis-sync");

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3;
    std::unique_ptr<LoopbackHttpServer> m_proxy;
    QByteArray m_data;
    QString m_id;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("ws")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the developer's own keyring
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), S3rverFixture::key);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), S3rverFixture::secret);
        return env;
    }

    std::pair<int, QByteArray> urbis(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(URBIS_EXE), QStringList{QStringLiteral("--data-dir"), dataDir()} + args);
        p.waitForFinished(120000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning("urbis %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }

    int partPuts() const { return m_proxy->count("PUT", "partNumber="); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3.start(m_dir.filePath(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(s3::S3Client(m_s3.endpoint(kBucket), {S3rverFixture::key, S3rverFixture::secret, {}}).createBucket());
        m_proxy = std::make_unique<LoopbackHttpServer>([](const LoopbackHttpServer::Request &, int) { return LoopbackHttpServer::forward(); },
                                                       quint16(m_s3.port()));
        // A 40 MiB dataset: eight 5 MiB parts.
        m_data = bytes(40 * kMiB, 40);
        Result<Workspace> ws = Workspace::open(dataDir());
        QVERIFY(ws);
        Result<ObjectInfo> blob = ws->store().putData(m_data);
        QVERIFY(blob);
        DatasetRecord r;
        r.title = QStringLiteral("Noise map Sofia");
        r.description = QStringLiteral("Test dataset");
        r.source = QStringLiteral("test");
        r.license = QStringLiteral("CC-BY-4.0");
        r.city = QStringLiteral("Sofia");
        r.domain = QStringLiteral("other");
        r.sha256 = blob->sha256;
        r.byteSize = m_data.size();
        r.mediaType = DatasetAssets::geoPackageMediaType();
        r.assets << AssetInfo{QStringLiteral("data"), QStringLiteral("noise.gpkg"), r.mediaType, blob->sha256, m_data.size()};
        Result<DatasetRecord> stored = ws->catalog().insert(r);
        QVERIFY(stored);
        m_id = stored->id;
        QCOMPARE(urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("team"), QStringLiteral("--endpoint"),
                        QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()), QStringLiteral("--bucket"), kBucket,
                        QStringLiteral("--prefix"), QStringLiteral("city/")})
                     .first,
                 0);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_s3.stop();
    }

    void dryRunListsAndMovesNothing()
    {
        const auto [code, out] = urbis({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("pushed")).toInt(), 1);
        const QJsonObject action = report.value(QStringLiteral("actions")).toArray().first().toObject();
        QCOMPARE(action.value(QStringLiteral("dataset")).toString(), m_id);
        QCOMPARE(action.value(QStringLiteral("bytes")).toInteger(), 40 * kMiB);
        QCOMPARE(m_proxy->count("PUT"), 0);
    }

    void killedUploadResumesWithoutResendingParts()
    {
        const QString state = QDir(dataDir()).filePath(QStringLiteral("sync/uploads/team/%1.json").arg(Sha256::hex(m_data)));
        QProcess p;
        p.setProcessEnvironment(environment());
        // One part at a time at 4 MiB/s: the kill lands between parts, not after the last one.
        p.start(QStringLiteral(URBIS_EXE), {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("sync"), QStringLiteral("team"),
                                            QStringLiteral("--push"), QStringLiteral("--part-size"), QStringLiteral("5"),
                                            QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--bwlimit"), QStringLiteral("4M")});
        QVERIFY(p.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        int acknowledged = 0;
        while (clock.elapsed() < 60000 && p.state() == QProcess::Running) {
            Result<s3::S3UploadState> s = s3::S3UploadState::load(state);
            acknowledged = s ? int(s->parts.size()) : 0;
            if (acknowledged >= 3)
                break;
            QTest::qWait(50);
        }
        QVERIFY2(p.state() == QProcess::Running, "the sync finished before it could be killed");
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        Result<s3::S3UploadState> left = s3::S3UploadState::load(state);
        QVERIFY2(left, "the upload state must survive the kill");
        acknowledged = int(left->parts.size());
        QVERIFY(acknowledged >= 3 && acknowledged < 8);
        m_proxy->clear();

        const auto [code, out] = urbis({QStringLiteral("sync"), QStringLiteral("team"), QStringLiteral("--push"), QStringLiteral("--part-size"),
                                        QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(partPuts(), 8 - acknowledged); // only the parts the server had not acknowledged
        QVERIFY(!QFile::exists(state));

        const QString copy = m_dir.filePath(QStringLiteral("from-aws.gpkg"));
        QVERIFY(S3rverFixture::peer(QStringLiteral("aws"), {QStringLiteral("--endpoint-url"), m_s3.url(), QStringLiteral("s3"), QStringLiteral("cp"),
                                                          QStringLiteral("s3://%1/city/blobs/%2").arg(kBucket, Sha256::hex(m_data)), copy},
                                    m_dir.filePath(QStringLiteral("none.conf"))) != "<failed>");
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == m_data);

        const auto [again, out2] = urbis({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again, 0);
        QCOMPARE(QJsonDocument::fromJson(out2).object().value(QStringLiteral("actions")).toArray().size(), 0);
    }

    void conflictsReportsTheLedger()
    {
        const auto [code, out] = urbis({QStringLiteral("sync"), QStringLiteral("--conflicts"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("remote")).toString(), QStringLiteral("team"));
        QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("lastSync")).isString());
        QCOMPARE(o.value(QStringLiteral("conflicts")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
