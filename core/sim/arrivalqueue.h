#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace urbis {

/**
 * A bucket (Dial) queue of cells keyed by quantized arrival time, for the wildfire model's
 * minimum-travel-time propagation. Buckets near the current one live in a circular window of
 * vectors; farther ones wait in a heap ordered by (bucket, cell) and move into the window when it
 * reaches them, so the pop order is fully determined by the pushes (deterministic runs).
 * Single-threaded; owned by one run.
 */
class ArrivalQueue
{
public:
    explicit ArrivalQueue(int windowBits = 12);

    /** Queues `cell` for `bucket`; a bucket before the current one is treated as the current. */
    void push(quint32 bucket, quint32 cell)
    {
        ++m_pending;
        if (bucket < m_current)
            bucket = m_current;
        if (bucket - m_current <= m_mask)
            m_slots[bucket & m_mask].push_back(cell);
        else
            pushFar(bucket, cell);
    }

    /**
     * Makes `bucket` (>= every bucket taken so far) the current one and returns its cells; the
     * caller may push to it while iterating by index, then calls release().
     */
    std::vector<quint32> &take(quint32 bucket);
    void release(std::vector<quint32> &slot);

    bool isEmpty() const { return m_pending == 0; }
    /** The first bucket >= `from` that may hold cells: `from` unless only far entries are left. */
    quint32 nextBucket(quint32 from) const
    {
        if (m_pending > qint64(m_far.size()) || m_far.empty())
            return from;
        return std::max(from, m_far.front().bucket);
    }
    qint64 pushes() const { return m_pushes + m_pending; }

private:
    struct Far
    {
        quint32 bucket;
        quint32 cell;
    };
    void pushFar(quint32 bucket, quint32 cell);

    std::vector<std::vector<quint32>> m_slots;
    std::vector<Far> m_far; // a min-heap on (bucket, cell)
    quint32 m_mask;
    quint32 m_current = 0;
    qint64 m_pending = 0;
    qint64 m_pushes = 0; // released entries, for the statistics
};

} // namespace urbis
