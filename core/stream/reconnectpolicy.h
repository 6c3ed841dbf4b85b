#pragma once

#include <QRandomGenerator>

namespace urbis {

/**
 * Exponential backoff with full jitter ("Exponential Backoff And Jitter", AWS architecture blog):
 * the n-th wait is uniform in [initial/2, min(max, initial * 2^n)]. reset() after a connection that
 * delivered data. Seeded generator so tests can check the bounds deterministically.
 */
class ReconnectPolicy
{
public:
    ReconnectPolicy(int initialMs, int maxMs, quint32 seed = QRandomGenerator::global()->generate());

    /** The wait before the next attempt; each call counts one failed attempt. */
    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace urbis
