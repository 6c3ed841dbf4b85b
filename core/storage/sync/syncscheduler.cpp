#include "syncscheduler.h"

#include "../../util/taskmanager.h"
#include "synctask.h"

#include <QNetworkInformation>

namespace urbis {

namespace {
constexpr int kMaxRetryMs = 15 * 60 * 1000;
} // namespace

SyncScheduler::SyncScheduler(TaskManager *tasks, QString dataDir, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_dataDir(std::move(dataDir))
{
    // Not every system has a backend (containers, minimal desktops): then the timers alone retry.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        onNetworkBack();
                });
    }
}

SyncTask *SyncScheduler::syncNow(const QString &remote)
{
    if (isRunning(remote))
        return nullptr;
    if (QTimer *t = m_retry.take(remote))
        t->deleteLater();
    auto *task = new SyncTask(m_dataDir, remote);
    m_running.insert(remote, task);
    connect(task, &Task::finished, this, [this, remote, task](bool ok) { onFinished(remote, task, ok); });
    m_tasks->submit(task);
    emit syncStarted(remote, task);
    return task;
}

bool SyncScheduler::isRunning(const QString &remote) const
{
    const QPointer<SyncTask> t = m_running.value(remote);
    return t && !t->isDone();
}

QDateTime SyncScheduler::nextRetry(const QString &remote) const
{
    const QTimer *t = m_retry.value(remote);
    return t && t->isActive() ? QDateTime::currentDateTimeUtc().addMSecs(t->remainingTime()) : QDateTime();
}

void SyncScheduler::setAutoRetry(bool on)
{
    m_autoRetry = on;
    if (!on) {
        for (QTimer *t : std::as_const(m_retry))
            t->deleteLater();
        m_retry.clear();
    }
}

void SyncScheduler::onFinished(const QString &remote, SyncTask *task, bool ok)
{
    m_running.remove(remote);
    emit syncFinished(remote, ok);
    const Error err = task->error();
    // Only causes that time can fix are retried: not a refused key, a bad profile or a cancel.
    if (ok || !m_autoRetry || err.code != Error::Code::Io) {
        m_failures.remove(remote);
        return;
    }
    const int n = ++m_failures[remote];
    const int ms = int(std::min<qint64>(kMaxRetryMs, qint64(m_firstRetryMs) << std::min(n - 1, 10)));
    QTimer *&timer = m_retry[remote];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, remote] { syncNow(remote); });
    }
    timer->start(ms);
}

void SyncScheduler::onNetworkBack()
{
    const QStringList due = m_retry.keys();
    for (const QString &remote : due)
        syncNow(remote);
}

} // namespace urbis
