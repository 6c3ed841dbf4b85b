#pragma once

#include <QtGlobal>

#include <array>

namespace urbis {

/**
 * Messages per second over the last five seconds, in 250 ms buckets: add() is a division and an
 * increment, cheap enough to call for every message of a 20,000 msg/s feed. Not thread-safe.
 */
class MessageRate
{
public:
    void add(qint64 nowMs);
    double perSecond(qint64 nowMs);
    void clear();

private:
    static constexpr int kBuckets = 20;
    static constexpr qint64 kBucketMs = 250;
    void advance(qint64 nowMs);

    std::array<qint64, kBuckets> m_counts{};
    qint64 m_slot = -1;    ///< bucket of the latest add/advance, as nowMs / kBucketMs
    qint64 m_firstMs = -1; ///< first add since clear()
};

} // namespace urbis
