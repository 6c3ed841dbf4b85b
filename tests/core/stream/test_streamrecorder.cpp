// StreamRecorder: every sample lands in a GeoPackage that reads like an imported dataset (values,
// units, points, time range; DatasetTable, the KPI engine), the record shows while recording and
// becomes an ordinary dataset, gaps are kept, and a killed recorder loses at most its last second.

#include "catalog/datasetassets.h"
#include "geo/datasettable.h"
#include "kpi/kpidefinition.h"
#include "kpi/kpiengine.h"
#include "stream/gpkgpoint.h"
#include "stream/streamrecorder.h"
#include "util/database.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace urbis;

namespace {

constexpr qint64 kStart = 1'672'531'200'000; // 2023-01-01T00:00:00Z
constexpr int kChildRate = 5000;             // samples per second the killed child appends
constexpr int kChildBatch = 50;

FieldMapping mapping()
{
    FieldMapping m;
    m.timeKey = QStringLiteral("timeRecorded");
    m.entityKey = QStringLiteral("station");
    m.latKey = QStringLiteral("lat");
    m.lonKey = QStringLiteral("lon");
    m.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")},
                  {QStringLiteral("temperature"), QStringLiteral("Cel")}};
    m.attributes = {QStringLiteral("dominentpol")};
    return m;
}

/** Sample i: a reading a second, three stations; some without pm10, position or pollutant, one off the globe.
 */
StreamSample sample(qint64 i)
{
    StreamSample s;
    s.timeMs = kStart + i * 1000;
    s.receivedMs = s.timeMs + 7;
    s.entity = QStringLiteral("ATH-0%1").arg(i % 3 + 1);
    if (i % 11 != 0) {
        s.lat = 37.9 + double(i % 3) / 100;
        s.lon = i == 5 ? 200.0 : 23.7 + double(i % 5) / 100;
    }
    s.values = {i % 7 == 0 ? std::nan("") : 10.0 + double(i % 40) / 4, -3.25 + double(i % 9)};
    s.attributes = {i % 4 == 0 ? QString() : QStringLiteral("pm%1").arg(i % 2 ? 10 : 25)};
    return s;
}

StreamBatch batch(qint64 from, int count)
{
    StreamBatch b;
    for (qint64 i = from; i < from + count; ++i)
        b.append(sample(i));
    return b;
}

StreamRecorder::Options options(int commitMs = 250)
{
    StreamRecorder::Options o;
    o.title = QStringLiteral("Athens live");
    o.source = QStringLiteral("ws://127.0.0.1:1/feed");
    o.city = QStringLiteral("Athens");
    o.countryCode = QStringLiteral("GR");
    o.commitIntervalMs = commitMs;
    return o;
}

/** The child of killedRecorderLosesAtMostOneSecond: records until killed, telling how far it got. */
int recordUntilKilled(const QString &dataDir)
{
    Result<StreamRecorder> r = StreamRecorder::start(dataDir, mapping(), options());
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 3;
    }
    std::printf("id %s\n", qPrintable(r->datasetId()));
    std::fflush(stdout);
    qint64 next = 0;
    QTimer pace;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&pace, &QTimer::timeout, [&] {
        // At most two batches a tick: after a stall on a busy machine the child falls behind the
        // rate instead of appending seconds of samples in one go (which no commit interval bounds).
        for (int k = 0; k < 2 && next < clock.elapsed() * kChildRate / 1000; ++k) {
            if (!r->append(batch(next, kChildBatch)))
                QCoreApplication::exit(3);
            next += kChildBatch;
            std::printf("appended %lld\n", next);
        }
        std::fflush(stdout);
    });
    pace.start(10);
    return QCoreApplication::exec();
}

} // namespace

