// The Scenarios page against a real workspace: the list (search, last run), runs through the
// TaskManager with frames on the page's map and the main map, the timeline and the area chart,
// pause / resume / cancel, the edit form's validation, New / Duplicate / Delete; and, on the demo
// workspace, a running wildfire mid-way (saved as docs/images/scenario-wildfire.png when
// URBIS_SHOT_DIR is set).
#include "test_scenariofixture.h"

#include "map/basemaplayers.h"
#include "map/layerloader.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/rasterlayer.h"
#include "sim/scenarioareachart.h"
#include "sim/scenarioeditdialog.h"
#include "sim/scenarioframeoverlay.h"
#include "sim/scenariolistmodel.h"
#include "sim/scenariopage.h"
#include "sim/scenariorun.h"
#include "sim/scenariorunner.h"
#include "sim/scenariorunview.h"
#include "sim/scenariostore.h"
#include "sim/scenariotimeline.h"
#include "util/taskmanager.h"
#include "workspace/demoterrain.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace urbis;

namespace {

/** Cells of the overlay's image that are drawn (not transparent). */
int drawnCells(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

/** The bounding box of the drawn cells. */
QRect drawnBounds(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                box |= QRect(x, y, 1, 1);
    return box;
}

/** Answers the next modal dialog of type T with `answer` (called on it) once it shows. */
template <typename T, typename F>
void answerModal(QObject *context, F answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [timer, tries, answer] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(w);
        } else if (++*tries > 500) {
            timer->stop(); // the test fails on its own check; never hang here
        }
    });
    timer->start();
}

} // namespace

class TestScenarioPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        ScenarioStore store(m_dir.path());
        QVERIFY(store.save(test::smallWildfire(QStringLiteral("fire-a"), QStringLiteral("Alpha fire"))).ok());
        QVERIFY(store.save(test::smallFlood(QStringLiteral("flood-b"), QStringLiteral("Beta flood"))).ok());
    }

    void listsAndSearches()
    {
        TaskManager tasks;
        MapCanvas main;
        ScenarioPage page(&tasks, m_dir.path(), &main);
        QSignalSpy loaded(&page, &ScenarioPage::scenariosLoaded);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->row(0).entry.name, QStringLiteral("Alpha fire"));
        QCOMPARE(page.model()->row(1).entry.type, Scenario::Type::Flood);
        QVERIFY(!page.model()->row(0).lastRun.isValid());
        QVERIFY(page.model()->index(0).data().toString().contains(ScenarioListModel::tr("never run")));
        QCOMPARE(page.selectedId(), QStringLiteral("fire-a")); // the first is selected
        page.searchEdit()->setText(QStringLiteral("FLOOD"));
        QCOMPARE(page.filteredModel()->rowCount(), 1);
        QCOMPARE(page.filteredModel()->index(0, 0).data(ScenarioListModel::IdRole).toString(), QStringLiteral("flood-b"));
        QVERIFY(page.selectScenario(QStringLiteral("fire-a"))); // clears a search that hides it
        QCOMPARE(page.filteredModel()->rowCount(), 2);
        QVERIFY(!page.selectScenario(QStringLiteral("nope")));
    }

    void runsAWildfireAndShowsItsFrames()
    {
        TaskManager tasks;
        MapCanvas main;
        ScenarioPage page(&tasks, m_dir.path(), &main);
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(&page, &ScenarioPage::scenariosLoaded);
        QVERIFY(loaded.wait(20000));
        QSignalSpy added(&tasks, &TaskManager::taskAdded);
        QSignalSpy finished(&page, &ScenarioPage::runFinished);
        QVERIFY(page.runScenario(QStringLiteral("fire-a")));
        QCOMPARE(added.size(), 1); // through the TaskManager, so the Tasks panel lists it
        ScenarioRunView *view = page.runView();
        QVERIFY(main.overlays().contains(view->overlay())); // the frames show on the main map too
        QVERIFY(view->canvas()->overlays().contains(view->overlay()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("fire-a"));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(view->statusText()));

        ScenarioTimeline *timeline = view->timeline();
        QCOMPARE(timeline->availableStep(), 40); // the last step always arrives
        QCOMPARE(timeline->currentStep(), 40);   // and the timeline followed it
        ScenarioFrameOverlay *overlay = view->overlay();
        QVERIFY(overlay->hasFrame());
        QCOMPARE(overlay->step(), 40);
        QVERIFY(qAlpha(overlay->image().pixel(24, 24)) > 0); // the ignition burned
        const int burnedAtEnd = drawnCells(overlay->image());
        timeline->setCurrentStep(1); // the final arrival grid rebuilds any earlier step
        QCOMPARE(overlay->step(), 1);
        QVERIFY(qAlpha(overlay->image().pixel(24, 24)) > 0);
        QVERIFY2(drawnCells(overlay->image()) < burnedAtEnd, qPrintable(QString::number(burnedAtEnd)));

        const QList<QPointF> area = view->chart()->points(0);
        QCOMPARE(area.size(), 40); // every step, from the summary
        QVERIFY(area.last().y() > area.first().y());
        QCOMPARE(view->chart()->currentStep(), 1);
        QVERIFY(!view->resultIds().isEmpty());
        QVERIFY2(view->statusText().startsWith(QLatin1String("Done")), qPrintable(view->statusText()));
        QVERIFY(page.model()->row(page.model()->rowOf(QStringLiteral("fire-a"))).lastRun.isValid());
        QVERIFY(tasks.waitForDone(10000));
    }

    void runsAFlood()
    {
        TaskManager tasks;
        ScenarioPage page(&tasks, m_dir.path(), nullptr);
        QSignalSpy finished(&page, &ScenarioPage::runFinished);
        QVERIFY(page.runScenario(QStringLiteral("flood-b")));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(page.runView()->statusText()));
        const QImage image = page.runView()->overlay()->image();
        QCOMPARE(image.size(), QSize(32, 32));
        const QColor water = image.pixelColor(16, 16);
        QVERIFY(water.alpha() > 0);
        QVERIFY(water.blue() > water.red());
        QCOMPARE(page.runView()->chart()->points(0).size(), 20);
        QVERIFY(page.runView()->chart()->points(0).last().y() > 0);
        QVERIFY(!page.runScenario(QStringLiteral("no-such-scenario")));
        QVERIFY(!page.runView()->statusText().isEmpty());
    }

    void pausesResumesAndCancels()
    {
        TaskManager tasks;
        ScenarioPage page(&tasks, m_dir.path(), nullptr);
        ScenarioRunView *view = page.runView();
        QSignalSpy finished(&page, &ScenarioPage::runFinished);
        QVERIFY(page.runScenario(QStringLiteral("fire-a")));
        view->pauseOrResume(); // before the model's first checkpoint: it waits there
        QCOMPARE(view->run()->state(), ScenarioRun::State::Paused);
        auto *pause = view->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(pause);
        QCOMPARE(pause->text(), ScenarioRunView::tr("Resume"));
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QTest::qWait(300);
        QVERIFY(finished.isEmpty()); // paused: it does not finish
        QVERIFY(view->run()->progress() < 100);
        view->pauseOrResume();
        QCOMPARE(view->run()->state(), ScenarioRun::State::Running);
        QCOMPARE(pause->text(), ScenarioRunView::tr("Pause"));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().at(1).toBool());

        QVERIFY(page.runScenario(QStringLiteral("fire-a")));
        view->pauseOrResume();
        view->cancel(); // wakes the paused model, which sees the cancel
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(view->run()->state(), ScenarioRun::State::Cancelled);
        QVERIFY(tasks.waitForDone(10000));
    }

    void editFormChecksThroughTheCore()
    {
        ScenarioEditDialog fire(test::smallWildfire(QStringLiteral("fire-x"), QStringLiteral("X")));
        auto *ignitions = fire.findChild<QPlainTextEdit *>(QStringLiteral("ignitions"));
        QVERIFY(ignitions);
        ignitions->setPlainText(QStringLiteral("abc"));
        QVERIFY(!fire.validate().ok());
        QVERIFY2(fire.message().contains(QStringLiteral("line 1")), qPrintable(fire.message()));
        ignitions->setPlainText(QStringLiteral("999, 999"));
        QVERIFY(!fire.validate().ok());
        QVERIFY2(fire.message().contains(QStringLiteral("outside")), qPrintable(fire.message()));
        ignitions->clear();
        QVERIFY(!fire.validate().ok());
        QVERIFY2(fire.message().contains(QStringLiteral("ignitions")), qPrintable(fire.message()));
        fire.accept();
        QCOMPARE(fire.result(), int(QDialog::Rejected)); // still open
        ignitions->setPlainText(QStringLiteral("5, 6\n7 8"));
        fire.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Renamed"));
        fire.findChild<QPlainTextEdit *>(QStringLiteral("barrierLines"))->setPlainText(QStringLiteral("0, 10; 47, 10"));
        Result<Scenario> s = fire.validate();
        QVERIFY2(s.ok(), qPrintable(fire.message()));
        QCOMPARE(s->ignitions, (QList<QPoint>{QPoint(5, 6), QPoint(7, 8)}));
        QCOMPARE(s->name, QStringLiteral("Renamed"));
        QCOMPARE(s->id, QStringLiteral("fire-x"));
        QCOMPARE(s->barrierLines.size(), 1);
        fire.findChild<QLineEdit *>(QStringLiteral("seed"))->clear();
        QVERIFY(!fire.validate().ok());

        ScenarioEditDialog flood(test::smallFlood(QStringLiteral("flood-x"), QStringLiteral("Y")));
        auto *inflow = flood.findChild<QPlainTextEdit *>(QStringLiteral("inflow"));
        QVERIFY(inflow);
        inflow->setPlainText(QStringLiteral("0, 5\n60, x"));
        QVERIFY(!flood.validate().ok());
        QVERIFY2(flood.message().contains(QStringLiteral("line 2")), qPrintable(flood.message()));
        inflow->clear();
        QVERIFY(!flood.validate().ok()); // no water at all
        inflow->setPlainText(QStringLiteral("0, 5\n600, 8"));
        QVERIFY2(flood.validate().ok(), qPrintable(flood.message()));
    }

    void newDuplicateAndDelete()
    {
        TaskManager tasks;
        ScenarioPage page(&tasks, m_dir.path(), nullptr);
        QSignalSpy loaded(&page, &ScenarioPage::scenariosLoaded);
        QVERIFY(loaded.wait(20000));
        const int before = page.model()->rowCount();

        answerModal<ScenarioEditDialog>(&page, [](ScenarioEditDialog *d) { d->accept(); });
        page.newScenario(Scenario::Type::Flood);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.model()->rowCount(), before + 1);
        const QString created = page.selectedId();
        QVERIFY2(created.startsWith(QLatin1String("flood-")), qPrintable(created));
        QVERIFY(ScenarioStore(m_dir.path()).load(created).ok());

        QVERIFY(page.selectScenario(QStringLiteral("fire-a")));
        page.duplicateSelected();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.model()->rowCount(), before + 2);
        const QString copy = page.selectedId();
        QVERIFY(copy != QLatin1String("fire-a"));
        QCOMPARE(page.model()->row(page.model()->rowOf(copy)).entry.name, QStringLiteral("Alpha fire (copy)"));

        answerModal<QMessageBox>(&page, [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        page.deleteSelected();
        QVERIFY(ScenarioStore(m_dir.path()).contains(copy)); // declined
        answerModal<QMessageBox>(&page, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        page.deleteSelected();
        QVERIFY(loaded.wait(20000));
        QVERIFY(!ScenarioStore(m_dir.path()).contains(copy));
        QVERIFY(ScenarioStore(m_dir.path()).remove(created).ok());
    }

    void runningDemoWildfireMidway()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        QVERIFY(ws.ok());
        const auto demo = DemoWorkspace::create(*ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        Result<Scenario> scenario = ScenarioStore(dir.path()).load(DemoTerrain::kWildfireId);
        QVERIFY2(scenario.ok(), qPrintable(scenario.error().toString()));

        // The main map as the main window has it: the basemap and the scenario's inputs on it.
        MapCanvas main;
        main.setBackgroundColor(BasemapLayers::seaColor());
        if (Result<QList<std::shared_ptr<MapLayer>>> basemap = BasemapLayers::create())
            for (const std::shared_ptr<MapLayer> &layer : *basemap)
                main.layerModel()->addLayer(layer, true);
        addDatasetLayer(*ws, main, scenario->terrainDataset, true);
        for (const QString &barriers : scenario->barrierDatasets)
            addDatasetLayer(*ws, main, barriers, false);

        TaskManager tasks;
        ScenarioPage page(&tasks, dir.path(), &main);
        QSignalSpy loaded(&page, &ScenarioPage::scenariosLoaded);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!loaded.isEmpty() || loaded.wait(20000));

        // Stop the model (on its own thread, so however fast it is) once it is well under way,
        // then once more right after the next frame it sends, so the map shows that step.
        const QString shots = qEnvironmentVariable("URBIS_SHOT_DIR");
        ScenarioRun *run = page.runView()->run();
        QPointer<ScenarioRunner> runner;
        auto midway = std::make_shared<std::atomic<bool>>(false);
        auto atNextFrame = std::make_shared<std::atomic<bool>>(false);
        connect(&tasks, &TaskManager::taskAdded, this, [&runner, midway, atNextFrame](Task *task) {
            auto *r = qobject_cast<ScenarioRunner *>(task);
            runner = r;
            connect(r->feedback(), &Feedback::progressChanged, r, [r, midway](double percent) {
                if (percent >= 60 && !midway->exchange(true))
                    r->pause();
            }, Qt::DirectConnection);
            connect(r, &ScenarioRunner::frameReady, r, [r, atNextFrame](const ScenarioFrame &) {
                if (atNextFrame->exchange(false))
                    r->pause();
            }, Qt::DirectConnection);
        });
        QSignalSpy finished(&page, &ScenarioPage::runFinished);
        QVERIFY(page.runScenario(DemoTerrain::kWildfireId));
        QVERIFY(runner);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), ScenarioRun::State::Paused, 60000);
        const int pausedAt = run->frames().newestStep();
        // The runner sends at most one frame per 100 ms: once that has passed, the next step sends one.
        QTest::qWait(150);
        atNextFrame->store(true);
        run->resume();
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == ScenarioRun::State::Paused && run->frames().newestStep() > pausedAt, 60000);
        QVERIFY2(finished.isEmpty(), qPrintable(page.runView()->statusText()));
        // Closer to the fire than the whole grid, as a user following it would look.
        const QRect burned = drawnBounds(page.runView()->overlay()->image());
        QVERIFY(burned.isValid());
        const QPolygonF corners = page.runView()->overlay()->cornersMeters();
        const QSizeF cells = page.runView()->overlay()->image().size();
        const QPointF u = (corners.at(1) - corners.at(0)) / cells.width(), v = (corners.at(3) - corners.at(0)) / cells.height();
        MapCanvas *canvas = page.runView()->canvas();
        QSignalSpy rendered(canvas, &MapCanvas::rendered);
        canvas->setCenter(corners.at(0) + u * burned.center().x() + v * burned.center().y());
        canvas->setZoom(canvas->zoom() + 1);
        QVERIFY(rendered.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
        const int target = scenario->steps / 2;

        ScenarioFrameOverlay *overlay = page.runView()->overlay();
        QVERIFY2(overlay->step() >= target && overlay->step() < scenario->steps,
                 qPrintable(QStringLiteral("step %1, newest frame %2, timeline %3")
                                .arg(overlay->step()).arg(run->frames().newestStep()).arg(page.runView()->timeline()->currentStep())));
        QVERIFY(page.runView()->timeline()->isLive());
        QVERIFY(drawnCells(overlay->image()) > 0);
        run->resume(); // the picture shows it running; frames are handled after the grab
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/scenario-wildfire.png")));
        QVERIFY(finished.wait(90000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(page.runView()->statusText()));
        QCOMPARE(page.runView()->timeline()->availableStep(), scenario->steps);
    }

private:
    static void addDatasetLayer(Workspace &ws, MapCanvas &map, const QString &id, bool raster)
    {
        Result<DatasetRecord> record = ws.catalog().get(id);
        if (!record)
            return;
        for (const AssetInfo &a : record->assets) {
            if (a.role != u"data")
                continue;
            const QString path = ws.store().pathFor(a.sha256);
            if (raster) {
                if (Result<std::shared_ptr<RasterLayer>> layer = RasterLayer::open(path, 1, record->title)) {
                    (*layer)->setRamp(ColorRamp({{0.0, QColor(226, 236, 214)}, {1.0, QColor(150, 128, 104)}}));
                    map.layerModel()->addLayer(*layer, true);
                }
            } else if (Result<std::shared_ptr<MapLayer>> layer = LayerLoader::openDataset(*record, path)) {
                map.layerModel()->addLayer(*layer, true);
            }
        }
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScenarioPage)
#include "test_scenariopage.moc"
