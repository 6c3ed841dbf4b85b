#pragma once

#include "designeritem.h"
#include "kpi/dashboard.h"
#include "util/result.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QUndoStack;

namespace urbis {

class DesignerDocument;
class DesignerGrid;
class DesignerPalette;
class DesignerPanelProperties;
class DesignerDashboardProperties;
class KpiCache;
class TaskManager;

/**
 * Where a planner lays out a dashboard: a palette of the dashboard's KPIs and the visualisation
 * types on the left, the DesignerGrid canvas in the centre, the selected panel's and the
 * dashboard's properties on the right. Every change is an undo step (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y);
 * Ctrl+S saves through DashboardStore; Ctrl+N defines a new KPI in a KpiEditorDialog.
 *
 * When the workspace role is Viewer (WorkspaceRole::read) the designer is read-only and a banner
 * says why. The editing methods below are what the views call (and what tests drive); each returns
 * false when it changed nothing (read-only, unknown id, no room). GUI thread; owns its document and
 * views; does not own the TaskManager; shares the KpiCache with the KPI editor's previews.
 */
class DashboardDesigner : public QWidget
{
    Q_OBJECT
public:
    DashboardDesigner(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                      QWidget *parent = nullptr);

    /** Starts designing `dashboard` with an empty undo history. */
    void setDashboard(const Dashboard &dashboard);
    const Dashboard &dashboard() const;
    bool isModified() const;
    bool isReadOnly() const;
    /** Reads the workspace role again (after workspace.json changed). */
    void refreshRole();

    /** Adds a panel for `item` at `cell` (empty: its default size at the first free place). */
    bool addPanel(const DesignerItem &item, const QRect &cell = {});
    bool setPanelCell(const QString &panelId, const QRect &cell, bool resize = false);
    bool removePanel(const QString &panelId);
    bool addKpi(const KpiDefinition &kpi);
    /** Replaces KPI `kpiId` (renaming it in panels when the id changed). */
    bool replaceKpi(const QString &kpiId, const KpiDefinition &kpi);
    /** Removes a KPI and takes it off every panel that shows it. */
    bool removeKpi(const QString &kpiId);

    /** Writes the dashboard with DashboardStore; on success the document is unmodified. */
    Result<void> save();
    /** Opens the KPI editor for a new KPI (Ctrl+N); adds it when accepted. */
    void newKpi();
    /** Opens the KPI editor on `kpiId` (read-only for viewers); replaces it when accepted. */
    void editKpi(const QString &kpiId);

    DesignerDocument *document() const { return m_document; }
    DesignerGrid *grid() const { return m_grid; }
    DesignerPalette *palette() const { return m_palette; }
    DesignerPanelProperties *panelProperties() const { return m_panelProps; }
    DesignerDashboardProperties *dashboardProperties() const { return m_dashboardProps; }
    QUndoStack *undoStack() const;
    QLabel *banner() const { return m_banner; }
    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    void saved(const QString &dashboardId);
    void modifiedChanged(bool modified);

private:
    void buildActions();
    void onDropped(const DesignerItem &item, const QRect &cell, const QString &onPanel);
    void updateStatus(const QString &message = {}, bool error = false);
    QString freeKpiId() const;

    QString m_dataDir;
    TaskManager *m_tasks;
    std::shared_ptr<KpiCache> m_cache;
    DesignerDocument *m_document = nullptr;
    DesignerPalette *m_palette = nullptr;
    DesignerGrid *m_grid = nullptr;
    DesignerPanelProperties *m_panelProps = nullptr;
    DesignerDashboardProperties *m_dashboardProps = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
    QAction *m_newKpi = nullptr;
    QAction *m_removePanel = nullptr;
};

} // namespace urbis
