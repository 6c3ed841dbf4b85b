#include "simcontrol.h"

#include "../util/feedback.h"

namespace urbis {

void SimControl::pause()
{
    QMutexLocker lock(&m_mutex);
    m_paused = true;
}

void SimControl::resume()
{
    QMutexLocker lock(&m_mutex);
    m_paused = false;
    m_resumed.wakeAll();
}

bool SimControl::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

void SimControl::wake()
{
    QMutexLocker lock(&m_mutex);
    m_resumed.wakeAll();
}

bool SimControl::checkpoint(double percent)
{
    if (m_feedback) {
        m_feedback->setProgress(percent);
        if (m_feedback->isCancelled())
            return false;
    }
    QMutexLocker lock(&m_mutex);
    while (m_paused && !(m_feedback && m_feedback->isCancelled()))
        m_resumed.wait(&m_mutex, 200); // re-checks cancel even if nobody calls wake()
    return !(m_feedback && m_feedback->isCancelled());
}

} // namespace urbis
