#pragma once

#include "feedback.h"
#include "result.h"

#include <QMutex>
#include <QObject>

#include <atomic>

namespace urbis {

/**
 * A unit of long work (import, sync, GC, ...) that runs on a TaskManager's thread pool.
 *
 * The Task object lives in the thread that created it (usually the GUI thread); run() executes on a
 * pool thread. Signals are emitted from the pool thread, so receivers in the GUI thread get them queued.
 * Subclasses implement run() and must poll feedback.isCancelled() at reasonable intervals.
 */
class Task : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Task(QString description, QObject *parent = nullptr);

    QString description() const { return m_description; }
    Feedback *feedback() { return &m_feedback; }
    const Feedback *feedback() const { return &m_feedback; }
    State state() const { return m_state.load(); }
    bool isDone() const;
    /** True once execute() has returned (or will never run): only then may the task be deleted. */
    bool hasExited() const { return m_exited.load(); }
    /** The error of a failed or cancelled task; empty otherwise. Safe once isDone(). */
    Error error() const;
    void cancel();
    /**
     * A transient task (a dashboard refresh, a live preview) leaves the TaskManager by itself once
     * it has succeeded or been cancelled; a failed one stays so its error can be read. Set before submit.
     */
    void setTransient(bool transient) { m_transient = transient; }
    bool isTransient() const { return m_transient; }

    /** Runs the task on the calling thread; TaskManager calls this from a pool thread. */
    void execute();

signals:
    void stateChanged(urbis::Task::State state);
    void finished(bool ok);

protected:
    virtual Result<void> run(Feedback &feedback) = 0;

private:
    void setState(State s);

    QString m_description;
    Feedback m_feedback;
    std::atomic<State> m_state{State::Queued};
    std::atomic<bool> m_exited{false};
    bool m_transient = false;
    mutable QMutex m_mutex;
    Error m_error;
};

} // namespace urbis
