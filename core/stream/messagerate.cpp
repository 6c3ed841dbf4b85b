#include "messagerate.h"

#include <algorithm>
#include <numeric>

namespace urbis {

void MessageRate::advance(qint64 nowMs)
{
    const qint64 slot = nowMs / kBucketMs;
    if (m_slot < 0) {
        m_slot = slot;
        return;
    }
    // Clear the buckets skipped since the last call (all of them after a long silence).
    const qint64 steps = std::min<qint64>(slot - m_slot, kBuckets);
    for (qint64 i = 1; i <= steps; ++i)
        m_counts[size_t((m_slot + i) % kBuckets)] = 0;
    m_slot = std::max(m_slot, slot);
}

void MessageRate::add(qint64 nowMs)
{
    if (nowMs / kBucketMs != m_slot)
        advance(nowMs);
    if (m_firstMs < 0)
        m_firstMs = nowMs;
    ++m_counts[size_t(m_slot % kBuckets)];
}

double MessageRate::perSecond(qint64 nowMs)
{
    if (m_firstMs < 0)
        return 0;
    advance(nowMs);
    // The window: the current, partly filled bucket plus the full ones before it, and not before
    // the first message (a feed that just started is not averaged with seconds of nothing).
    qint64 spanMs = (kBuckets - 1) * kBucketMs + nowMs % kBucketMs;
    spanMs = std::max<qint64>(1, std::min(spanMs, nowMs - m_firstMs));
    const qint64 total = std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
    return double(total) * 1000.0 / double(std::max<qint64>(spanMs, kBucketMs));
}

void MessageRate::clear()
{
    m_counts.fill(0);
    m_slot = -1;
    m_firstMs = -1;
}

} // namespace urbis
