#include "syncpanel.h"

#include "conflictsview.h"
#include "remotedialog.h"
#include "remotelistview.h"
#include "storage/remote/remotecredentials.h"
#include "storage/remote/remoteprofiles.h"
#include "storage/sync/syncscheduler.h"
#include "storage/sync/synctask.h"
#include "syncplanmodel.h"
#include "syncpreviewview.h"
#include "transfersview.h"
#include "util/taskmanager.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace urbis {

namespace {
constexpr int kRefreshMs = 30000;
enum Tab { TransfersTab, PreviewTab, ConflictsTab };
} // namespace

SyncPanel::SyncPanel(TaskManager *tasks, SyncScheduler *scheduler, QString dataDir, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_scheduler(scheduler), m_dataDir(std::move(dataDir)),
      m_remotes(new RemoteListView(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_transfers(new TransfersView(this)), m_preview(new SyncPreviewView(this)),
      m_conflicts(new ConflictsView(this)), m_timer(new QTimer(this)),
      m_reading(new QFutureWatcher<RemoteOverview>(this))
{
    setObjectName(QStringLiteral("SyncPanel"));
    createActions();
    m_remotes->view()->addActions({m_editAction, m_syncAction, m_previewAction, m_removeAction});

    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_transfers, tr("Transfers"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_addAction, m_editAction, m_removeAction});
    toolbar->addSeparator();
    toolbar->addActions({m_syncAction, m_previewAction});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_remotes, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 3);

    connect(m_remotes, &RemoteListView::addRequested, this, &SyncPanel::addRemote);
    connect(m_remotes, &RemoteListView::editRequested, this, &SyncPanel::editRemote);
    connect(m_remotes, &RemoteListView::selectionChanged, this, &SyncPanel::onSelectionChanged);
    connect(m_conflicts, &ConflictsView::resolveRequested, this, &SyncPanel::resolve);
    connect(m_reading, &QFutureWatcher<RemoteOverview>::finished, this, &SyncPanel::onOverviewRead);
    connect(m_timer, &QTimer::timeout, this, &SyncPanel::refresh);
    // Whatever sync task ends (ours or a retry of the scheduler), the ledger moved.
    connect(m_tasks, &TaskManager::taskFinished, this, [this](Task *task, bool) {
        if (qobject_cast<SyncTask *>(task))
            refresh();
    });
    if (m_scheduler) {
        connect(m_scheduler, &SyncScheduler::syncStarted, this, &SyncPanel::onSyncStarted);
        connect(m_scheduler, &SyncScheduler::syncFinished, this, &SyncPanel::onSyncFinished);
    }
    m_timer->start(kRefreshMs);
    updateActions();
    refresh();
}

SyncPanel::~SyncPanel()
{
    // The read is a few SQLite rows; it must not outlive the watcher it reports to.
    m_reading->waitForFinished();
}

void SyncPanel::createActions()
{
    m_addAction = new QAction(tr("&Add remote…"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddRemote"));
    m_addAction->setToolTip(tr("Connect this catalog to an S3 / MinIO bucket"));
    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEditRemote"));
    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveRemote"));
    m_removeAction->setToolTip(tr("Forget this remote here; nothing is deleted in the bucket"));
    m_syncAction = new QAction(tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_syncAction->setToolTip(tr("Push local changes and pull the remote's (Ctrl+Shift+S)"));
    m_previewAction = new QAction(tr("&Preview"), this);
    m_previewAction->setObjectName(QStringLiteral("actionPreviewSync"));
    m_previewAction->setToolTip(tr("Dry run: list what a sync would move, changing nothing"));
    connect(m_addAction, &QAction::triggered, this, &SyncPanel::addRemote);
    connect(m_editAction, &QAction::triggered, this, &SyncPanel::editRemote);
    connect(m_removeAction, &QAction::triggered, this, &SyncPanel::removeRemote);
    connect(m_syncAction, &QAction::triggered, this, &SyncPanel::syncNow);
    connect(m_previewAction, &QAction::triggered, this, &SyncPanel::preview);
}

QString SyncPanel::selectedRemote() const
{
    return m_remotes->selectedRemote();
}

bool SyncPanel::isRefreshing() const
{
    return m_reading->isRunning();
}

QString SyncPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString SyncPanel::previewSummary() const
{
    return m_preview->summary();
}

SyncPlanModel *SyncPanel::previewModel() const
{
    return m_preview->model();
}

void SyncPanel::refresh()
{
    if (m_reading->isRunning()) {
        m_refreshAgain = true; // the ledger moved while we were reading it
        return;
    }
    m_refreshAgain = false;
    m_reading->setFuture(QtConcurrent::run(&RemoteOverview::read, m_dataDir));
}

void SyncPanel::onOverviewRead()
{
    const RemoteOverview overview = m_reading->result();
    m_remotes->setRemotes(overview.remotes, overview.statuses, std::exchange(m_wantSelected, QString()));
    if (!overview.error.isEmpty())
        showMessage(overview.error, true);
    onSelectionChanged();
    emit refreshed();
    if (m_refreshAgain)
        refresh();
}

void SyncPanel::onSelectionChanged()
{
    const QString name = selectedRemote();
    const QList<SyncConflict> conflicts =
        name.isEmpty() ? QList<SyncConflict>() : m_remotes->status(name).conflicts;
    m_conflicts->setConflicts(conflicts);
    m_tabs->setTabText(ConflictsTab,
                       conflicts.isEmpty() ? tr("Conflicts") : tr("Conflicts (%1)").arg(conflicts.size()));
    // New conflicts need a decision: show them, unless the user is watching a transfer or a preview.
    if (conflicts.size() > m_shownConflicts && m_tabs->currentIndex() == TransfersTab && !(m_scheduler && m_scheduler->isRunning(name)))
        m_tabs->setCurrentIndex(ConflictsTab);
    m_shownConflicts = int(conflicts.size());
    updateActions();
}

void SyncPanel::updateActions()
{
    const QString name = selectedRemote();
    const bool has = !name.isEmpty();
    m_editAction->setEnabled(has);
    m_removeAction->setEnabled(has && !(m_scheduler && m_scheduler->isRunning(name)));
    m_syncAction->setEnabled(has && m_scheduler && !m_scheduler->isRunning(name));
    m_previewAction->setEnabled(has && !m_previewTask);
    m_conflicts->setBusy(!m_resolveTask.isNull());
}

void SyncPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SyncPanel::saveProfile(const RemoteProfile &profile, bool replace)
{
    // remotes.json is a few hundred bytes, written atomically: quick enough for the GUI thread.
    const Result<void> saved = RemoteProfiles(m_dataDir).add(profile, replace);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    showMessage(replace ? tr("Remote \"%1\" updated").arg(profile.name)
                        : tr("Remote \"%1\" added").arg(profile.name),
                false);
    m_wantSelected = profile.name;
    refresh();
}

void SyncPanel::addRemote()
{
    RemoteDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), false);
}

void SyncPanel::editRemote()
{
    const RemoteProfile current = m_remotes->profile(selectedRemote());
    if (current.name.isEmpty())
        return;
    RemoteDialog dialog(this);
    dialog.setProfile(current);
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), true);
}

