// The compare view: two canvases that keep the same view whichever is moved, two scenarios run
// side by side through the TaskManager, one timeline driving both overlays, and the area chart with
// A, B and B - A.
#include "test_scenariofixture.h"

#include "map/basemaplayers.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/maplayer.h"
#include "sim/mapviewsync.h"
#include "sim/scenarioareachart.h"
#include "sim/scenariocompareview.h"
#include "sim/scenarioframeoverlay.h"
#include "sim/scenariolistmodel.h"
#include "sim/scenariorun.h"
#include "sim/scenariokpi.h"
#include "sim/scenariostore.h"
#include "sim/scenariotimeline.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

bool sameView(const MapCanvas &a, const MapCanvas &b)
{
    return qFuzzyCompare(a.zoom(), b.zoom()) && std::abs(a.center().x() - b.center().x()) < 1e-6
           && std::abs(a.center().y() - b.center().y()) < 1e-6;
}

} // namespace

class TestScenarioCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Workspace::open(m_dir.path()).ok());
        ScenarioStore store(m_dir.path());
        QVERIFY(store.save(test::smallWildfire(QStringLiteral("calm"), QStringLiteral("Calm"), 0)).ok());
        QVERIFY(store.save(test::smallWildfire(QStringLiteral("windy"), QStringLiteral("Windy"), 8)).ok());
    }

    void canvasesFollowEachOther()
    {
        MapCanvas a, b;
        a.resize(300, 200);
        b.resize(400, 300);
        MapViewSync sync(&a, &b);
        a.setCenterLonLat(23.7, 38.0);
        a.setZoom(12);
        QVERIFY(sameView(a, b));
        b.panBy(QPointF(120, -40));
        QVERIFY(sameView(a, b));
        b.zoomIn();
        QCOMPARE(a.zoom(), 13.0);
        QVERIFY(sameView(a, b));
        a.setCenterLonLat(-3.7, 40.4);
        QVERIFY(std::abs(b.centerLonLat().x() + 3.7) < 1e-9);
    }

    void comparesTwoRuns()
    {
        TaskManager tasks;
        ScenarioListModel model(m_dir.path());
        QSignalSpy loaded(&model, &ScenarioListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(20000));
        MapCanvas main; // with the basemap, which both maps show too
        main.setBackgroundColor(BasemapLayers::seaColor());
        if (Result<QList<std::shared_ptr<MapLayer>>> basemap = BasemapLayers::create())
            for (const std::shared_ptr<MapLayer> &layer : *basemap)
                main.layerModel()->addLayer(layer, true);
        ScenarioCompareView view(&tasks, m_dir.path(), &model, &main);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.canvasA() != view.canvasB());
        QCOMPARE(view.canvasA()->layerModel()->layers(), main.layerModel()->layers());
        QCOMPARE(view.canvasB()->layerModel()->rowCount(), main.layerModel()->rowCount());

        QSignalSpy compared(&view, &ScenarioCompareView::compared);
        QSignalSpy added(&tasks, &TaskManager::taskAdded);
        QVERIFY(view.compare(QStringLiteral("calm"), QStringLiteral("windy")));
        QCOMPARE(added.size(), 2);
        QVERIFY(sameView(*view.canvasA(), *view.canvasB())); // zoomed to both grids, together
        QVERIFY(compared.wait(60000));
        QVERIFY2(compared.first().first().toBool(), qPrintable(view.statusText()));

        // One timeline drives both maps.
        ScenarioTimeline *timeline = view.timeline();
        QCOMPARE(timeline->availableStep(), 40);
        timeline->setCurrentStep(25);
        QCOMPARE(view.overlayA()->step(), 25);
        QCOMPARE(view.overlayB()->step(), 25);
        QVERIFY(view.overlayA()->hasFrame() && view.overlayB()->hasFrame());
        QCOMPARE(view.chart()->currentStep(), 25);

        // A, B and B - A per step; the wind spreads B further.
        QCOMPARE(view.chart()->seriesNames().size(), 3);
        const QList<QPointF> a = view.chart()->points(0), b = view.chart()->points(1), diff = view.chart()->points(2);
        QCOMPARE(a.size(), 40);
        QCOMPARE(b.size(), 40);
        QCOMPARE(diff.size(), 40);
        for (int i = 0; i < diff.size(); ++i)
            QVERIFY(std::abs(diff.at(i).y() - (b.at(i).y() - a.at(i).y())) < 1e-9);
        // Each line is its run's area per step, in hectares.
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i), QPointF(view.runA()->areaSeries().at(i).x(), view.runA()->areaSeries().at(i).y() / 10'000));
            QCOMPARE(b.at(i), QPointF(view.runB()->areaSeries().at(i).x(), view.runB()->areaSeries().at(i).y() / 10'000));
        }
        QCOMPARE(view.runA()->scenario().id, QStringLiteral("calm"));
        QCOMPARE(view.runB()->scenario().id, QStringLiteral("windy"));
        // Without impact layers the only KPI to compare is the area.
        QCOMPARE(view.kpiCombo()->count(), 1);
        QCOMPARE(view.kpiCombo()->currentData().toString(), ScenarioKpi::kAreaId);
        QVERIFY(a.last().y() > 0 && b.last().y() > 0);

        const QString shots = qEnvironmentVariable("URBIS_SHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(view.grab().save(shots + QStringLiteral("/scenario-compare.png")));

        // Moving one map moves the other.
        view.canvasB()->panBy(QPointF(60, 30));
        QVERIFY(sameView(*view.canvasA(), *view.canvasB()));
        QVERIFY(!view.compare(QStringLiteral("calm"), QStringLiteral("missing")));
        QVERIFY(tasks.waitForDone(10000));
    }

    void impactTextPicksTheShownStep()
    {
        const auto rec = [](int step, const QString &category, double value) {
            ImpactRecord r;
            r.step = step;
            r.metric = QStringLiteral("buildings");
            r.unit = QStringLiteral("count");
            r.category = category;
            r.value = value;
            return r;
        };
        const QList<ImpactRecord> records{rec(2, {}, 1), rec(2, QStringLiteral("farm"), 1), rec(5, {}, 3),
                                          rec(5, QStringLiteral("farm"), 2), rec(5, QStringLiteral("home"), 1)};
        QCOMPARE(ScenarioKpi::impactText(records, 1), QString()); // nothing reported yet
        QCOMPARE(ScenarioKpi::impactText(records, 4), QStringLiteral("Affected at step 2: buildings 1 (farm 1)"));
        QCOMPARE(ScenarioKpi::impactText(records, 9), QStringLiteral("Affected at step 5: buildings 3 (farm 2, home 1)"));
        QCOMPARE(ScenarioKpi::valueAt({{2, 1}, {5, 3}}, 4), 1.0);
        QCOMPARE(ScenarioKpi::valueAt({{2, 1}, {5, 3}}, 1), 0.0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScenarioCompare)
#include "test_scenariocompare.moc"
