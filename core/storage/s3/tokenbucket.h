#pragma once

#include <QElapsedTimer>

#include <mutex>

namespace urbis {
class Feedback;
}

namespace urbis::s3 {

/**
 * A bandwidth limit shared by the parallel requests of one transfer: each takes the bytes it is
 * about to send (or receive) and sleeps off the debt, so all of them together average
 * `bytesPerSecond`. Thread-safe. A rate of 0 means no limit.
 */
class TokenBucket
{
public:
    explicit TokenBucket(qint64 bytesPerSecond);

    /** Waits until `bytes` may move; false if `cancel` (may be null) was cancelled meanwhile. */
    bool acquire(qint64 bytes, const Feedback *cancel);

private:
    const qint64 m_rate;
    std::mutex m_mutex;
    double m_tokens = 0; ///< negative: borrowed bytes still to be waited for
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};

} // namespace urbis::s3
