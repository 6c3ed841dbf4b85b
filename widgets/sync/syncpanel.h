#pragma once

#include "remoteoverview.h"
#include "storage/sync/syncstatus.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace urbis {

class ConflictsView;
class RemoteListView;
class SyncPlanModel;
class SyncPreviewView;
class SyncScheduler;
class SyncTask;
class Task;
class TaskManager;
class TransfersView;

/**
 * The Sync dock: the workspace's remotes (name, endpoint / bucket, last sync, pending changes,
 * last error; filterable), Add / Edit / Remove, Sync now (Ctrl+Shift+S, through the
 * SyncScheduler, which also retries by itself), Preview (a dry-run SyncTask whose actions are
 * listed: what would move, which dataset, how many bytes), the running transfers (progress,
 * speed and ETA, Cancel) and the selected remote's conflicts with Keep mine / theirs / both.
 *
 * Status comes from RemoteOverview::read on a pool thread, after every finished sync task and
 * every 30 s. Borrows the TaskManager and the scheduler (both must outlive the panel); the tasks
 * it starts belong to the TaskManager. GUI thread only.
 */
class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    SyncPanel(TaskManager *tasks, SyncScheduler *scheduler, QString dataDir, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QString selectedRemote() const;
    bool isRefreshing() const;
    QString messageText() const;
    QString previewSummary() const;

    RemoteListView *remoteList() const { return m_remotes; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    SyncPlanModel *previewModel() const;
    TransfersView *transfersView() const { return m_transfers; }
    QAction *addRemoteAction() const { return m_addAction; }
    QAction *syncNowAction() const { return m_syncAction; }
    QAction *previewAction() const { return m_previewAction; }

public slots:
    /** Re-reads remotes and their ledger status off the GUI thread; refreshed() when shown. */
    void refresh();
    void addRemote();
    void editRemote();
    void removeRemote();
    void syncNow();
    void preview();

signals:
    void refreshed();

private:
    void createActions();
    void onOverviewRead();
    void onSelectionChanged();
    void updateActions();
    void onSyncStarted(const QString &remote, SyncTask *task);
    void onSyncFinished(const QString &remote, bool ok);
    void onPreviewFinished(const QString &remote, SyncTask *task, bool ok);
    void resolve(const QString &lineage, ConflictResolution how);
    void showMessage(const QString &text, bool error);
    void saveProfile(const RemoteProfile &profile, bool replace);

    TaskManager *m_tasks;
    QPointer<SyncScheduler> m_scheduler;
    QString m_dataDir;
    RemoteListView *m_remotes;
    QLabel *m_message;
    QTabWidget *m_tabs;
    TransfersView *m_transfers;
    SyncPreviewView *m_preview;
    ConflictsView *m_conflicts;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_previewAction = nullptr;
    QTimer *m_timer;
    QFutureWatcher<RemoteOverview> *m_reading;
    bool m_refreshAgain = false;
    QString m_wantSelected;
    QHash<QString, QPointer<SyncTask>> m_syncs;
    QPointer<SyncTask> m_previewTask;
    QPointer<SyncTask> m_resolveTask;
    int m_shownConflicts = 0; ///< conflicts of the selected remote last shown
};

} // namespace urbis
