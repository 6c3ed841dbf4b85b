#include "tokenbucket.h"

#include "../../util/feedback.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace urbis::s3 {

TokenBucket::TokenBucket(qint64 bytesPerSecond) : m_rate(std::max<qint64>(0, bytesPerSecond))
{
    m_clock.start();
}

bool TokenBucket::acquire(qint64 bytes, const Feedback *cancel)
{
    if (m_rate == 0)
        return !(cancel && cancel->isCancelled());
    qint64 waitMs = 0;
    {
        std::lock_guard lock(m_mutex);
        const qint64 now = m_clock.nsecsElapsed();
        // A quarter second of unused rate may be saved up: enough to smooth scheduling jitter,
        // too little to let a burst blow through the limit after an idle pause.
        m_tokens = std::min(m_tokens + double(now - m_lastNs) * 1e-9 * double(m_rate), double(m_rate) / 4);
        m_lastNs = now;
        m_tokens -= double(bytes);
        if (m_tokens < 0)
            waitMs = qint64(-m_tokens * 1000.0 / double(m_rate));
    }
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        if (cancel && cancel->isCancelled())
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
    return !(cancel && cancel->isCancelled());
}

} // namespace urbis::s3