void SyncPanel::removeRemote()
{
    const QString name = selectedRemote();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove remote"),
                                              tr("Forget the remote \"%1\"? Nothing is deleted in the "
                                                 "bucket, and the datasets stay in this catalog.")
                                                  .arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> removed = RemoteProfiles(m_dataDir).remove(name);
    if (removed) // the keyring may take seconds: not on the GUI thread
        (void)QtConcurrent::run([name] { RemoteCredentials::forget(name); });
    showMessage(removed ? tr("Remote \"%1\" removed").arg(name) : removed.error().message, !removed);
    refresh();
}

void SyncPanel::syncNow()
{
    const QString name = selectedRemote();
    if (name.isEmpty() || !m_scheduler)
        return;
    SyncTask *task = m_scheduler->syncNow(name);
    if (!task) {
        showMessage(tr("A sync of \"%1\" is already running").arg(name), false);
        return;
    }
    onSyncStarted(name, task); // the scheduler's signal may already have done this; it is idempotent
}

void SyncPanel::onSyncStarted(const QString &remote, SyncTask *task)
{
    if (m_syncs.value(remote) == task)
        return;
    m_syncs.insert(remote, task);
    m_remotes->setRunning(remote, true);
    m_transfers->showTask(task, QStringLiteral("sync:") + remote);
    m_tabs->setCurrentIndex(TransfersTab);
    showMessage(tr("Syncing \"%1\"…").arg(remote), false);
    updateActions();
}

