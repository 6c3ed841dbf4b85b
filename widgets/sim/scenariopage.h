#pragma once

#include "sim/scenario.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;

namespace urbis {

class MapCanvas;
class ScenarioCompareView;
class ScenarioListModel;
class ScenarioRunView;
class TaskManager;

/**
 * The Scenarios tab: the workspace's scenarios (searchable, with type, name and last run) with
 * New (wildfire or flood, placed where the main map looks), Edit, Duplicate and Delete; the Run
 * view (run, pause, cancel, progress, the frames on a map and on the main map, the timeline, the
 * area chart and the result datasets) and the Compare view (two scenarios on two synced maps).
 *
 * Scenarios are read and written through ScenarioStore, runs go through ScenarioRunner Tasks on
 * the TaskManager. Borrows the TaskManager (it must outlive the page) and the main map (may be
 * null). GUI thread.
 */
class ScenarioPage : public QWidget
{
    Q_OBJECT
public:
    ScenarioPage(TaskManager *tasks, QString dataDir, MapCanvas *mainMap, QWidget *parent = nullptr);

    /** Selects scenario `id` and runs it (for the main window and screenshots); false when it is not listed. */
    bool runScenario(const QString &id);
    bool selectScenario(const QString &id);
    QString selectedId() const;
    /** Reads the list again (after the CLI or a sync changed the files). */
    void reload();

    ScenarioListModel *model() const { return m_model; }
    QSortFilterProxyModel *filteredModel() const { return m_filter; }
    QListView *listView() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    ScenarioRunView *runView() const { return m_runView; }
    ScenarioCompareView *compareView() const { return m_compare; }
    /** Brings the Run or the Compare view forward. */
    void showCompare(bool compare);

public slots:
    void newScenario(urbis::Scenario::Type type);
    void editSelected();
    void duplicateSelected();
    /** Asks first. */
    void deleteSelected();
    void runSelected();

signals:
    /** The list was read (again). */
    void scenariosLoaded();
    /** A run ended. */
    void runFinished(const QString &scenarioId, bool ok);
    /** The user clicked a result dataset: the main window may show it. */
    void datasetActivated(const QString &id);

private:
    bool edit(Scenario scenario, bool isNew);
    void selectionChanged();
    void warn(const QString &text);

    TaskManager *m_tasks;
    QString m_dataDir;
    QPointer<MapCanvas> m_mainMap;
    ScenarioListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QToolButton *m_newButton;
    QToolButton *m_editButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_deleteButton;
    QTabWidget *m_tabs;
    ScenarioRunView *m_runView;
    ScenarioCompareView *m_compare;
    QString m_pendingSelection; ///< to select once the list has been read
};

} // namespace urbis
