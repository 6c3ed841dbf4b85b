#pragma once

#include "channelpoint.h"

#include <vector>

namespace urbis {

/**
 * The recent values of one channel (one measure of one station) in a fixed-size ring: memory is
 * capacity × 16 bytes whatever the rate; the oldest points are overwritten (dropped() counts them).
 * Gap markers are points too, so a chart draws a break where the link was down.
 *
 * window() answers "what to draw for [from, to] in at most N points": all points when they fit,
 * else downsampled by LTTB (Largest-Triangle-Three-Buckets, Steinarsson 2013: keeps the visual
 * shape) or min/max per bucket (keeps every extreme, 2 points per bucket); gaps are always kept.
 * Not thread-safe: ChannelSet locks around it.
 */
class ChannelBuffer
{
public:
    enum class Downsample { Lttb, MinMax };

    explicit ChannelBuffer(int capacity = 65'536);

    /** Appends in arrival order; a time before the last one is stored as is (charts sort by time). */
    void append(qint64 timeMs, double value);
    void appendGap(qint64 timeMs);

    int size() const;
    int capacity() const { return int(m_ring.size()); }
    qint64 dropped() const { return m_dropped; }
    bool isEmpty() const { return size() == 0; }
    /** Oldest and newest point (gaps included); undefined when empty. */
    ChannelPoint first() const;
    ChannelPoint last() const;
    /** The newest non-gap point, if any. */
    bool lastValue(ChannelPoint *out) const;

    /** Points with from <= time <= to, oldest first, at most maxPoints (>= 3) of them. */
    ChannelSeries window(qint64 fromMs, qint64 toMs, int maxPoints, Downsample mode = Downsample::Lttb) const;
    /** Minimum and maximum of the non-gap values in [from, to]; false when there is none. */
    bool range(qint64 fromMs, qint64 toMs, double *min, double *max) const;

private:
    const ChannelPoint &at(int i) const; ///< 0 = oldest

    std::vector<ChannelPoint> m_ring;
    int m_head = 0; ///< next write position
    int m_count = 0;
    qint64 m_dropped = 0;
};

} // namespace urbis
