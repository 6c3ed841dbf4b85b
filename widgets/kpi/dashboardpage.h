#pragma once

#include "kpi/dashboard.h"
#include "workspace/workspacerole.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace urbis {

class DashboardFilterBar;
class DashboardView;
class KpiCache;
class KpiEvaluationTask;
class TaskManager;

/**
 * A dashboard as the user works with it: the filter bar, the panels, a progress bar with Cancel
 * and a status line with the evaluation time. Every dashboard or filter change starts a
 * KpiEvaluationTask on the TaskManager (a newer one cancels the older, whose results are then
 * ignored); the tasks share this page's KpiCache so filter changes re-combine cached facts. Map
 * geometry is read by KpiMapData on a pool thread. Viewers and editors may both filter and export;
 * only editors see "Edit dashboard…".
 *
 * Borrows the TaskManager (it must outlive the page; it owns the tasks). GUI thread only.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(TaskManager *tasks, QString dataDir, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /** Shows `dashboard` with its saved filters and evaluates it. */
    void setDashboard(const Dashboard &dashboard);
    const Dashboard &dashboard() const { return m_dashboard; }
    void setRole(WorkspaceRole::Role role);
    /** Cities of the catalog, offered in the city filter next to those found in results. */
    void setCatalogCities(const QStringList &cities);

    DashboardView *view() const { return m_view; }
    DashboardFilterBar *filterBar() const { return m_filters; }
    std::shared_ptr<KpiCache> cache() const { return m_cache; }
    bool isEvaluating() const { return !m_task.isNull(); }
    QString statusText() const;

public slots:
    /** Evaluates the dashboard's KPIs with the current filters (cancelling a running evaluation). */
    void evaluate();
    void cancel();
    void exportPdf();

signals:
    /** An editor asked to change the dashboard (the editor is someone else's widget). */
    void editRequested(const QString &dashboardId);
    /** An evaluation ended and its results are shown. */
    void evaluated(bool ok);

private:
    void onFinished(int generation, KpiEvaluationTask *task, bool ok);
    void loadMaps();
    void exportPanel(const QString &panelId, const QString &format);
    void updateCities();

    TaskManager *m_tasks;
    QString m_dataDir;
    std::shared_ptr<KpiCache> m_cache;
    Dashboard m_dashboard;
    WorkspaceRole::Role m_role = WorkspaceRole::Role::Editor;
    QStringList m_catalogCities;
    QStringList m_resultCities;

    DashboardFilterBar *m_filters = nullptr;
    DashboardView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_editAction = nullptr;
    QTimer *m_debounce = nullptr;

    QPointer<KpiEvaluationTask> m_task;
    int m_generation = 0;    ///< of evaluations: only the newest one's results are shown
    int m_mapGeneration = 0; ///< of map loads: a dashboard change drops older geometry
    QElapsedTimer m_clock;
};

} // namespace urbis
