#include "channelbuffer.h"

#include "lttb.h"

#include <algorithm>
#include <limits>
#include <span>

namespace urbis {

ChannelBuffer::ChannelBuffer(int capacity) : m_capacity(std::max(capacity, 1)) {}

const ChannelPoint &ChannelBuffer::at(int i) const
{
    // Until the ring is full m_head stays 0 and points sit in append order.
    return m_ring[size_t((m_head + i) % m_capacity)];
}

void ChannelBuffer::append(qint64 timeMs, double value)
{
    if (m_count == m_capacity) {
        // The oldest point goes: so does its pair with the second oldest.
        if (m_count >= 2 && at(1).timeMs < at(0).timeMs)
            --m_descents;
        if (m_count >= 2 && timeMs < last().timeMs)
            ++m_descents;
        m_ring[size_t(m_head)] = {timeMs, value};
        m_head = (m_head + 1) % m_capacity;
        ++m_dropped;
        return;
    }
    if (m_count > 0 && timeMs < last().timeMs)
        ++m_descents;
    // Grown by hand so a ring never allocates past its capacity (std::vector may double beyond it).
    if (m_ring.size() == m_ring.capacity())
        m_ring.reserve(size_t(std::min<qint64>(m_capacity, std::max<qint64>(64, qint64(m_ring.size()) * 2))));
    m_ring.push_back({timeMs, value});
    ++m_count;
}

void ChannelBuffer::appendGap(qint64 timeMs)
{
    // A break before the first point or right after another one draws nothing new.
    if (m_count == 0 || last().isGap())
        return;
    append(timeMs, std::numeric_limits<double>::quiet_NaN());
}

ChannelPoint ChannelBuffer::first() const
{
    return at(0);
}

ChannelPoint ChannelBuffer::last() const
{
    return at(m_count - 1);
}

bool ChannelBuffer::lastValue(ChannelPoint *out) const
{
    for (int i = m_count - 1; i >= 0; --i) {
        if (!at(i).isGap()) {
            if (out)
                *out = at(i);
            return true;
        }
    }
    return false;
}

int ChannelBuffer::lowerBound(qint64 timeMs) const
{
    int lo = 0, hi = m_count;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (at(mid).timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

template <typename F> void ChannelBuffer::forEachIn(qint64 fromMs, qint64 toMs, F &&f) const
{
    if (fromMs > toMs || m_count == 0)
        return;
    if (m_descents == 0) {
        const int end = toMs == std::numeric_limits<qint64>::max() ? m_count : lowerBound(toMs + 1);
        for (int i = lowerBound(fromMs); i < end; ++i)
            f(at(i));
        return;
    }
    // Late points were stored as they came: the window is a filter over the whole ring.
    for (int i = 0; i < m_count; ++i) {
        const ChannelPoint &p = at(i);
        if (p.timeMs >= fromMs && p.timeMs <= toMs)
            f(p);
    }
}

bool ChannelBuffer::range(qint64 fromMs, qint64 toMs, double *min, double *max) const
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool any = false;
    forEachIn(fromMs, toMs, [&](const ChannelPoint &p) {
        if (p.isGap())
            return;
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
        any = true;
    });
    if (any) {
        if (min)
            *min = lo;
        if (max)
            *max = hi;
    }
    return any;
}

namespace {

// One run between gaps, downsampled to `share` points besides its first and last.
void appendRun(ChannelSeries &out, std::span<const ChannelPoint> run, qint64 share,
               ChannelBuffer::Downsample mode)
{
    const qint64 n = qint64(run.size());
    const qint64 ends = std::min<qint64>(n, 2);
    if (ends + share >= n) {
        out.append(ChannelSeries(run.begin(), run.end()));
        return;
    }
    if (mode == ChannelBuffer::Downsample::Lttb && ends + share >= 3) {
        out.append(Downsampling::lttb(run, int(ends + share)));
        return;
    }
    out.append(run.front());
    if (mode == ChannelBuffer::Downsample::MinMax && share >= 2)
        out.append(Downsampling::minMaxBuckets(run.subspan(1, size_t(n - 2)), int(share / 2)));
    out.append(run.back());
}

} // namespace

ChannelSeries ChannelBuffer::window(qint64 fromMs, qint64 toMs, int maxPoints, Downsample mode) const
{
    std::vector<ChannelPoint> points;
    forEachIn(fromMs, toMs, [&](const ChannelPoint &p) { points.push_back(p); });
    maxPoints = std::max(maxPoints, 3);
    if (qint64(points.size()) <= maxPoints)
        return ChannelSeries(points.begin(), points.end());

    // Gaps and the ends of each run are kept; what is left of the budget goes to the runs'
    // interiors in proportion to their length, so a long run gets as dense as a short one.
    qint64 gaps = 0, ends = 0, interior = 0;
    for (size_t i = 0; i < points.size();) {
        if (points[i].isGap()) {
            ++gaps;
            ++i;
            continue;
        }
        size_t j = i;
        while (j < points.size() && !points[j].isGap())
            ++j;
        const qint64 n = qint64(j - i);
        ends += std::min<qint64>(n, 2);
        interior += n - std::min<qint64>(n, 2);
        i = j;
    }
    const qint64 free = std::max<qint64>(0, maxPoints - gaps - ends);

    ChannelSeries out;
    out.reserve(std::max<qint64>(maxPoints, gaps + ends));
    const std::span<const ChannelPoint> all(points);
    for (size_t i = 0; i < points.size();) {
        if (points[i].isGap()) {
            out.append(points[i++]);
            continue;
        }
        size_t j = i;
        while (j < points.size() && !points[j].isGap())
            ++j;
        const qint64 n = qint64(j - i);
        const qint64 runInterior = n - std::min<qint64>(n, 2);
        const qint64 share = interior > 0 ? free * runInterior / interior : 0;
        appendRun(out, all.subspan(i, j - i), share, mode);
        i = j;
    }
    return out;
}

} // namespace urbis
