#include "aboutdialog.h"
#include "catalog/catalogresultsmodel.h"
#include "catalog/catalogsearchwidget.h"
#include "catalog/datasetdetailswidget.h"
#include "catalog/dataseteditor.h"
#include "catalog/datasetview.h"
#include "common/taskrow.h"
#include "common/taskspanel.h"
#include "geo/webmercator.h"
#include "mainwindow.h"
#include "map/footprintslayer.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/vectorlayer.h"
#include "mapview.h"
#include "sim/scenariolistmodel.h"
#include "sim/scenariopage.h"
#include "sim/scenariorunview.h"
#include "sim/scenarioresults.h"
#include "util/functiontask.h"
#include "util/libraryversions.h"
#include "util/taskmanager.h"
#include "workspace/demoterrain.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace urbis;

// The demo workspace: 15 city datasets plus the simulation terrain (DEM, fuel map, roads and river, buildings).
static constexpr int kDemoCount = 19;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    static std::unique_ptr<Workspace> openWorkspace(const QString &dir)
    {
        Result<Workspace> ws = Workspace::open(dir);
        if (!ws) {
            qWarning() << ws.error().toString();
            return {};
        }
        return std::make_unique<Workspace>(std::move(*ws));
    }

private slots:
    void initTestCase()
    {
        // Window layout goes to QSettings; keep the developer's own settings out of reach.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("urbis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ws = openWorkspace(m_dir->path());
        QVERIFY(m_ws);
        Result<DemoWorkspace::Summary> demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        QCOMPARE(demo->created.size(), kDemoCount);
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void listsDemoDatasets()
    {
        MainWindow w(*m_ws);
        QCOMPARE(w.searchWidget()->model()->rowCount(), kDemoCount);
        QCOMPARE(w.searchWidget()->resultsView()->model()->rowCount(), kDemoCount);
        QSet<QString> cities;
        for (const DatasetRecord &r : w.searchWidget()->model()->records())
            cities.insert(r.city);
        QCOMPARE(cities.size(), 8);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("datasetCountLabel"))
                    ->text()
                    .contains(QString::number(kDemoCount)));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("dataDirLabel"))->text().contains(m_ws->dataDir()));
    }

    // The map and the catalog stay in sync both ways: a result selected in the list is the selected
    // footprint; a footprint clicked on the map selects its dataset (and fills the details).
    void mapAndCatalogSelectTogether()
    {
        MainWindow w(*m_ws);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MapCanvas *canvas = w.mapView()->canvas();
        QCOMPARE(w.mapView()->footprints()->count(), kDemoCount);
        // The basemap's layers sit under the footprints in the layer panel's model.
        QVERIFY(canvas->layerModel()->rowCount() >= 3);
        QCOMPARE(canvas->layerModel()->layer(0).get(), static_cast<MapLayer *>(w.mapView()->footprints()));

        const DatasetRecord athens = *m_ws->catalog().get(*m_ws->catalog().latestByTitle(QStringLiteral("Athens districts 2023")));
        w.searchWidget()->selectDataset(athens.id);
        QCOMPARE(w.mapView()->footprints()->selected(), athens.id);

        // Cascais has one dataset, so no other footprint lies over the middle of its own.
        const DatasetRecord cascais =
            *m_ws->catalog().get(*m_ws->catalog().latestByTitle(QStringLiteral("Cascais air quality, January 2023")));
        w.mapView()->zoomToDataset(cascais.id);
        const QPointF middle = webmercator::lonLatToMeters((cascais.bbox.west + cascais.bbox.east) / 2,
                                                           (cascais.bbox.south + cascais.bbox.north) / 2);
        QCOMPARE(w.mapView()->footprints()->datasetAt(middle), cascais.id);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->settings().toScreen(middle).toPoint());
        QTRY_COMPARE(w.searchWidget()->selectedId(), cascais.id);
        QCOMPARE(w.mapView()->footprints()->selected(), cascais.id);
    }

    void searchingFiltersListAndFootprints()
    {
        MainWindow w(*m_ws);
        QCOMPARE(w.mapView()->footprints()->count(), kDemoCount);
        auto *edit = w.searchWidget()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("districts"));
        QTRY_COMPARE(w.searchWidget()->model()->rowCount(), 3);
        QTRY_COMPARE(w.mapView()->footprints()->count(), 3);
    }

    void hoveringAFootprintHighlightsItsRow()
    {
        MainWindow w(*m_ws);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MapCanvas *canvas = w.mapView()->canvas();
        const DatasetRecord cascais =
            *m_ws->catalog().get(*m_ws->catalog().latestByTitle(QStringLiteral("Cascais air quality, January 2023")));
        w.mapView()->zoomToDataset(cascais.id);
        const QPointF middle = webmercator::lonLatToMeters((cascais.bbox.west + cascais.bbox.east) / 2,
                                                           (cascais.bbox.south + cascais.bbox.north) / 2);
        QSignalSpy hovered(canvas, &MapCanvas::datasetHovered);
        QTest::mouseMove(canvas, canvas->settings().toScreen(middle).toPoint());
        QTRY_COMPARE(hovered.size(), 1);
        QCOMPARE(hovered.at(0).at(0).toString(), cascais.id);
        QCOMPARE(w.mapView()->footprints()->highlighted(), cascais.id);
        QCOMPARE(w.searchWidget()->model()->highlightedId(), cascais.id);
    }

    // A tile layer shows downloaded tiles and keeps them: offline, a new session draws them from
    // the cache with the source gone. (file:// stands in for a tile server: no network in tests.)
    void tileLayerIsCachedForOffline()
    {
        QTemporaryDir tiles;
        QImage red(256, 256, QImage::Format_ARGB32);
        red.fill(QColor(255, 0, 0));
        for (int x = 0; x < 2; ++x)
            for (int y = 0; y < 2; ++y) {
                QVERIFY(QDir().mkpath(tiles.filePath(QStringLiteral("1/%1").arg(x))));
                QVERIFY(red.save(tiles.filePath(QStringLiteral("1/%1/%2.png").arg(x).arg(y))));
            }
        const QString cache = m_dir->filePath(QStringLiteral("tilecache"));
        const QString url = QUrl::fromLocalFile(tiles.path()).toString() + QStringLiteral("/{z}/{x}/{y}.png");
        const auto redAtCentre = [](MapCanvas *canvas) {
            const QImage image = canvas->renderedImage();
            const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
            return c.red() > 200 && c.green() < 60 && c.blue() < 60;
        };
        {
            MainWindow w(*m_ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(w.mapView()->addTiles(QStringLiteral("red"), url, cache), QString());
            w.mapView()->footprints()->setVisible(false);
            w.mapView()->canvas()->setZoom(1);
            QTRY_VERIFY_WITH_TIMEOUT(redAtCentre(w.mapView()->canvas()), 10000);
        }
        QVERIFY(!QDir(cache).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(tiles.remove());
        MainWindow w(*m_ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.mapView()->setOffline(true);
        QCOMPARE(w.mapView()->addTiles(QStringLiteral("red"), url, cache), QString());
        w.mapView()->footprints()->setVisible(false);
        w.mapView()->canvas()->setZoom(1);
        QTRY_VERIFY_WITH_TIMEOUT(redAtCentre(w.mapView()->canvas()), 10000);
        QCOMPARE(w.mapView()->addTiles(QStringLiteral("bad"), QStringLiteral("https://example.org/tiles.png"), cache).isEmpty(), false);
    }

    void layerMenuAddsFilesAndRefusesJunk()
    {
        MainWindow w(*m_ws);
        const int before = int(w.mapView()->canvas()->layerModel()->rowCount());
        QSignalSpy added(w.mapView(), &MapView::layerAdded), failed(w.mapView(), &MapView::layerFailed);
        // Opened off the GUI thread: the calls return at once, the signals say how it went.
        w.mapView()->addFile(QStringLiteral(URBIS_SOURCE_DIR "/tests/data/map/fixture.geojson"));
        w.mapView()->addFile(QStringLiteral(URBIS_SOURCE_DIR "/tests/data/map/hazard.tif"));
        QTRY_COMPARE(added.size(), 2);
        QCOMPARE(w.mapView()->canvas()->layerModel()->rowCount(), before + 2);
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.gpkg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a geopackage at all");
        junk.close();
        w.mapView()->addFile(junk.fileName());
        w.mapView()->addFile(dir.filePath(QStringLiteral("missing.mbtiles")));
        QTRY_COMPARE(failed.size(), 2);
        for (const QList<QVariant> &f : std::as_const(failed))
            QVERIFY(!f.at(1).toString().isEmpty());
        QCOMPARE(added.size(), 2);
        QCOMPARE(w.mapView()->canvas()->layerModel()->rowCount(), before + 2);
        // The layers live on the GUI thread, where their signals are delivered.
        QCOMPARE(w.mapView()->canvas()->layerModel()->layer(1)->thread(), QThread::currentThread());
    }

    void showOnMapDrawsTheDataStyledByAField()
    {
        MainWindow w(*m_ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = int(w.mapView()->canvas()->layerModel()->rowCount());
        w.showDatasetOnMap(*m_ws->catalog().latestByTitle(QStringLiteral("Torino districts 2023")));
        QTRY_COMPARE(w.mapView()->canvas()->layerModel()->rowCount(), before + 1);
        // Under the footprints, named after the dataset.
        QCOMPARE(w.mapView()->canvas()->layerModel()->layer(1)->name(), QStringLiteral("Torino districts 2023"));
        auto *districts = qobject_cast<VectorLayer *>(w.mapView()->canvas()->layerModel()->layer(1).get());
        QVERIFY(districts);
        QCOMPARE(districts->style().mode, VectorStyle::Mode::Graduated);
        QCOMPARE(districts->style().field, QStringLiteral("population"));
    }

    void typingFiltersToAirDatasets()
    {
        MainWindow w(*m_ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClicks(w.searchWidget()->searchEdit(), QStringLiteral("air"));
        QTRY_COMPARE(w.searchWidget()->model()->rowCount(), 8);
        for (const DatasetRecord &r : w.searchWidget()->model()->records()) {
            QCOMPARE(r.domain, QStringLiteral("air"));
            QVERIFY(r.title.contains(QStringLiteral("air quality")));
        }
    }

    void ctrlFFocusesSearch()
    {
        MainWindow w(*m_ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.searchWidget()->resultsView()->setFocus();
        QVERIFY(!w.searchWidget()->searchEdit()->hasFocus());
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.searchWidget()->searchEdit()->hasFocus());
    }

    void ctrl4RunsTheDemoWildfireIntoTheCatalog()
    {
        MainWindow w(*m_ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *centre = w.findChild<QTabWidget *>(QStringLiteral("centreTabs"));
        QVERIFY(centre);
        QVERIFY(centre->currentWidget() != w.scenarioPage());
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(centre->currentWidget(), w.scenarioPage());
        // The demo's wildfire and flood scenarios are listed.
        QTRY_COMPARE(w.scenarioPage()->model()->rowCount(), 2);

        QSignalSpy finished(w.scenarioPage(), &ScenarioPage::runFinished);
        QVERIFY(w.runScenario(DemoTerrain::kWildfireId));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), DemoTerrain::kWildfireId);
        QVERIFY(finished.first().at(1).toBool());
        // The demo counts the synthetic buildings the fire reaches.
        QVERIFY2(w.scenarioPage()->runView()->impactText().contains(QStringLiteral("buildings")),
                 qPrintable(w.scenarioPage()->runView()->impactText()));
        // Its results are catalog datasets, and the search shows them without a manual refresh.
        Result<QList<DatasetRecord>> results = ScenarioResults::of(m_ws->catalog(), DemoTerrain::kWildfireId);
        QVERIFY2(results, qPrintable(results.error().toString()));
        QVERIFY(!results->isEmpty());
        QTRY_COMPARE(w.searchWidget()->model()->rowCount(), kDemoCount + int(results->size()));
        QVERIFY(!w.runScenario(QStringLiteral("no-such-scenario")));
    }

    void selectingRowFillsDetails()
    {
        MainWindow w(*m_ws);
        const DatasetRecord expected = w.searchWidget()->model()->recordAt(4);
        QVERIFY(!expected.id.isEmpty());
        QCOMPARE(w.detailsWidget()->titleText(), QString());
        w.searchWidget()->resultsView()->selectRow(4);
        QCOMPARE(w.detailsWidget()->datasetId(), expected.id);
        QCOMPARE(w.detailsWidget()->titleText(), expected.title);
        Result<DatasetRecord> full = m_ws->catalog().get(expected.id);
        QVERIFY(full.ok());
        QCOMPARE(w.detailsWidget()->view()->valueText(QStringLiteral("sha256")), full->sha256);
        auto *fields = w.detailsWidget()->findChild<QTableWidget *>(QStringLiteral("detailsFields"));
        QCOMPARE(fields->rowCount(), int(full->fields.size()));
        QVERIFY(fields->rowCount() > 0);
        QCOMPARE(fields->item(0, 0)->text(), full->fields.at(0).name);
        auto *history = w.detailsWidget()->findChild<QListWidget *>(QStringLiteral("detailsHistory"));
        QVERIFY(history->count() >= 1);
    }

    void aboutShowsLibraryVersions()
    {
        MainWindow w(*m_ws);
        w.show();
        auto *about = w.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = w.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->text();
        QVERIFY2(text.contains(QStringLiteral("GDAL")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SQLite")), qPrintable(text));
        for (const auto &[name, version] : libraryVersions())
            QVERIFY2(text.contains(version), qPrintable(name));
        QVERIFY(text.contains(AboutDialog::appVersion()));
        dialog->close();
    }

    void tasksPanelCancelsRunningTask()
    {
        MainWindow w(*m_ws);
        w.show();
        auto *task =
            new FunctionTask(QStringLiteral("Loop until cancelled"), [](Feedback &f) -> Result<void> {
                QElapsedTimer t;
                t.start();
                while (!f.isCancelled()) {
                    if (t.elapsed() > 20000) // bounded: a broken Cancel fails instead of hanging
                        return Error(Error::Code::Internal, QStringLiteral("never cancelled"));
                    QThread::msleep(5);
                }
                return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
            });
        w.taskManager().submit(task);
        TaskRow *row = w.tasksPanel()->rowFor(task);
        QVERIFY(row);
        QCOMPARE(row->findChild<QLabel *>(QStringLiteral("taskDescription"))->text(),
                 QStringLiteral("Loop until cancelled"));
        QTRY_COMPARE(task->state(), Task::State::Running);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Running"));
        QVERIFY(row->cancelButton()->isVisible());
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(task->state(), Task::State::Cancelled);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Cancelled"));
        QVERIFY(!row->cancelButton()->isVisible());
    }

    void editorRefusesEmptyTitle()
    {
        MainWindow w(*m_ws);
        w.show();
        w.searchWidget()->resultsView()->selectRow(0);
        DatasetDetailsWidget *details = w.detailsWidget();
        const QString id = details->datasetId();
        const QString before = details->titleText();
        QVERIFY(!id.isEmpty());
        QTest::mouseClick(details->editButton(), Qt::LeftButton);
        QVERIFY(details->isEditing());
        details->editor()->titleEdit()->clear();
        QTest::keyClicks(details->editor()->titleEdit(), QStringLiteral("   "));
        QTest::mouseClick(details->editor()->saveButton(), Qt::LeftButton);
        QVERIFY(details->isEditing()); // still in the editor, input kept
        QVERIFY2(details->errorText().contains(QStringLiteral("title"), Qt::CaseInsensitive),
                 qPrintable(details->errorText()));
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("editError"))->isVisible());
        Result<DatasetRecord> stored = m_ws->catalog().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, before);
    }

    void editorSavesChanges()
    {
        MainWindow w(*m_ws);
        w.show();
        w.searchWidget()->resultsView()->selectRow(2);
        DatasetDetailsWidget *details = w.detailsWidget();
        const QString id = details->datasetId();
        details->startEditing();
        details->editor()->titleEdit()->setText(QStringLiteral("Renamed by the test"));
        details->editor()
            ->findChild<QLineEdit *>(QStringLiteral("editKeywords"))
            ->setText(QStringLiteral("one , two,"));
        QTest::mouseClick(details->editor()->saveButton(), Qt::LeftButton);
        QVERIFY2(!details->isEditing(), qPrintable(details->errorText()));
        Result<DatasetRecord> stored = m_ws->catalog().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Renamed by the test"));
        QCOMPARE(stored->keywords, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(details->titleText(), QStringLiteral("Renamed by the test"));
        const int row = w.searchWidget()->model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(w.searchWidget()->model()->recordAt(row).title, QStringLiteral("Renamed by the test"));
        QVERIFY(details->findChild<QListWidget *>(QStringLiteral("detailsHistory"))->count() >= 2);
    }

    void createDemoActionRunsAsTask()
    {
        QTemporaryDir emptyDir;
        std::unique_ptr<Workspace> empty = openWorkspace(emptyDir.path());
        QVERIFY(empty);
        MainWindow w(*empty);
        QCOMPARE(w.searchWidget()->model()->rowCount(), 0);
        auto *demo = w.findChild<QAction *>(QStringLiteral("actionCreateDemo"));
        QVERIFY(demo);
        demo->trigger();
        QCOMPARE(w.taskManager().tasks().size(), 1);
        Task *task = w.taskManager().tasks().constFirst();
        QVERIFY(w.tasksPanel()->rowFor(task));
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), Task::State::Succeeded, 30000);
        // The window refreshes when the task finishes.
        QTRY_COMPARE(w.searchWidget()->model()->rowCount(), kDemoCount);
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("datasetCountLabel"))
                        ->text()
                        .contains(QString::number(kDemoCount)));
    }

    void cleanUpActionRunsAsTask()
    {
        MainWindow w(*m_ws);
        auto *gc = w.findChild<QAction *>(QStringLiteral("actionCleanUp"));
        QVERIFY(gc);
        gc->trigger();
        QCOMPARE(w.taskManager().tasks().size(), 1);
        Task *task = w.taskManager().tasks().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), Task::State::Succeeded, 30000);
        QCOMPARE(w.searchWidget()->model()->rowCount(), kDemoCount); // referenced blobs survive
    }

    void restoresDockLayout()
    {
        QSettings().remove(QStringLiteral("MainWindow"));
        {
            MainWindow w(*m_ws);
            w.show();
            auto *tasksDock = w.findChild<QDockWidget *>(QStringLiteral("tasksDock"));
            QVERIFY(tasksDock && tasksDock->isVisible());
            w.findChild<QAction *>(QStringLiteral("actionToggle_tasksDock"))->trigger();
            QVERIFY(!tasksDock->isVisible());
            w.close(); // saves geometry and dock state
        }
        MainWindow again(*m_ws);
        again.show();
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("tasksDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("catalogDock"))->isVisible());
        QSettings().remove(QStringLiteral("MainWindow"));
    }

    void screenshotWritesPng()
    {
        MainWindow w(*m_ws);
        const QString path = m_dir->filePath(QStringLiteral("shot.png"));
        QVERIFY(w.saveScreenshot(path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400 && image.height() >= 300);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
