#include "mainwindow.h"

#include "aboutdialog.h"
#include "catalog/catalogsearchwidget.h"
#include "catalog/datasetdetailswidget.h"
#include "common/taskspanel.h"
#include "mapview.h"
#include "import/importwizard.h"
#include "kpi/dashboardbrowser.h"
#include "map/footprintslayer.h"
#include "map/layerpanel.h"
#include "map/mapcanvas.h"
#include "map/scalebar.h"
#include "storage/sync/syncscheduler.h"
#include "sim/scenariopage.h"
#include "stream/stationoverlay.h"
#include "stream/streammonitor.h"
#include "stream/streamrecorder.h"
#include "storage/sync/synctask.h"
#include "sync/syncpanel.h"
#include "util/functiontask.h"
#include "util/logging.h"
#include "util/taskmanager.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolTip>

namespace urbis {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Urbis — %1").arg(workspace.dataDir()));
    setAcceptDrops(true); // dropped files open the import wizard
    m_tasks = new TaskManager(this);

    m_map = new MapView(this);
    // Map and dashboards share the centre; the docks (catalog, details, tasks, sync) serve both.
    m_centre = new QTabWidget(this);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->setDocumentMode(true);
    m_centre->addTab(m_map, tr("Map"));
    m_dashboards = new DashboardBrowser(m_tasks, workspace.dataDir(), m_centre);
    m_centre->addTab(m_dashboards, tr("Dashboards"));
    // Streams: live feeds, their charts and alerts; their stations are drawn on the map as well.
    m_streams = new StreamMonitor(workspace.dataDir(), m_centre);
    m_centre->addTab(m_streams, tr("Streams"));
    m_map->canvas()->addOverlay(m_streams->stationOverlay());
    // Scenarios: wildfire and flood runs; their frames are drawn on the main map too.
    m_scenarios = new ScenarioPage(m_tasks, workspace.dataDir(), m_map->canvas(), m_centre);
    m_centre->addTab(m_scenarios, tr("Scenarios"));
    setCentralWidget(m_centre);
    m_search = new CatalogSearchWidget(workspace.catalog());
    m_details = new DatasetDetailsWidget(workspace.catalog());
    m_tasksPanel = new TasksPanel(m_tasks);
    m_catalogDock = addDock(m_search, tr("Catalog"), QStringLiteral("catalogDock"), Qt::LeftDockWidgetArea);
    m_detailsDock = addDock(m_details, tr("Details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    m_tasksDock = addDock(m_tasksPanel, tr("Tasks"), QStringLiteral("tasksDock"), Qt::BottomDockWidgetArea);
    m_layersDock = addDock(new LayerPanel(m_map->canvas()->layerModel()), tr("Layers"), QStringLiteral("layersDock"),
                           Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_catalogDock, m_layersDock);
    m_catalogDock->raise();
    // Sync: remotes, transfers and conflicts; the scheduler retries failed syncs by itself.
    m_syncScheduler = new SyncScheduler(m_tasks, workspace.dataDir(), this);
    m_syncPanel = new SyncPanel(m_tasks, m_syncScheduler, workspace.dataDir());
    m_syncDock = addDock(m_syncPanel, tr("Sync"), QStringLiteral("syncDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_detailsDock, m_syncDock);
    m_detailsDock->raise();
    // Left and right docks run the full height; the Tasks dock sits under the map only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("datasetCountLabel"));
    m_dirLabel = new QLabel(tr("Data: %1").arg(workspace.dataDir()), this);
    m_dirLabel->setObjectName(QStringLiteral("dataDirLabel"));
    m_dirLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setObjectName(QStringLiteral("cursorLabel"));
    m_cursorLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-180.00000°, -90.00000°")));
    m_scaleLabel = new QLabel(this);
    m_scaleLabel->setObjectName(QStringLiteral("scaleLabel"));
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_dirLabel);

    createMenus();

    connect(m_search, &CatalogSearchWidget::datasetSelected, m_details, &DatasetDetailsWidget::showDataset);
    connect(m_search, &CatalogSearchWidget::datasetSelected, m_map, &MapView::setSelected);
    connect(m_search, &CatalogSearchWidget::resultsChanged, this,
            [this] { m_map->setRecords(m_search->lastResult().records); });
    connect(m_map, &MapView::datasetClicked, m_search, &CatalogSearchWidget::selectDataset);
    connect(m_map, &MapView::layerAdded, this,
            [this](const QString &name) { statusBar()->showMessage(tr("\"%1\" is on the map").arg(name), 5000); });
    connect(m_map, &MapView::layerFailed, this, [this](const QString &what, const QString &message) {
        statusBar()->showMessage(tr("Cannot draw \"%1\": %2").arg(what, message), 8000);
    });
    connect(m_map->canvas(), &MapCanvas::cursorMoved, this, [this](double lon, double lat) {
        m_cursorLabel->setText(tr("%1°, %2°").arg(QLocale().toString(lon, 'f', 5), QLocale().toString(lat, 'f', 5)));
    });
    connect(m_map->canvas(), &MapCanvas::scaleChanged, this,
            [this](double denominator) { m_scaleLabel->setText(ScaleBar::scaleText(denominator)); });
    connect(m_details, &DatasetDetailsWidget::datasetChanged, this, &MainWindow::refresh);
    m_details->setObjectStore(workspace.sharedStore());
    m_details->setTaskManager(m_tasks);
    connect(m_details, &DatasetDetailsWidget::showOnMapRequested, this, &MainWindow::showDatasetOnMap);
    connect(m_details, &DatasetDetailsWidget::fetchDataRequested, this, &MainWindow::fetchDatasetData);
    connect(m_details, &DatasetDetailsWidget::newVersionRequested, this, [this](const QString &id) {
        const Result<DatasetRecord> r = m_workspace.catalog().get(id);
        openImportWizard();
        if (r)
            statusBar()->showMessage(
                tr("Import the changed file with the title \"%1\": it becomes the next version").arg(r->title), 10000);
    });
    // Hovering a result highlights its footprint; "only datasets in the map view" follows the map.
    connect(m_search, &CatalogSearchWidget::datasetHovered, m_map, &MapView::setHighlighted);
    connect(m_map->canvas(), &MapCanvas::datasetHovered, m_search, &CatalogSearchWidget::setHoveredDataset);
    // Identify: the clicked feature's attributes, where the user clicked.
    connect(m_map->canvas(), &MapCanvas::featureIdentified, this,
            [this](const QString &layerName, const QVariantMap &attributes) {
                QString html = QStringLiteral("<b>%1</b><table>").arg(layerName.toHtmlEscaped());
                for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                                .arg(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
                QToolTip::showText(QCursor::pos(), html + QStringLiteral("</table>"), m_map->canvas());
            });
    connect(m_map->canvas(), &MapCanvas::viewChanged, this,
            [this] { m_search->setMapExtent(m_map->canvas()->settings().visibleExtent()); });
    connect(m_tasks, &TaskManager::taskFinished, this, &MainWindow::onTaskFinished);
    connect(m_streams, &StreamMonitor::statusMessage, statusBar(), &QStatusBar::showMessage);
    // A recording is a catalog dataset from its start: the search shows it while it grows.
    connect(m_streams, &StreamMonitor::catalogChanged, this, &MainWindow::refresh);
    connect(m_streams, &StreamMonitor::activeAlertCountChanged, this, [this](int count) {
        m_centre->setTabText(m_centre->indexOf(m_streams), count > 0 ? tr("Streams (%1)").arg(count) : tr("Streams"));
    });
    m_streams->loadStreams();
    connect(m_scenarios, &ScenarioPage::datasetActivated, this, [this](const QString &id) {
        m_catalogDock->show();
        m_catalogDock->raise();
        m_search->selectDataset(id);
    });
    connect(m_scenarios, &ScenarioPage::runFinished, this, &MainWindow::refresh);
    recoverRecordings();

    m_map->setRecords(m_search->lastResult().records);
    updateStatus();
    resize(1280, 800);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Tasks hold no pointer into this window, but stopping them here keeps shutdown prompt.
    m_tasks->cancelAll();
    m_tasks->waitForDone(10000);
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, [this] { openImportWizard(); });
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setStatusTip(tr("Preview, validate and import files into the catalog"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search the catalog"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction *showMap = view->addAction(tr("&Map"), this, [this] { m_centre->setCurrentWidget(m_map); });
    showMap->setObjectName(QStringLiteral("actionShowMap"));
    showMap->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *showDashboards = view->addAction(tr("&Dashboards"), this, [this] { showDashboard(QString()); });
    showDashboards->setObjectName(QStringLiteral("actionShowDashboards"));
    showDashboards->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *showStreamsAction = view->addAction(tr("&Streams"), this, &MainWindow::showStreams);
    showStreamsAction->setObjectName(QStringLiteral("actionShowStreams"));
    showStreamsAction->setShortcut(QKeySequence(tr("Ctrl+3")));
    showStreamsAction->setStatusTip(tr("Live feeds: connections, charts, alerts and recording"));
    QAction *showScenariosAction = view->addAction(tr("S&cenarios"), this, &MainWindow::showScenarios);
    showScenariosAction->setObjectName(QStringLiteral("actionShowScenarios"));
    showScenariosAction->setShortcut(QKeySequence(tr("Ctrl+4")));
    showScenariosAction->setStatusTip(tr("Wildfire and flood scenarios: run, replay on the map, compare"));
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_map->canvas(), &MapCanvas::zoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_map->canvas(), &MapCanvas::zoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomSelected = view->addAction(tr("Zoom to the &selected dataset"), this,
                                            [this] { m_map->zoomToDataset(m_map->footprints()->selected()); });
    zoomSelected->setObjectName(QStringLiteral("actionZoomToSelected"));
    zoomSelected->setShortcut(QKeySequence(tr("Ctrl+J")));
    QAction *showOnMap = view->addAction(tr("Show the selected dataset on the &map"), this,
                                         [this] { showDatasetOnMap(m_map->footprints()->selected()); });
    showOnMap->setObjectName(QStringLiteral("actionShowOnMap"));
    showOnMap->setShortcut(QKeySequence(tr("Ctrl+M")));
    view->addSeparator();
    for (QDockWidget *dock : {m_catalogDock, m_layersDock, m_detailsDock, m_tasksDock, m_syncDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
        view->addAction(toggle);
    }

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    QAction *addFile = layer->addAction(tr("Add &file layer…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add a layer"), QString(),
            tr("Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)"));
        if (path.isEmpty())
            return;
        m_map->addFile(path);
    });
    addFile->setObjectName(QStringLiteral("actionAddFileLayer"));
    addFile->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    QAction *addTiles = layer->addAction(tr("Add &tile layer (XYZ)…"), this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Add a tile layer"),
                                                  tr("Tile address with {z}, {x} and {y} (tiles are cached for offline use):"),
                                                  QLineEdit::Normal,
                                                  QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), &ok);
        if (!ok || url.isEmpty())
            return;
        const QString error = m_map->addTiles(QUrl(url).host(), url, m_workspace.dataDir() + QStringLiteral("/tiles/") +
                                                                          QString::number(qHash(url), 16));
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
    });
    addTiles->setObjectName(QStringLiteral("actionAddTileLayer"));
    QAction *offline = layer->addAction(tr("Work &offline"));
    offline->setObjectName(QStringLiteral("actionWorkOffline"));
    offline->setCheckable(true);
    offline->setStatusTip(tr("Tile layers show only cached tiles and download nothing"));
    connect(offline, &QAction::toggled, m_map, &MapView::setOffline);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *demo = tools->addAction(tr("Create &demo datasets"), this, &MainWindow::createDemoDatasets);
    demo->setObjectName(QStringLiteral("actionCreateDemo"));
    demo->setStatusTip(tr("Add small synthetic datasets for the CLIMABOROUGH cities to this workspace"));
    QAction *gc = tools->addAction(tr("&Clean up object store"), this, &MainWindow::cleanUpObjectStore);
    gc->setObjectName(QStringLiteral("actionCleanUp"));
    gc->setStatusTip(tr("Delete stored files that no catalog record refers to any more"));
    tools->addSeparator();
    // The Sync dock's own actions (one QAction each, so Ctrl+Shift+S works with the dock hidden).
    tools->addAction(m_syncPanel->syncNowAction());
    tools->addAction(m_syncPanel->previewAction());
    tools->addAction(m_syncPanel->addRemoteAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Urbis"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showDashboard(const QString &id)
{
    // The city filter offers every city of the catalog, not only those in the current results.
    CatalogQuery q;
    q.limit = 1;
    if (Result<SearchResult> r = m_workspace.catalog().search(q)) {
        QStringList cities;
        for (const FacetCount &c : r->facets.value(QStringLiteral("city")))
            cities << c.value;
        m_dashboards->setCatalogCities(cities);
    }
    m_centre->setCurrentWidget(m_dashboards);
    if (!id.isEmpty())
        m_dashboards->openDashboard(id);
}

void MainWindow::showStreams()
{
    m_centre->setCurrentWidget(m_streams);
}

void MainWindow::showScenarios()
{
    m_centre->setCurrentWidget(m_scenarios);
}

bool MainWindow::runScenario(const QString &id)
{
    showScenarios();
    return m_scenarios->runScenario(id);
}

void MainWindow::recoverRecordings()
{
    // A killed session leaves recordings half done; their committed rows become datasets. Live
    // recordings (another Urbis) hold a lock and are left alone. Hashing may take a while: a task.
    if (QDir(StreamRecorder::recordingsDir(m_workspace.dataDir())).isEmpty())
        return;
    const QString dir = m_workspace.dataDir();
    submit(new FunctionTask(tr("Recover interrupted recordings"), [dir](Feedback &feedback) -> Result<void> {
        Result<QStringList> ids = StreamRecorder::recoverAll(dir);
        if (!ids)
            return ids.error();
        feedback.setStatus(tr("Recovered recordings: %1").arg(ids->size()));
        return {};
    }));
}

bool MainWindow::watchStream(const QUrl &url)
{
    StreamConfig config;
    config.url = url;
    config.name = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (const Result<void> ok = config.check(); !ok) {
        statusBar()->showMessage(ok.error().message, 15000);
        return false;
    }
    showStreams();
    return !m_streams->watchTemporary(config).isEmpty();
}

void MainWindow::showDatasetOnMap(const QString &id)
{
    m_centre->setCurrentWidget(m_map);
    if (id.isEmpty())
        return;
    const Result<DatasetRecord> record = m_workspace.catalog().get(id);
    if (!record) {
        statusBar()->showMessage(record.error().message, 5000);
        return;
    }
    const auto asset = std::find_if(record->assets.cbegin(), record->assets.cend(),
                                   [](const AssetInfo &a) { return a.role == u"data"; });
    if (asset == record->assets.cend() || asset->mediaType != u"application/geopackage+sqlite3") {
        statusBar()->showMessage(tr("\"%1\" has no vector data to draw; its footprint is shown").arg(record->title), 5000);
        m_map->zoomToDataset(id);
        return;
    }
    m_map->addDataset(*record, m_workspace.store().pathFor(asset->sha256));
}

void MainWindow::refresh()
{
    m_search->refresh();
    m_scenarios->reload(); // the demo or a sync may have brought scenarios
    m_details->reload();
    updateStatus();
}

void MainWindow::focusSearch()
{
    m_catalogDock->show();
    m_catalogDock->raise();
    m_search->focusSearch();
}

ImportWizard *MainWindow::openImportWizard(const QStringList &files)
{
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_workspace, m_tasks, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importWizard, &ImportWizard::datasetImported, this, &MainWindow::refresh);
    }
    m_importWizard->addFiles(files);
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(files);
}

void MainWindow::createDemoDatasets()
{
    // The task runs on a pool thread: it opens its own connection and never touches m_workspace.
    const QString dir = m_workspace.dataDir();
    const QString profile = m_workspace.catalog().profile();
    submit(new FunctionTask(tr("Create demo datasets"), [dir, profile](Feedback &feedback) -> Result<void> {
        Result<Workspace> ws = Workspace::open(dir, profile);
        if (!ws)
            return ws.error();
        Result<DemoWorkspace::Summary> summary = DemoWorkspace::create(*ws, &feedback);
        if (!summary)
            return summary.error();
        feedback.setStatus(tr("Created: %1, already present: %2")
                               .arg(summary->created.size())
                               .arg(summary->existing.size()));
        return {};
    }));
}

void MainWindow::cleanUpObjectStore()
{
    const QString dir = m_workspace.dataDir();
    const QString profile = m_workspace.catalog().profile();
    submit(new FunctionTask(tr("Clean up object store"), [dir, profile](Feedback &feedback) -> Result<void> {
        Result<Workspace> ws = Workspace::open(dir, profile);
        if (!ws)
            return ws.error();
        Result<GcReport> report = ws->collectGarbage(&feedback);
        if (!report)
            return report.error();
        feedback.setStatus(tr("Unreferenced files removed: %1, space freed: %2")
                               .arg(report->removedBlobs)
                               .arg(QLocale().formattedDataSize(report->freedBytes)));
        return {};
    }));
}

void MainWindow::submit(Task *task)
{
    m_tasks->submit(task);
    m_tasksDock->show();
    statusBar()->showMessage(tr("Started: %1").arg(task->description()), 4000);
}

void MainWindow::onTaskFinished(Task *task, bool ok)
{
    // Whatever the task did (or half did before failing) may have changed the catalog.
    refresh();
    if (ok)
        statusBar()->showMessage(tr("Finished: %1").arg(task->description()), 6000);
    else if (task->state() == Task::State::Failed)
        statusBar()->showMessage(tr("Failed: %1 — %2").arg(task->description(), task->error().message),
                                 10000);
}

void MainWindow::updateStatus()
{
    Result<qint64> n = m_workspace.catalog().count();
    if (!n)
        m_countLabel->setText(n.error().message);
    else
        m_countLabel->setText(*n == 1 ? tr("1 dataset in the catalog")
                                      : tr("%n datasets in the catalog", nullptr, static_cast<int>(*n)));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::saveScreenshot(const QString &path)
{
    if (!isVisible())
        show();
    // Let layouts settle and pending searches / paints land before grabbing.
    QApplication::processEvents();
    const bool ok = grab().save(path, "PNG");
    if (!ok)
        qCWarning(lcApp).noquote() << "could not write screenshot" << path;
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (restoreState(settings.value(QStringLiteral("state")).toByteArray()))
        return;
    m_defaultDockSizesPending = true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultDockSizesPending)
        return;
    // First start: give the lists room. Before the first show the dock layout ignores resizeDocks().
    m_defaultDockSizesPending = false;
    resizeDocks({m_catalogDock, m_detailsDock}, {420, 400}, Qt::Horizontal);
    resizeDocks({m_tasksDock}, {180}, Qt::Vertical);
}

void MainWindow::saveSettings() const
{
    // Layout only: nothing about data, credentials or remotes goes to QSettings.
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

void MainWindow::fetchDatasetData(const QString &id)
{
    // Which remote holds the data is looked up by the task, on its worker: no SQLite here.
    auto *task = SyncTask::fetching(m_workspace.dataDir(), QString(), id);
    connect(task, &Task::finished, this, [this, id, task](bool ok) {
        if (ok && m_details->datasetId() == id)
            m_details->showDataset(id);
        statusBar()->showMessage(ok ? tr("The data is on this computer now") : task->error().message, 10000);
    });
    m_tasks->submit(task);
    statusBar()->showMessage(tr("Downloading the data…"), 5000);
}

} // namespace urbis
