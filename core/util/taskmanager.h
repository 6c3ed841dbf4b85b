#pragma once

#include "task.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace urbis {

/**
 * Runs Tasks on its own QThreadPool and keeps the list the Tasks panel shows.
 *
 * Lives in the GUI thread. submit() takes ownership of the task. Finished tasks stay listed
 * until clearFinished(), so the user can read why something failed.
 */
class TaskManager : public QObject
{
    Q_OBJECT
public:
    explicit TaskManager(QObject *parent = nullptr);
    ~TaskManager() override;

    void submit(Task *task);
    QList<Task *> tasks() const { return m_tasks; }
    int runningCount() const;
    void cancelAll();
    void clearFinished();
    /** Blocks until every task has finished or msecs elapse; for shutdown and tests. */
    bool waitForDone(int msecs = -1);
    void setMaxThreadCount(int n) { m_pool.setMaxThreadCount(n); }

signals:
    void taskAdded(urbis::Task *task);
    void taskRemoved(urbis::Task *task);
    void taskFinished(urbis::Task *task, bool ok);

private:
    void removeWhenExited(Task *task);

    QThreadPool m_pool;
    QList<Task *> m_tasks;
};

} // namespace urbis