class TestStreamRecorder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDataDir() { return m_dir.filePath(QStringLiteral("ws%1").arg(++m_n)); }

    static DatasetRecord recordOf(const QString &dataDir, const QString &id)
    {
        Result<Workspace> ws = Workspace::open(dataDir);
        if (!ws)
            return {};
        Result<DatasetRecord> r = ws->catalog().get(id);
        return r ? *r : DatasetRecord();
    }

    static QString blobPath(const QString &dataDir, const DatasetRecord &r)
    {
        return LocalObjectStore(QDir(dataDir).filePath(QStringLiteral("objects"))).pathFor(r.sha256);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everySampleInTheTable()
    {
        const QString dataDir = newDataDir();
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options());
        QVERIFY2(rec, qPrintable(rec.error().toString()));
        const QString id = rec->datasetId();
        const QString workPath = rec->path();
        QVERIFY(workPath.startsWith(StreamRecorder::recordingsDir(dataDir)));
        constexpr int kRows = 1000;
        for (int i = 0; i < kRows; i += 100)
            QVERIFY(rec->append(batch(i, 100)));
        QCOMPARE(rec->rowsWritten(), kRows);
        Result<DatasetRecord> done = rec->finish();
        QVERIFY2(done, qPrintable(done.error().toString()));
        QVERIFY(!QFile::exists(workPath));
        QVERIFY(QDir(StreamRecorder::recordingsDir(dataDir)).entryList(QDir::Files).isEmpty());

        const DatasetRecord r = recordOf(dataDir, id);
        QCOMPARE(r.id, id);
        QCOMPARE(r.title, QStringLiteral("Athens live"));
        QCOMPARE(r.source, QStringLiteral("ws://127.0.0.1:1/feed"));
        QCOMPARE(r.domain, QStringLiteral("air"));
        QVERIFY(!r.keywords.contains(QStringLiteral("recording")));
        QCOMPARE(r.featureCount, kRows);
        QCOMPARE(r.format, QStringLiteral("GPKG"));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        QVERIFY(DatasetAssets::hasTable(r));
        QCOMPARE(r.timeStart, QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC));
        QCOMPARE(r.timeEnd, QDateTime::fromMSecsSinceEpoch(kStart + (kRows - 1) * 1000, Qt::UTC));
        QVERIFY(r.bbox.isValid());
        QCOMPARE(r.bbox.west, 23.7);
        QCOMPARE(r.bbox.east, 23.74);
        QCOMPARE(r.bbox.south, 37.9);
        QCOMPARE(r.bbox.north, 37.92);
        const QStringList names{QStringLiteral("timeRecorded"), QStringLiteral("station"),
                                QStringLiteral("lat"),          QStringLiteral("lon"),
                                QStringLiteral("pm10"),         QStringLiteral("temperature"),
                                QStringLiteral("dominentpol"),  QStringLiteral("received")};
        QCOMPARE(r.fields.size(), names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(r.fields.at(i).name, names.at(i));
        QCOMPARE(r.fields.at(0).type, QStringLiteral("datetime"));
        QCOMPARE(r.fields.at(4).type, QStringLiteral("number"));
        QCOMPARE(r.fields.at(4).unit, QStringLiteral("ug/m3"));
        QCOMPARE(r.fields.at(5).unit, QStringLiteral("Cel"));
        QCOMPARE(r.fields.at(6).type, QStringLiteral("string"));

        const QString blob = blobPath(dataDir, r);
        QVERIFY(QFile::exists(blob));
        QVERIFY(!QFile::exists(blob + QStringLiteral("-wal")));
        Result<Database> db = Database::open(blob, Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("delete"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA application_id"))->toLongLong(), 1196444487);
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'data'"))
                     ->toLongLong(),
                 kRows);
        Result<Statement> st =
            db->prepare(QStringLiteral("SELECT timeRecorded, station, lat, lon, pm10, temperature, "
                                       "dominentpol, received, geom FROM data ORDER BY fid"));
        QVERIFY(st);
        int i = 0;
        int points = 0;
        QVERIFY(st->forEachRow([&](const Statement &row) {
            const StreamSample s = sample(i++);
            QCOMPARE(row.text(0),
                     QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
            QCOMPARE(row.text(1), s.entity);
            QCOMPARE(row.isNull(2), !s.hasPosition());
            if (s.hasPosition()) {
                QCOMPARE(row.real(2), s.lat);
                QCOMPARE(row.real(3), s.lon);
            }
            QCOMPARE(row.isNull(4), std::isnan(s.values[0]));
            if (!std::isnan(s.values[0]))
                QCOMPARE(row.real(4), s.values[0]);
            QCOMPARE(row.real(5), s.values[1]);
            QCOMPARE(row.isNull(6), s.attributes.at(0).isNull());
            QCOMPARE(row.text(6), s.attributes.at(0));
            QCOMPARE(row.text(7),
                     QDateTime::fromMSecsSinceEpoch(s.receivedMs, Qt::UTC).toString(Qt::ISODateWithMs));
            // A point where the position is on the globe; the sample at lon 200 keeps its columns only.
            const bool placed = s.hasPosition() && s.lon <= 180;
            QCOMPARE(row.isNull(8), !placed);
            if (placed) {
                const std::optional<gpkgpoint::Point> p = gpkgpoint::decode(row.blob(8));
                QVERIFY(p);
                QCOMPARE(p->x, s.lon);
                QCOMPARE(p->y, s.lat);
                ++points;
            }
        }));
        QCOMPARE(i, kRows);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM rtree_data_geom"))->toInt(), points);
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT count(*) FROM rtree_data_geom WHERE minx >= 23.69 AND maxx <= 23.71"))
                     ->toInt(),
                 db->scalar(QStringLiteral("SELECT count(*) FROM data WHERE geom IS NOT NULL AND lon = 23.7"))
                     ->toInt());

        // GDAL (the preview) reads the first layer: the data, with its row count known.
        Result<DatasetTable> table = DatasetTable::open(blob);
        QVERIFY2(table, qPrintable(table.error().toString()));
        QCOMPARE(table->rowCount(), kRows);
        QCOMPARE(table->columns().first().name, QStringLiteral("timeRecorded"));
        QCOMPARE(table->columns().first().type, QStringLiteral("datetime"));
        QCOMPARE(table->columns().last().type, QStringLiteral("geometry"));
        qint64 read = 0;
        while (!table->atEnd()) {
            Result<QList<DatasetTable::Row>> rows = table->readRows(300);
            QVERIFY(rows);
            read += rows->size();
        }
        QCOMPARE(read, kRows);
    }

    void kpiEngineReadsARecording()
    {
        const QString dataDir = newDataDir();
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options());
        QVERIFY(rec);
        QVERIFY(rec->append(batch(0, 500)));
        Result<DatasetRecord> done = rec->finish();
        QVERIFY(done);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 500; ++i)
            if (!std::isnan(sample(i).values[0])) {
                sum += sample(i).values[0];
                ++n;
            }
        Result<Workspace> ws = Workspace::open(dataDir);
        QVERIFY(ws);
        Result<KpiDefinition> kpi =
            KpiDefinition::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("pm10")},
                                                {QStringLiteral("name"), QStringLiteral("PM10")},
                                                {QStringLiteral("unit"), QStringLiteral("ug/m3")},
                                                {QStringLiteral("dataset"), done->id},
                                                {QStringLiteral("formula"), QStringLiteral("avg(pm10)")},
                                                {QStringLiteral("grain"), QStringLiteral("month")}});
        QVERIFY2(kpi, qPrintable(kpi.error().toString()));
        KpiEngine engine(ws->catalog(), ws->store());
        Result<KpiResult> result = engine.evaluate(*kpi);
        QVERIFY2(result, qPrintable(result.error().toString()));
        QCOMPARE(result->values.size(), 1);
        QCOMPARE(result->values.first().period, QStringLiteral("2023-01"));
        QVERIFY(result->values.first().value);
        QVERIFY(std::abs(*result->values.first().value - sum / n) < 1e-9);
    }

    void recordShowsWhileRecording()
    {
        const QString dataDir = newDataDir();
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options(100));
        QVERIFY(rec);
        const QString id = rec->datasetId();
        DatasetRecord r = recordOf(dataDir, id);
        QCOMPARE(r.id, id);
        QVERIFY(r.keywords.contains(QStringLiteral("recording")));
        QVERIFY(r.sha256.isEmpty());
        QCOMPARE(r.featureCount, 0);
        QCOMPARE(r.fields.size(), 8); // the columns are known from the start

        // A trickle of rows: the commit timer and the ~2 s catalog updates work without more appends.
        QVERIFY(rec->append(batch(0, 10)));
        QTRY_COMPARE_WITH_TIMEOUT(rec->rowsCommitted(), 10, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(dataDir, id).featureCount, 10, 5000);
        r = recordOf(dataDir, id);
        QVERIFY(r.keywords.contains(QStringLiteral("recording")));
        QCOMPARE(r.timeStart, QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC));
        QCOMPARE(r.timeEnd, QDateTime::fromMSecsSinceEpoch(kStart + 9000, Qt::UTC));
        QVERIFY(r.bbox.isValid());
        QVERIFY(rec->append(batch(10, 90)));
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(dataDir, id).featureCount, 100, 5000);

        Result<DatasetRecord> done = rec->finish();
        QVERIFY(done);
        QCOMPARE(done->featureCount, 100);
        r = recordOf(dataDir, id);
        QVERIFY(!r.keywords.contains(QStringLiteral("recording")));
        QVERIFY(r.keywords.contains(QStringLiteral("stream")));
        QVERIFY(!r.sha256.isEmpty());
        QVERIFY(!rec->append(batch(100, 1))); // spent
    }

    void gapsAreKept()
    {
        const QString dataDir = newDataDir();
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options());
        QVERIFY(rec);
        QVERIFY(rec->append(batch(0, 10)));
        QVERIFY(rec->appendGap(kStart + 10'000, kStart + 25'500));
        QVERIFY(rec->append(batch(25, 10)));
        QVERIFY(rec->appendGap(kStart + 40'000, kStart + 41'000));
        Result<DatasetRecord> done = rec->finish();
        QVERIFY(done);
        QCOMPARE(done->featureCount, 20);
        Result<Database> db = Database::open(blobPath(dataDir, *done), Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(start || '/' || \"end\", ' ') FROM gaps"))
                     ->toString(),
                 QStringLiteral("2023-01-01T00:00:10.000Z/2023-01-01T00:00:25.500Z "
                                "2023-01-01T00:00:40.000Z/2023-01-01T00:00:41.000Z"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'gaps'"))
                     ->toString(),
                 QStringLiteral("attributes"));
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'gaps'"))
                     ->toInt(),
                 2);
    }

    void positionlessStreamIsAnAttributeTable()
    {
        const QString dataDir = newDataDir();
        FieldMapping m;
        m.measures = {{QStringLiteral("received"), QStringLiteral("1")}, {QStringLiteral("fid"), QString()}};
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, m, options());
        QVERIFY(rec);
        StreamSample s;
        s.timeMs = kStart;
        s.receivedMs = kStart + 1;
        s.values = {1.5, 2.5};
        QVERIFY(rec->append({s}));
        Result<DatasetRecord> done = rec->finish();
        QVERIFY2(done, qPrintable(done.error().toString()));
        QVERIFY(!done->bbox.isValid());
        QVERIFY(done->crs.isEmpty());
        QStringList names;
        for (const FieldInfo &f : done->fields)
            names << f.name;
        // No entity key: the entity column is "entity" (empty here, so NULL).
        QCOMPARE(names, (QStringList{QStringLiteral("time"), QStringLiteral("entity"), QStringLiteral("received"),
                                     QStringLiteral("fid"), QStringLiteral("received_2")}));
        Result<DatasetTable> table = DatasetTable::open(blobPath(dataDir, *done));
        QVERIFY2(table, qPrintable(table.error().toString()));
        Result<QList<DatasetTable::Row>> rows = table->readRows(10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().at(1).isNull());
        QCOMPARE(rows->first().at(2).toDouble(), 1.5);
        QCOMPARE(rows->first().at(3).toDouble(), 2.5);
    }

    void droppedRecorderIsRecoveredLater()
    {
        const QString dataDir = newDataDir();
        QString id;
        {
            Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options());
            QVERIFY(rec);
            id = rec->datasetId();
            QVERIFY(rec->append(batch(0, 42)));
            // A live recorder is never taken over.
            Result<QStringList> none = StreamRecorder::recoverAll(dataDir);
            QVERIFY(none);
            QVERIFY(none->isEmpty());
        } // destroyed without finish(): commits and leaves the file
        QVERIFY(recordOf(dataDir, id).keywords.contains(QStringLiteral("recording")));
        Result<QStringList> ids = StreamRecorder::recoverAll(dataDir);
        QVERIFY2(ids, qPrintable(ids.error().toString()));
        QCOMPARE(*ids, QStringList{id});
        const DatasetRecord r = recordOf(dataDir, id);
        QCOMPARE(r.featureCount, 42);
        QVERIFY(!r.keywords.contains(QStringLiteral("recording")));
        QVERIFY(QFile::exists(blobPath(dataDir, r)));
        QVERIFY(QDir(StreamRecorder::recordingsDir(dataDir)).entryList(QDir::Files).isEmpty());
        QVERIFY(StreamRecorder::recoverAll(dataDir)->isEmpty());
    }

    void killedRecorderLosesAtMostOneSecond()
    {
        const QString dataDir = newDataDir();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--record-until-killed"), dataDir});
        QVERIFY(child.waitForStarted());
        QString id;
        qint64 appended = 0;
        QByteArray pendingLine;
        const auto readLines = [&] {
            pendingLine += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pendingLine.indexOf('\n')) >= 0) {
                const QByteArray l = pendingLine.left(nl);
                pendingLine.remove(0, nl + 1);
                if (l.startsWith("id "))
                    id = QString::fromUtf8(l.mid(3));
                else if (l.startsWith("appended "))
                    appended = l.mid(9).toLongLong();
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT((readLines(), appended >= 3 * kChildRate), 30000);
        // While it runs: the record shows with its keyword, and nobody else may finish it.
        QVERIFY(recordOf(dataDir, id).keywords.contains(QStringLiteral("recording")));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(dataDir, id).featureCount > 0, 5000);
        QVERIFY(StreamRecorder::recoverAll(dataDir)->isEmpty());

        child.kill(); // SIGKILL: no destructor, no last commit
        QVERIFY(child.waitForFinished(10000));
        readLines();
        QVERIFY(appended > 0);

        Result<QStringList> ids = StreamRecorder::recoverAll(dataDir);
        QVERIFY2(ids, qPrintable(ids.error().toString()));
        QCOMPARE(*ids, QStringList{id});
        const DatasetRecord r = recordOf(dataDir, id);
        qInfo("appended %lld (as last reported), recovered %lld", appended, r.featureCount);
        QVERIFY(r.featureCount <= appended + kChildBatch); // it may have appended one batch more than it said
        QVERIFY2(r.featureCount >= appended - kChildRate, "more than one second of samples was lost");
        QVERIFY(!r.keywords.contains(QStringLiteral("recording")));
        // The rows kept are exactly the first ones, in order: a prefix, nothing half-written.
        Result<Database> db = Database::open(blobPath(dataDir, r), Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM data"))->toLongLong(), r.featureCount);
        QCOMPARE(db->scalar(QStringLiteral("SELECT max(timeRecorded) FROM data"))->toString(),
                 QDateTime::fromMSecsSinceEpoch(kStart + (r.featureCount - 1) * 1000, Qt::UTC)
                     .toString(Qt::ISODateWithMs));
        QVERIFY(DatasetTable::open(blobPath(dataDir, r)));
    }

    void keepsUpWithTwentyThousandPerSecond()
    {
        const QString dataDir = newDataDir();
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, mapping(), options());
        QVERIFY(rec);
        constexpr int kRows = 200'000, kBatch = 400; // 20 ms batches of a 20,000 msg/s feed
        QList<StreamBatch> batches;
        for (int i = 0; i < kRows; i += kBatch)
            batches.append(batch(i, kBatch));
        QElapsedTimer t;
        t.start();
        for (const StreamBatch &b : std::as_const(batches))
            QVERIFY(rec->append(b));
        const qint64 appendMs = std::max<qint64>(t.elapsed(), 1);
        Result<DatasetRecord> done = rec->finish();
        QVERIFY(done);
        const qint64 totalMs = t.elapsed();
        QCOMPARE(done->featureCount, kRows);
        const double rate = kRows * 1000.0 / double(appendMs);
        qInfo("recording: %d rows appended in %lld ms (%.0f rows/s on one core); finish (index, hash, store) "
              "%lld ms",
              kRows, appendMs, rate, totalMs - appendMs);
        // Loose: a debug build on a loaded two-core machine; the figure above is what counts.
        QVERIFY2(rate > 20'000, qPrintable(QStringLiteral("only %1 rows/s").arg(rate)));
    }

    void emptyMappingIsRefused()
    {
        Result<StreamRecorder> rec = StreamRecorder::start(newDataDir(), FieldMapping(), options());
        QVERIFY(!rec);
        QCOMPARE(rec.error().code, Error::Code::InvalidArgument);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--record-until-killed") == 0) {
        QCoreApplication app(argc, argv);
        return recordUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestStreamRecorder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_streamrecorder.moc"
