// ScenarioRunner end to end: byte-identical outputs for the same scenario and seed, seeds that
// matter with spotting, the output files' shapes, pause / resume / cancel, throttled frames, and
// results recorded in the catalog linked to their scenario.
#include "scenariotestdata.h"
#include "sim/scenarioinputs.h"
#include "sim/scenariooutputs.h"
#include "sim/scenarioresults.h"
#include "sim/scenariorunner.h"
#include "util/taskmanager.h"

#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace urbis;
using namespace scenariotest;

namespace {

constexpr int kTimeoutMs = 120000;

struct Run
{
    bool ok = false;
    Error error;
    ScenarioRunResult result;
    int frames = 0;
    int lastFrameStep = 0;
};

Run runSync(const QString &dataDir, const Scenario &s, ScenarioRunner::Options options)
{
    ScenarioRunner runner(dataDir, s, options);
    Run r;
    QObject::connect(&runner, &ScenarioRunner::frameReady, &runner, [&](const ScenarioFrame &f) {
        ++r.frames;
        r.lastFrameStep = f.step;
    }, Qt::DirectConnection);
    runner.execute();
    r.ok = runner.state() == Task::State::Succeeded;
    r.error = runner.error();
    r.result = runner.result();
    return r;
}

ScenarioRunner::Options filesOnly(const QString &dir)
{
    ScenarioRunner::Options o;
    o.outDir = dir;
    o.recordResults = false;
    return o;
}

struct Raster
{
    int width = 0, height = 0, bands = 0;
    QString type;
    std::optional<double> noData;
    bool hasDateTime = true, hasSoftware = true;
    std::vector<double> band1;
};

Raster readRaster(const QString &path)
{
    GDALAllRegister();
    Raster r;
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds)
        return r;
    r.width = GDALGetRasterXSize(ds);
    r.height = GDALGetRasterYSize(ds);
    r.bands = GDALGetRasterCount(ds);
    GDALRasterBandH b = GDALGetRasterBand(ds, 1);
    r.type = QString::fromLatin1(GDALGetDataTypeName(GDALGetRasterDataType(b)));
    int has = 0;
    const double nd = GDALGetRasterNoDataValue(b, &has);
    if (has)
        r.noData = nd;
    r.hasDateTime = GDALGetMetadataItem(ds, "TIFFTAG_DATETIME", nullptr) != nullptr;
    r.hasSoftware = GDALGetMetadataItem(ds, "TIFFTAG_SOFTWARE", nullptr) != nullptr;
    r.band1.resize(size_t(r.width) * size_t(r.height));
    if (GDALRasterIO(b, GF_Read, 0, 0, r.width, r.height, r.band1.data(), r.width, r.height, GDT_Float64, 0, 0) != CE_None)
        r.band1.clear();
    GDALClose(ds);
    return r;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

Scenario spottingFire(quint64 seed)
{
    QJsonObject o = cliExampleJson();
    o.insert(QStringLiteral("seed"), double(seed));
    o.insert(QStringLiteral("steps"), 60);
    o.insert(QStringLiteral("spotting"), 0.05);
    o.insert(QStringLiteral("wind"), QJsonObject{{QStringLiteral("speed"), 8}, {QStringLiteral("direction"), 270}});
    return scenarioFrom(o);
}

} // namespace

class TestScenarioRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString dataDir(const QString &name) const { return m_dir.filePath(name); }
    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

