#pragma once

#include "channelpoint.h"

#include <vector>

namespace urbis {

/**
 * The recent values of one channel (one measure of one station) in a fixed-size ring: memory is at
 * most capacity × 16 bytes whatever the rate (the ring grows with the data up to that, so a quiet
 * channel costs little); the oldest points are overwritten (dropped() counts them).
 * Gap markers are points too, so a chart draws a break where the link was down.
 *
 * window() answers "what to draw for [from, to] in at most N points": all points when they fit,
 * else downsampled by LTTB (Largest-Triangle-Three-Buckets, Steinarsson 2013: keeps the visual
 * shape) or min/max per bucket (keeps every extreme, 2 points per bucket); gaps and the first and
 * last point of every run between gaps are always kept (so a window holding more link breaks than
 * maxPoints / 3 can exceed maxPoints: breaks are never hidden).
 * Not thread-safe: ChannelSet locks around it.
 */
class ChannelBuffer
{
public:
    enum class Downsample { Lttb, MinMax };

    explicit ChannelBuffer(int capacity = 65'536);

    /** Appends in arrival order; a time before the last one is stored as is (charts sort by time). */
    void append(qint64 timeMs, double value);
    /** A break in the line; nothing when the buffer is empty or already ends with a gap. */
    void appendGap(qint64 timeMs);

    int size() const { return m_count; }
    int capacity() const { return m_capacity; }
    qint64 dropped() const { return m_dropped; }
    bool isEmpty() const { return size() == 0; }
    /** Bytes allocated for points (grows to capacity × 16 with the data). */
    qint64 memoryBytes() const { return qint64(m_ring.capacity() * sizeof(ChannelPoint)); }
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
    /** Calls f(point) for the points in [from, to], oldest first (binary search while in time order). */
    template <typename F> void forEachIn(qint64 fromMs, qint64 toMs, F &&f) const;
    int lowerBound(qint64 timeMs) const; ///< first index with time >= timeMs; only when m_descents == 0

    std::vector<ChannelPoint> m_ring;
    int m_capacity;
    int m_head = 0; ///< next write position once the ring is full
    int m_count = 0;
    qint64 m_dropped = 0;
    /** Neighbours stored out of time order (t[i+1] < t[i]); 0 = sorted, binary search allowed. */
    int m_descents = 0;
};

} // namespace urbis
