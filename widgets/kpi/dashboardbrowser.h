#pragma once

#include "kpi/dashboardstore.h"
#include "workspace/workspacerole.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace urbis {

class DashboardDesigner;
class DashboardPage;
class KpiCache;
class TaskManager;

/**
 * The Dashboards tab: a searchable list of the workspace's dashboards (new from a template or
 * empty, delete) beside the selected one, shown by a DashboardPage or, for editors, edited in a
 * DashboardDesigner (Ctrl+E switches). Leaving the designer with unsaved changes asks first.
 * Reads and writes dashboards through DashboardStore only. GUI thread; borrows the TaskManager.
 */
class DashboardBrowser : public QWidget
{
    Q_OBJECT
public:
    DashboardBrowser(TaskManager *tasks, QString dataDir, QWidget *parent = nullptr);

    /** Shows dashboard `id` (view mode); false when it cannot be loaded (the reason is shown). */
    bool openDashboard(const QString &id);
    QString currentId() const { return m_currentId; }
    bool isEditing() const;
    void setCatalogCities(const QStringList &cities);

    DashboardPage *page() const { return m_page; }
    DashboardDesigner *designer() const { return m_designer; }
    QListWidget *list() const { return m_list; }

public slots:
    void refreshList();
    void createFromTemplate(const QString &templateId);
    void createEmpty();
    void deleteCurrent();
    /** Switches between viewing and editing the current dashboard (editors only). */
    bool setEditing(bool editing);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, bool error = false);
    bool leaveDesigner();
    void updateActions();

    TaskManager *m_tasks;
    QString m_dataDir;
    DashboardStore m_store;
    WorkspaceRole::Role m_role;
    std::shared_ptr<KpiCache> m_cache;
    QString m_currentId;
    bool m_shown = false;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    DashboardPage *m_page = nullptr;
    DashboardDesigner *m_designer = nullptr;
};

} // namespace urbis
