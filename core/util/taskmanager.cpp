#include "taskmanager.h"

#include <QTimer>

namespace urbis {

TaskManager::TaskManager(QObject *parent) : QObject(parent)
{
    // Leave a core for the GUI thread on small laptops.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

TaskManager::~TaskManager()
{
    cancelAll();
    m_pool.waitForDone();
}

void TaskManager::submit(Task *task)
{
    task->setParent(this);
    m_tasks.append(task);
    connect(task, &Task::finished, this, [this, task](bool ok) {
            emit taskFinished(task, ok);
            if (task->isTransient() && (ok || task->state() == Task::State::Cancelled))
                removeWhenExited(task);
        }, Qt::QueuedConnection);
    emit taskAdded(task);
    // The manager deletes a task only after hasExited(), so the raw pointer stays valid here.
    m_pool.start([task] { task->execute(); });
}

int TaskManager::runningCount() const
{
    int n = 0;
    for (const Task *t : m_tasks)
        n += t->isDone() ? 0 : 1;
    return n;
}

void TaskManager::cancelAll()
{
    for (Task *t : std::as_const(m_tasks))
        t->cancel();
}

void TaskManager::removeWhenExited(Task *task)
{
    if (!m_tasks.contains(task))
        return;
    // finished() is emitted just before execute() returns; the task may be deleted only after.
    if (!task->hasExited()) {
        QTimer::singleShot(10, this, [this, task] { removeWhenExited(task); });
        return;
    }
    m_tasks.removeOne(task);
    emit taskRemoved(task);
    task->deleteLater();
}

void TaskManager::clearFinished()
{
    for (int i = m_tasks.size() - 1; i >= 0; --i) {
        Task *t = m_tasks.at(i);
        if (t->hasExited()) {
            m_tasks.removeAt(i);
            emit taskRemoved(t);
            t->deleteLater();
        }
    }
}

bool TaskManager::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace urbis
