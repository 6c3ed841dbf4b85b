#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace urbis {

class CatalogSearchWidget;
class DashboardBrowser;
class DatasetDetailsWidget;
class LayerPanel;
class MapView;
class ScenarioPage;
class StreamMonitor;
class SyncPanel;
class SyncScheduler;
class ImportWizard;
class Task;
class TaskManager;
class TasksPanel;
class Workspace;

/**
 * The desktop app's main window: Catalog dock (search, left), Details dock (right), Layers and
 * Tasks docks, the map in the centre (basemap, result footprints, datasets shown on it, live stream
 * stations) beside the Dashboards and Streams tabs, menus and a status bar with the cursor
 * position and the map scale.
 *
 * Borrows `workspace` (must outlive the window) and uses its Catalog on the GUI thread only. Owns a
 * TaskManager; long jobs run as Tasks on its pool and open their own Workspace connection there.
 * Window geometry and dock layout are kept in QSettings (group "MainWindow").
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskManager &taskManager() { return *m_tasks; }
    CatalogSearchWidget *searchWidget() const { return m_search; }
    DatasetDetailsWidget *detailsWidget() const { return m_details; }
    TasksPanel *tasksPanel() const { return m_tasksPanel; }
    MapView *mapView() const { return m_map; }
    DashboardBrowser *dashboards() const { return m_dashboards; }
    /** Brings the Dashboards tab forward, showing dashboard `id` when given. */
    void showDashboard(const QString &id);
    SyncPanel *syncPanel() const { return m_syncPanel; }
    StreamMonitor *streamMonitor() const { return m_streams; }
    /** Brings the Streams tab forward. */
    void showStreams();
    /** The Scenarios tab. */
    void showScenarios();
    ScenarioPage *scenarioPage() const { return m_scenarios; }
    /** Shows the Scenarios tab and runs scenario `id` (docs screenshots, demos); false when unknown. */
    bool runScenario(const QString &id);
    /**
     * Watches `url` for this run only (not saved), starts it and shows it on the Streams tab
     * (`urbis --watch-stream URL`, for demos and the docs screenshot). Returns false with the
     * reason in the status bar when the address is refused.
     */
    bool watchStream(const QUrl &url);

    /** Renders the window into a PNG at `path` (for `urbis --screenshot FILE` and the docs). */
    bool saveScreenshot(const QString &path);
    /** Brings the data of a pulled dataset from the remote it was synced with, as a Task. */
    void fetchDatasetData(const QString &id);

public slots:
    /** Re-runs the search and re-reads the details and the dataset count. */
    void refresh();
    void createDemoDatasets();
    void cleanUpObjectStore();
    void showAbout();
    void focusSearch();
    /** Puts the dataset's stored data on the map (vector data, coloured by a field) and zooms to it. */
    void showDatasetOnMap(const QString &id);
    /** Opens the import wizard (or raises the open one) with `files` added to its list. */
    ImportWizard *openImportWizard(const QStringList &files = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void createMenus();
    void recoverRecordings();
    void submit(Task *task);
    void onTaskFinished(Task *task, bool ok);
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;

    Workspace &m_workspace;
    TaskManager *m_tasks = nullptr;
    CatalogSearchWidget *m_search = nullptr;
    DatasetDetailsWidget *m_details = nullptr;
    TasksPanel *m_tasksPanel = nullptr;
    MapView *m_map = nullptr;
    QTabWidget *m_centre = nullptr;
    DashboardBrowser *m_dashboards = nullptr;
    StreamMonitor *m_streams = nullptr;
    ScenarioPage *m_scenarios = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_tasksDock = nullptr;
    QDockWidget *m_layersDock = nullptr;
    SyncScheduler *m_syncScheduler = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    QDockWidget *m_syncDock = nullptr;
    QLabel *m_cursorLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_dirLabel = nullptr;
    QPointer<ImportWizard> m_importWizard;
    bool m_defaultDockSizesPending = false;
};

} // namespace urbis
