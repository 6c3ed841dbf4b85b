// The demo workspace's terrain, fuel and barrier datasets and its two scenarios: stored, runnable,
// and doing what the demo promises (the fire stops at the roads and the river, the valley floods).
#include "scenariotestdata.h"
#include "sim/scenarioinputs.h"
#include "sim/scenariorunner.h"
#include "sim/scenariostore.h"
#include "workspace/demoterrain.h"
#include "workspace/demoworkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using namespace scenariotest;

class TestScenarioDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_ws;

private slots:
    void initTestCase()
    {
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY(ws.ok());
        m_ws.emplace(std::move(*ws));
        QElapsedTimer clock;
        clock.start();
        Result<DemoWorkspace::Summary> demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        qInfo("demo workspace created in %lld ms", clock.elapsed());
    }

    void terrainIsPlausible()
    {
        const FloatGrid dem = DemoTerrain::elevation();
        QCOMPARE(dem.width(), DemoTerrain::kSize);
        const auto [lo, hi] = std::minmax_element(dem.cells().begin(), dem.cells().end());
        QVERIFY2(*lo > 100 && *hi < 600 && *hi - *lo > 150, qPrintable(QStringLiteral("%1..%2").arg(*lo).arg(*hi)));
        // The river runs downhill: its channel is lower in the south than in the north.
        const QPolygonF river = DemoTerrain::river();
        const QPointF n = river.first(), s = river.last();
        QVERIFY(dem.at(int(n.x()), int(n.y())) > dem.at(int(s.x()), int(s.y())) + 50);
        const ByteGrid fuel = DemoTerrain::fuel(dem);
        QList<int> counts(6, 0);
        for (std::uint8_t c : fuel.cells())
            ++counts[c];
        for (int code = 1; code <= 5; ++code)
            QVERIFY2(counts.at(code) > 100, qPrintable(QStringLiteral("fuel %1: %2 cells").arg(code).arg(counts.at(code))));
    }

    void scenariosAreStoredWithTheirInputs()
    {
        ScenarioStore store(m_ws->dataDir());
        Result<QList<ScenarioStore::Entry>> entries = store.list();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        for (const ScenarioStore::Entry &e : *entries)
            QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        Result<Scenario> fire = store.load(DemoTerrain::kWildfireId);
        QVERIFY(fire.ok());
        QCOMPARE(fire->barrierDatasets.size(), 1);
        for (const QString &id : {fire->terrainDataset, fire->fuelDataset, fire->barrierDatasets.first()}) {
            Result<DatasetRecord> r = m_ws->catalog().get(id);
            QVERIFY2(r.ok(), qPrintable(id));
            QCOMPARE(r->city, QStringLiteral("Athens"));
            QCOMPARE(r->domain, QStringLiteral("hazard"));
        }
        QCOMPARE(store.load(DemoTerrain::kFloodId)->terrainDataset, fire->terrainDataset);

        // Running the demo again keeps them; deleting an input rewrites them with the new dataset.
        QVERIFY(store.contains(DemoTerrain::kWildfireId));
        QVERIFY(DemoTerrain::saveScenarios(*m_ws)->isEmpty());
        QVERIFY(m_ws->catalog().remove(fire->fuelDataset).ok());
        QVERIFY(DemoWorkspace::create(*m_ws).ok());
        Result<Scenario> rewritten = store.load(DemoTerrain::kWildfireId);
        QVERIFY(rewritten->fuelDataset != fire->fuelDataset);
        QVERIFY(m_ws->catalog().get(rewritten->fuelDataset).ok());
    }

    void wildfireRunsAndStopsAtTheBarriers()
    {
        Result<Scenario> s = ScenarioStore(m_ws->dataDir()).load(DemoTerrain::kWildfireId);
        QVERIFY(s.ok());
        ScenarioRunner runner(m_ws->dataDir(), *s);
        QElapsedTimer clock;
        clock.start();
        runner.execute();
        QVERIFY2(runner.state() == Task::State::Succeeded, qPrintable(runner.error().toString()));
        const ScenarioRunResult r = runner.result();
        qInfo("demo wildfire: %lld ms (model %lld ms, %lld cell updates)", clock.elapsed(), r.modelMs, r.cellUpdates);
        QCOMPARE(r.provenance.inputs.size(), 4); // DEM, fuel, roads and river, buildings
        QCOMPARE(r.datasetIds.size(), 1);
        // The buildings the fire reached, per use, at the last step.
        QVERIFY(!r.impact.isEmpty());
        QCOMPARE(r.impact.last().step, s->steps);
        const auto total = std::find_if(r.impact.rbegin(), r.impact.rend(), [](const ImpactRecord &i) { return i.category.isEmpty(); });
        QVERIFY(total != r.impact.rend());
        QCOMPARE(total->metric, QStringLiteral("buildings"));
        QVERIFY2(total->value >= 1, "the demo fire reaches some buildings");
        const qint64 burned = r.summary.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("burnedCells")).toInteger();
        QVERIFY2(burned > 500, qPrintable(QString::number(burned)));

        Result<ScenarioInputs> in = ScenarioInputs::build(*s, &m_ws->catalog(), &m_ws->store());
        QVERIFY(in.ok());
        Result<DatasetRecord> result = m_ws->catalog().get(r.datasetIds.first());
        QTemporaryDir tmp;
        const QString arrivalPath = tmp.filePath(QStringLiteral("arrival.tif"));
        QVERIFY(m_ws->store().copyTo(result->sha256, arrivalPath).ok());
        GDALAllRegister();
        GDALDatasetH ds = GDALOpen(arrivalPath.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(ds);
        std::vector<std::int32_t> arrival(size_t(DemoTerrain::kSize) * DemoTerrain::kSize);
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 0, 0, DemoTerrain::kSize, DemoTerrain::kSize, arrival.data(),
                              DemoTerrain::kSize, DemoTerrain::kSize, GDT_Int32, 0, 0), CE_None);
        GDALClose(ds);
        qint64 onBarrier = 0, barrierCells = 0;
        for (size_t i = 0; i < arrival.size(); ++i) {
            barrierCells += in->barriers.cells()[i] ? 1 : 0;
            onBarrier += in->barriers.cells()[i] && arrival[i] >= 0 ? 1 : 0;
        }
        QVERIFY(barrierCells > 300);
        QCOMPARE(onBarrier, 0);
    }

    void floodRuns()
    {
        Result<Scenario> s = ScenarioStore(m_ws->dataDir()).load(DemoTerrain::kFloodId);
        QVERIFY(s.ok());
        ScenarioRunner runner(m_ws->dataDir(), *s);
        QElapsedTimer clock;
        clock.start();
        runner.execute();
        QVERIFY2(runner.state() == Task::State::Succeeded, qPrintable(runner.error().toString()));
        const ScenarioRunResult r = runner.result();
        qInfo("demo flood: %lld ms (model %lld ms, %lld cell updates)", clock.elapsed(), r.modelMs, r.cellUpdates);
        QCOMPARE(r.datasetIds.size(), 2);
        double deepest = 0, area = 0;
        for (const QJsonValue &v : r.summary.value(QStringLiteral("steps")).toArray()) {
            deepest = std::max(deepest, v.toObject().value(QStringLiteral("maxDepth_m")).toDouble());
            area = std::max(area, v.toObject().value(QStringLiteral("area_m2")).toDouble());
        }
        QVERIFY2(deepest > 0.5 && area > 100 * 900, qPrintable(QStringLiteral("%1 m, %2 m2").arg(deepest).arg(area)));
    }
};

QTEST_GUILESS_MAIN(TestScenarioDemo)
#include "test_scenariodemo.moc"
