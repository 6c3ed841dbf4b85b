#include "task.h"

#include "logging.h"

#include <QMutexLocker>

namespace urbis {

Task::Task(QString description, QObject *parent) : QObject(parent), m_description(std::move(description)) {}

bool Task::isDone() const
{
    const State s = state();
    return s == State::Succeeded || s == State::Failed || s == State::Cancelled;
}

Error Task::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void Task::cancel()
{
    m_feedback.cancel();
}

void Task::setState(State s)
{
    m_state.store(s);
    emit stateChanged(s);
}

void Task::execute()
{
    if (m_feedback.isCancelled()) {
        {
            QMutexLocker lock(&m_mutex);
            m_error = Error(Error::Code::Cancelled, tr("Cancelled before it started"));
        }
        setState(State::Cancelled);
        emit finished(false);
        m_exited.store(true);
        return;
    }
    setState(State::Running);
    const Result<void> r = run(m_feedback);
    State end = State::Succeeded;
    if (!r) {
        end = (r.error().code == Error::Code::Cancelled || m_feedback.isCancelled()) ? State::Cancelled
                                                                                      : State::Failed;
        QMutexLocker lock(&m_mutex);
        m_error = r.error();
        qCWarning(lcTask).noquote() << m_description << "ended:" << r.error().toString();
    } else {
        m_feedback.setProgress(100.0);
    }
    setState(end);
    emit finished(end == State::Succeeded);
    m_exited.store(true); // last touch of `this` from the worker thread
}

} // namespace urbis