private slots:
    void sameScenarioSameBytes()
    {
        const Scenario s = scenarioFrom(cliExampleJson());
        const Run a = runSync(dataDir(QStringLiteral("ws")), s, filesOnly(out(QStringLiteral("a"))));
        QVERIFY2(a.ok, qPrintable(a.error.toString()));
        const Run b = runSync(dataDir(QStringLiteral("ws")), s, filesOnly(out(QStringLiteral("b"))));
        QVERIFY2(b.ok, qPrintable(b.error.toString()));
        const QMap<QString, QString> ha = hashesIn(out(QStringLiteral("a"))), hb = hashesIn(out(QStringLiteral("b")));
        QCOMPARE(ha.keys(), (QStringList{QStringLiteral("arrival.tif"), QStringLiteral("summary.json")}));
        QCOMPARE(ha, hb);
        QCOMPARE(a.result.files, (QStringList{QStringLiteral("arrival.tif"), QStringLiteral("summary.json")}));
        QCOMPARE(a.result.outDir, out(QStringLiteral("a")));
        QVERIFY(a.result.datasetIds.isEmpty());
        // The summary's hashes are those of the files beside it.
        const QJsonObject summary = readJson(out(QStringLiteral("a/summary.json")));
        QCOMPARE(summary, a.result.summary);
        QCOMPARE(summary.value(QStringLiteral("sha256")).toObject().value(QStringLiteral("arrival.tif")).toString(),
                 ha.value(QStringLiteral("arrival.tif")));
    }

    void wildfireOutputsHaveTheDocumentedShape()
    {
        const Scenario s = scenarioFrom(cliExampleJson());
        const Run r = runSync(dataDir(QStringLiteral("ws")), s, filesOnly(out(QStringLiteral("shape"))));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        const Raster arrival = readRaster(out(QStringLiteral("shape/arrival.tif")));
        QCOMPARE(arrival.width, 256);
        QCOMPARE(arrival.height, 256);
        QCOMPARE(arrival.bands, 1);
        QCOMPARE(arrival.type, QStringLiteral("Int32"));
        QCOMPARE(arrival.noData, std::optional<double>(-1));
        QVERIFY(!arrival.hasDateTime);
        QVERIFY(!arrival.hasSoftware);
        QVERIFY(QDir(out(QStringLiteral("shape"))).entryList({QStringLiteral("*.aux.xml")}).isEmpty());
        QCOMPARE(arrival.band1.at(128 * 256 + 128), 0.0); // the ignition
        QCOMPARE(arrival.band1.at(0), -1.0);              // the far corner never burns
        qint64 burned = 0;
        for (double v : arrival.band1) {
            QVERIFY(v >= -1 && v <= 120);
            burned += v >= 0 ? 1 : 0;
        }
        const QJsonArray steps = r.result.summary.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 120);
        const QJsonObject first = steps.first().toObject(), last = steps.last().toObject();
        QCOMPARE(first.value(QStringLiteral("step")).toInt(), 1);
        QVERIFY(first.contains(QStringLiteral("burnedCells")) && first.contains(QStringLiteral("area_m2")));
        QCOMPARE(last.value(QStringLiteral("burnedCells")).toInteger(), burned);
        QCOMPARE(last.value(QStringLiteral("area_m2")).toDouble(), burned * 900.0);
        const QJsonObject summary = r.result.summary;
        QCOMPARE(summary.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("engineVersion")).toInt(),
                 ScenarioProvenance::kEngineVersion);
        QCOMPARE(summary.value(QStringLiteral("raster")).toObject().value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:32634"));
    }

    void impactCountsBuildingsPerStep()
    {
        // Buildings at the ignition, on the fire's way, behind the barrier line (col 100) and in
        // the far corner; two uses so the per-category series are checked too.
        const QString dir = dataDir(QStringLiteral("impact"));
        Result<Workspace> ws = Workspace::open(dir);
        QVERIFY(ws.ok());
        Scenario s = scenarioFrom(cliExampleJson());
        Result<ScenarioInputs> plain = ScenarioInputs::build(s, nullptr, nullptr);
        QVERIFY(plain.ok());
        const QList<QPointF> cells{{128.5, 128.5}, {130.5, 128.5}, {128.5, 131.5}, {90.5, 128.5}, {2.5, 2.5}};
        const QStringList uses{QStringLiteral("home"), QStringLiteral("farm"), QStringLiteral("home"),
                               QStringLiteral("home"), QStringLiteral("farm")};
        Result<QList<QPointF>> lonLat = plain->georef.cellsToWgs84(cells);
        QVERIFY(lonLat.ok());
        const QString file = m_dir.filePath(QStringLiteral("buildings.geojson"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QTextStream out(&f);
            out << "{\"type\": \"FeatureCollection\", \"features\": [\n";
            for (qsizetype i = 0; i < cells.size(); ++i)
                out << "{\"type\": \"Feature\", \"properties\": {\"use\": \"" << uses.at(i) << "\"}, \"geometry\": "
                    << "{\"type\": \"Point\", \"coordinates\": [" << QString::number(lonLat->at(i).x(), 'f', 8) << ", "
                    << QString::number(lonLat->at(i).y(), 'f', 8) << "]}}" << (i + 1 < cells.size() ? ",\n" : "\n");
            out << "]}\n";
        }
        QVERIFY(!importFile(*ws, file, QStringLiteral("Test buildings")).id.isEmpty());
        ScenarioImpact impact;
        impact.dataset = QStringLiteral("Test buildings");
        impact.kind = ImpactLayer::Kind::Assets;
        impact.categoryField = QStringLiteral("use");
        s.impacts = {impact};
        QCOMPARE(scenarioFrom(s.toJson()).impacts, s.impacts); // survives the JSON round trip

        const Run r = runSync(dir, s, filesOnly(out(QStringLiteral("impact"))));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY(r.result.files.contains(ScenarioOutputs::kImpact));
        QVERIFY(r.result.summary.value(QStringLiteral("sha256")).toObject().contains(ScenarioOutputs::kImpact));
        QCOMPARE(r.result.summary.value(QStringLiteral("impact")).toArray().size(), r.result.impact.size());
        QCOMPARE(r.result.provenance.inputs.last().role, QStringLiteral("impact"));
        // Expected counts from the arrival raster itself: a building is hit once its cell burned.
        const Raster arrival = readRaster(out(QStringLiteral("impact/arrival.tif")));
        QCOMPARE(int(arrival.band1.size()), 256 * 256);
        const auto expected = [&](int step, const QString &use) {
            int n = 0;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const double a = arrival.band1.at(size_t(cells.at(i).y()) * 256 + size_t(cells.at(i).x()));
                n += a >= 0 && a <= step && (use.isEmpty() || uses.at(i) == use);
            }
            return n;
        };
        QHash<QString, int> seen;
        for (const ImpactRecord &rec : r.result.impact) {
            QCOMPARE(rec.metric, QStringLiteral("buildings"));
            QCOMPARE(rec.unit, QStringLiteral("count"));
            QCOMPARE(rec.timeSec, rec.step * 60.0);
            QCOMPARE(int(rec.value), expected(rec.step, rec.category));
            ++seen[rec.category];
        }
        QCOMPARE(seen.value(QString()), 120); // the total at every step
        QVERIFY(seen.contains(QStringLiteral("home")) && seen.contains(QStringLiteral("farm")));
        // The fixture means something: the ignition's building is hit at once, the one behind the
        // barrier and the far corner never.
        QCOMPARE(expected(1, {}), 1);
        QVERIFY(expected(120, {}) >= 2 && expected(120, {}) <= 3);
        QFile csv(out(QStringLiteral("impact/impact.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("step,"));
    }

    void impactLayerMustBeAVectorDataset()
    {
        Scenario s = scenarioFrom(cliExampleJson());
        ScenarioImpact impact;
        impact.dataset = QStringLiteral("No such layer");
        s.impacts = {impact};
        const Run r = runSync(dataDir(QStringLiteral("impact-missing")), s, filesOnly(out(QStringLiteral("impact-missing"))));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(out(QStringLiteral("impact-missing/summary.json"))));
        // Bad JSON names the key.
        QJsonObject o = cliExampleJson();
        o.insert(QStringLiteral("impacts"), QJsonArray{QJsonObject{{QStringLiteral("dataset"), QStringLiteral("x")},
                                                                   {QStringLiteral("kind"), QStringLiteral("population")}}});
        Result<Scenario> bad = Scenario::fromJson(o);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("impacts[0].population")), qPrintable(bad.error().message));
    }

    void barrierLineHolds()
    {
        // CLI.md's example with the fire lit next to its barrier and an east wind driving it there.
        QJsonObject o = cliExampleJson();
        o.insert(QStringLiteral("ignitions"), QJsonArray{QJsonArray{103, 128}});
        o.insert(QStringLiteral("wind"), QJsonObject{{QStringLiteral("speed"), 6}, {QStringLiteral("direction"), 90}});
        const Run r = runSync(dataDir(QStringLiteral("ws")), scenarioFrom(o), filesOnly(out(QStringLiteral("barrier"))));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        const Raster arrival = readRaster(out(QStringLiteral("barrier/arrival.tif")));
        int reachedBarrierSide = 0;
        for (int row = 0; row < 256; ++row) {
            QCOMPARE(arrival.band1.at(row * 256 + 100), -1.0); // the barrier itself
            QCOMPARE(arrival.band1.at(row * 256 + 99), -1.0);  // and beyond it
            reachedBarrierSide += arrival.band1.at(row * 256 + 101) >= 0 ? 1 : 0;
        }
        QVERIFY2(reachedBarrierSide > 0, "the fire should reach the barrier");
    }

    void seedMattersWithSpotting()
    {
        QMap<quint64, QString> hashes;
        for (quint64 seed : {1, 2}) {
            const QString dir = out(QStringLiteral("spot-%1").arg(seed));
            const Run r = runSync(dataDir(QStringLiteral("ws")), spottingFire(seed), filesOnly(dir));
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            hashes.insert(seed, sha256Of(QDir(dir).filePath(QStringLiteral("arrival.tif"))));
        }
        QVERIFY(hashes.value(1) != hashes.value(2));
        const Run again = runSync(dataDir(QStringLiteral("ws")), spottingFire(2), filesOnly(out(QStringLiteral("spot-2b"))));
        QVERIFY(again.ok);
        QCOMPARE(sha256Of(out(QStringLiteral("spot-2b/arrival.tif"))), hashes.value(2));
    }

    void floodOutputs()
    {
        const Scenario s = scenarioFrom(smallFlood());
        const Run a = runSync(dataDir(QStringLiteral("ws")), s, filesOnly(out(QStringLiteral("flood-a"))));
        QVERIFY2(a.ok, qPrintable(a.error.toString()));
        const Run b = runSync(dataDir(QStringLiteral("ws")), s, filesOnly(out(QStringLiteral("flood-b"))));
        QVERIFY(b.ok);
        QCOMPARE(hashesIn(out(QStringLiteral("flood-a"))), hashesIn(out(QStringLiteral("flood-b"))));
        QCOMPARE(a.result.files, (QStringList{QStringLiteral("depth_max.tif"), QStringLiteral("depth_frames.tif"), QStringLiteral("summary.json")}));
        const Raster max = readRaster(out(QStringLiteral("flood-a/depth_max.tif")));
        QCOMPARE(max.type, QStringLiteral("Float32"));
        QCOMPARE(max.width, 64);
        const double deepest = *std::max_element(max.band1.begin(), max.band1.end());
        QVERIFY2(deepest > 0.01, qPrintable(QString::number(deepest)));
        const Raster frames = readRaster(out(QStringLiteral("flood-a/depth_frames.tif")));
        QCOMPARE(frames.bands, 30);
        QVERIFY(!frames.hasDateTime);
        for (size_t i = 0; i < frames.band1.size(); ++i)
            QVERIFY(frames.band1[i] <= max.band1[i] + 1e-6);
        const QJsonObject summary = a.result.summary;
        QCOMPARE(summary.value(QStringLiteral("frames")).toObject().value(QStringLiteral("steps")).toArray().size(), 30);
        const QJsonObject step = summary.value(QStringLiteral("steps")).toArray().last().toObject();
        for (const char *key : {"step", "time_s", "area_m2", "volume_m3", "inflow_m3", "outflow_m3", "maxDepth_m"})
            QVERIFY2(step.contains(QLatin1String(key)), key);
        QCOMPARE(step.value(QStringLiteral("time_s")).toDouble(), 30 * 60.0);
        QCOMPARE(a.lastFrameStep, 30);
    }

    void frameSteps()
    {
        QCOMPARE(ScenarioOutputs::frameSteps(3), (QList<int>{1, 2, 3}));
        QCOMPARE(ScenarioOutputs::frameSteps(100).size(), 100);
        const QList<int> f101 = ScenarioOutputs::frameSteps(101);
        QCOMPARE(f101.size(), 51);
        QCOMPARE(f101.first(), 2);
        QCOMPARE(f101.last(), 101);
        const QList<int> f250 = ScenarioOutputs::frameSteps(250);
        QCOMPARE(f250.first(), 3);
        QCOMPARE(f250.at(1), 6);
        QCOMPARE(f250.last(), 250);
        QVERIFY(f250.size() <= ScenarioOutputs::kMaxFrames + 1);
    }

    void framesAreThrottled()
    {
        ScenarioRunner::Options o = filesOnly(out(QStringLiteral("frames")));
        o.maxFramesPerSecond = 10;
        Scenario s = scenarioFrom(cliExampleJson());
        s.steps = 400;
        const Run r = runSync(dataDir(QStringLiteral("ws")), s, o);
        QVERIFY(r.ok);
        QCOMPARE(r.lastFrameStep, 400); // the last step is always shown
        QVERIFY2(r.frames <= r.result.modelMs / 100 + 2, qPrintable(QStringLiteral("%1 frames in %2 ms").arg(r.frames).arg(r.result.modelMs)));
        o.maxFramesPerSecond = 0;
        QCOMPARE(runSync(dataDir(QStringLiteral("ws")), s, o).frames, 0);
    }

    void pausesResumesAndCancels()
    {
        TaskManager manager;
        // A flood long enough to be caught mid-run; it pauses itself at step 5 (from the worker, as a
        // GUI's queued call would a moment later).
        QJsonObject o = smallFlood();
        o.insert(QStringLiteral("steps"), 60);
        ScenarioRunner::Options options = filesOnly(out(QStringLiteral("pause")));
        options.maxFramesPerSecond = 1000;
        auto *runner = new ScenarioRunner(dataDir(QStringLiteral("ws")), scenarioFrom(o), options);
        std::atomic<int> lastStep{0};
        connect(runner, &ScenarioRunner::frameReady, runner, [&, runner](const ScenarioFrame &f) {
            lastStep = f.step;
            if (f.step == 5)
                runner->pause();
        }, Qt::DirectConnection);
        std::atomic<int> pausedSignals{0};
        connect(runner, &ScenarioRunner::pausedChanged, runner, [&] { ++pausedSignals; }, Qt::DirectConnection);
        manager.submit(runner);
        QTRY_VERIFY_WITH_TIMEOUT(runner->isPaused(), kTimeoutMs);
        // An observation window: a paused model makes no progress.
        QTest::qWait(300);
        QVERIFY(!runner->isDone());
        QVERIFY2(lastStep <= 6, qPrintable(QString::number(lastStep)));
        const int heldAt = lastStep;
        QTest::qWait(200);
        QCOMPARE(int(lastStep), heldAt);
        runner->resume();
        QTRY_VERIFY_WITH_TIMEOUT(runner->isDone(), kTimeoutMs);
        QCOMPARE(runner->state(), Task::State::Succeeded);
        QCOMPARE(int(lastStep), 60);
        QCOMPARE(int(pausedSignals), 2);

        // Cancel while paused: the model wakes and stops at once; nothing is recorded.
        ScenarioRunner::Options record;
        auto *second = new ScenarioRunner(dataDir(QStringLiteral("cancel")), scenarioFrom(o), record);
        second->pause();
        manager.submit(second);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == Task::State::Running, kTimeoutMs);
        QTest::qWait(100);
        second->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(second->isDone(), 10000);
        QCOMPARE(second->state(), Task::State::Cancelled);
        QCOMPARE(second->error().code, Error::Code::Cancelled);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        Result<Workspace> ws = Workspace::open(dataDir(QStringLiteral("cancel")));
        QCOMPARE(*ws->catalog().count(), 0);
        QVERIFY(QDir(ws->workDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void resultsGoIntoTheCatalog()
    {
        const QString dir = dataDir(QStringLiteral("catalog"));
        Scenario s = scenarioFrom(cliExampleJson());
        s.name = QStringLiteral("Test fire");
        const Run first = runSync(dir, s, {});
        QVERIFY2(first.ok, qPrintable(first.error.toString()));
        QCOMPARE(first.result.datasetIds.size(), 1);
        QVERIFY(first.result.outDir.isEmpty());
        Result<Workspace> ws = Workspace::open(dir);
        QVERIFY(QDir(ws->workDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        Result<DatasetRecord> r = ws->catalog().get(first.result.datasetIds.first());
        QVERIFY(r.ok());
        QCOMPARE(r->domain, QStringLiteral("hazard"));
        QVERIFY(r->keywords.contains(QStringLiteral("scenario:") + s.id));
        QCOMPARE(r->source, QStringLiteral("Urbis scenario Test fire"));
        QCOMPARE(r->crs, QStringLiteral("EPSG:32634"));
        QCOMPARE(r->featureCount, 256 * 256);
        QVERIFY(r->bbox.isValid() && r->bbox.west < 23.701 && r->bbox.north > 38.049 && r->bbox.east < 23.8);
        QCOMPARE(r->assets.size(), 2);
        const auto role = [&](const char *name) {
            return *std::find_if(r->assets.begin(), r->assets.end(), [&](const AssetInfo &a) { return a.role == QLatin1String(name); });
        };
        QCOMPARE(role("data").name, QStringLiteral("arrival.tif"));
        QCOMPARE(role("metadata").name, QStringLiteral("summary.json"));
        Result<QByteArray> summaryBytes = ws->store().read(role("metadata").sha256);
        QVERIFY(summaryBytes.ok());
        const QJsonObject summary = QJsonDocument::fromJson(*summaryBytes).object();
        QCOMPARE(summary, first.result.summary);
        QCOMPARE(r->sha256, summary.value(QStringLiteral("sha256")).toObject().value(QStringLiteral("arrival.tif")).toString());
        QCOMPARE(ScenarioResults::of(ws->catalog(), s.id)->size(), 1);

        // The same bytes again: nothing new. Other results: a new version of the same dataset.
        const Run again = runSync(dir, s, {});
        QCOMPARE(again.result.datasetIds, first.result.datasetIds);
        QCOMPARE(*ws->catalog().count(), 1);
        Scenario longer = s;
        longer.steps = 150;
        const Run third = runSync(dir, longer, {});
        QVERIFY(third.ok);
        Result<DatasetRecord> v2 = ws->catalog().get(third.result.datasetIds.first());
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->previousVersion, first.result.datasetIds.first());
        const QList<DatasetRecord> latest = *ScenarioResults::of(ws->catalog(), s.id);
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().id, v2->id);
    }

    void refusesNowhereToWrite()
    {
        ScenarioRunner::Options o;
        o.recordResults = false;
        const Run r = runSync(dataDir(QStringLiteral("ws")), scenarioFrom(cliExampleJson()), o);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "test_scenariorunner.moc"
