#pragma once

#include <QMutex>
#include <QWaitCondition>

namespace urbis {

class Feedback;

/**
 * Pause, resume and cancel for a running model. The ScenarioRunner (a Task) owns one and hands it to
 * the model, which calls checkpoint() between steps; the GUI calls pause()/resume() from its thread,
 * cancel goes through the Task's Feedback.
 */
class SimControl
{
public:
    explicit SimControl(Feedback *feedback = nullptr) : m_feedback(feedback) {}

    void pause();
    void resume();
    bool isPaused() const;
    /** Wakes a paused model so it sees the cancel (call after Feedback::cancel()). */
    void wake();

    /**
     * Reports progress (0..100), blocks while paused, returns false once cancelled (the model then
     * returns Error::Code::Cancelled). Call it per step or per few thousand cells, not per cell.
     */
    bool checkpoint(double percent);

private:
    Feedback *m_feedback;
    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    bool m_paused = false;
};

} // namespace urbis