void SyncPanel::onSyncFinished(const QString &remote, bool ok)
{
    m_remotes->setRunning(remote, false);
    const QPointer<SyncTask> task = m_syncs.take(remote);
    if (ok)
        showMessage(tr("\"%1\" is in sync").arg(remote), false);
    else if (task && task->state() == Task::State::Cancelled)
        showMessage(tr("Sync of \"%1\" cancelled").arg(remote), false);
    else
        showMessage(
            tr("Sync of \"%1\" failed: %2").arg(remote, task ? task->error().message : tr("see Transfers")),
            true);
    updateActions();
    refresh();
    if (ok)
        return;
    // The scheduler plans its retry after this signal: read it once the event loop has moved on.
    QTimer::singleShot(0, this, [this, remote] {
        const QDateTime next = m_scheduler ? m_scheduler->nextRetry(remote) : QDateTime();
        if (next.isValid() && m_message->isVisible())
            showMessage(m_message->text() + QLatin1Char('\n') +
                            tr("Next try at %1")
                                .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat)),
                        true);
    });
}

void SyncPanel::preview()
{
    const QString name = selectedRemote();
    if (name.isEmpty() || m_previewTask)
        return;
    SyncOptions options;
    options.dryRun = true;
    auto *task = new SyncTask(m_dataDir, name, options);
    m_previewTask = task;
    // The TaskManager owns the task and may drop it ("Clear finished") before this queued call lands.
    connect(
        task, &Task::finished, this,
        [this, name, guard = QPointer<SyncTask>(task)](bool ok) { onPreviewFinished(name, guard, ok); },
        Qt::QueuedConnection);
    m_tasks->submit(task);
    m_transfers->showTask(task, QStringLiteral("preview:") + name);
    m_preview->showRunning(name);
    m_tabs->setCurrentIndex(TransfersTab);
    showMessage(QString(), false);
    updateActions();
}

void SyncPanel::onPreviewFinished(const QString &remote, SyncTask *task, bool ok)
{
    m_previewTask.clear();
    updateActions();
    if (!task)
        return;
    if (!ok) {
        const bool cancelled = task->state() == Task::State::Cancelled;
        const QString why = cancelled ? tr("cancelled") : task->error().message;
        m_preview->showFailure(remote, why);
        showMessage(tr("Preview of \"%1\" failed: %2").arg(remote, why), !cancelled);
        return;
    }
    m_preview->showReport(remote, task->report());
    m_tabs->setCurrentIndex(PreviewTab);
}

void SyncPanel::resolve(const QString &lineage, ConflictResolution how)
{
    const QString name = selectedRemote();
    if (name.isEmpty() || m_resolveTask)
        return;
    SyncTask *task = SyncTask::resolving(m_dataDir, name, lineage, how);
    m_resolveTask = task;
    connect(
        task, &Task::finished, this,
        [this, name, guard = QPointer<SyncTask>(task)](bool ok) {
            m_resolveTask.clear();
            updateActions();
            const QString why = guard ? guard->error().message : QString();
            showMessage(ok ? tr("Conflict on \"%1\" settled").arg(name)
                           : tr("Could not settle the conflict: %1").arg(why),
                        !ok);
        },
        Qt::QueuedConnection);
    m_tasks->submit(task);
    m_transfers->showTask(task, QStringLiteral("resolve:") + name);
    updateActions();
}

} // namespace urbis
