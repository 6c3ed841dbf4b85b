#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace urbis {

class SyncTask;
class TaskManager;

/**
 * Starts syncs of the workspace's remotes as Tasks and retries failed ones by itself: after a
 * failure with an I/O cause (network gone, server busy) it tries again with growing waits
 * (30 s, 1, 2, 4 … up to 15 min) and at once when the system says the network is back
 * (QNetworkInformation, where a backend exists). A retry resumes where the failed one stopped.
 * Lives in the GUI thread; never blocks it.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    SyncScheduler(TaskManager *tasks, QString dataDir, QObject *parent = nullptr);

    /** Starts a sync of `remote` now unless one is running; returns the task (owned by TaskManager) or null. */
    SyncTask *syncNow(const QString &remote);
    bool isRunning(const QString &remote) const;
    /** When the next automatic retry of `remote` is due; invalid when none is planned. */
    QDateTime nextRetry(const QString &remote) const;
    /** Off: no automatic retries (a user who works offline on purpose). */
    void setAutoRetry(bool on);
    /** The first wait after a failure (doubling after each further one, up to 15 min); default 30 s. */
    void setFirstRetryDelay(int ms) { m_firstRetryMs = ms; }

signals:
    void syncStarted(const QString &remote, urbis::SyncTask *task);
    void syncFinished(const QString &remote, bool ok);

private:
    void onFinished(const QString &remote, SyncTask *task, bool ok);
    void onNetworkBack();

    TaskManager *m_tasks;
    QString m_dataDir;
    bool m_autoRetry = true;
    int m_firstRetryMs = 30000;
    QHash<QString, QPointer<SyncTask>> m_running;
    QHash<QString, int> m_failures;
    QHash<QString, QTimer *> m_retry;
};

} // namespace urbis
