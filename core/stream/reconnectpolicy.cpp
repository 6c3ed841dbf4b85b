#include "reconnectpolicy.h"

#include <algorithm>

namespace urbis {

ReconnectPolicy::ReconnectPolicy(int initialMs, int maxMs, quint32 seed)
    : m_initialMs(std::max(1, initialMs)), m_maxMs(std::max(m_initialMs, maxMs)), m_random(seed)
{}

int ReconnectPolicy::nextDelayMs()
{
    // 2^30 is past any sane ceiling already; capping the exponent keeps the shift defined.
    const qint64 grown = qint64(m_initialMs) << std::min(m_attempt, 30);
    const qint64 ceiling = std::min<qint64>(m_maxMs, grown);
    const qint64 floor = std::min<qint64>(m_initialMs / 2, ceiling);
    ++m_attempt;
    return int(m_random.bounded(floor, ceiling + 1));
}

} // namespace urbis
