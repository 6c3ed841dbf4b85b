#include "lttb.h"

#include <algorithm>
#include <cmath>

namespace urbis {

namespace Downsampling {

ChannelSeries lttb(std::span<const ChannelPoint> points, int threshold)
{
    const qint64 n = qint64(points.size());
    if (threshold >= n || n <= 2)
        return ChannelSeries(points.begin(), points.end());
    threshold = std::max(threshold, 3);

    // Times relative to the first point: epoch milliseconds times values would lose precision.
    const qint64 t0 = points.front().timeMs;
    const auto x = [&](qint64 i) { return double(points[size_t(i)].timeMs - t0); };
    const auto y = [&](qint64 i) { return points[size_t(i)].value; };
    // Bucket k of the middle points is [start(k), start(k + 1)); integer bounds so the last bucket
    // ends exactly before the last point.
    const qint64 middle = threshold - 2;
    const auto start = [&](qint64 k) { return 1 + k * (n - 2) / middle; };

    ChannelSeries out;
    out.reserve(threshold);
    out.append(points.front());
    qint64 a = 0; // the point chosen in the previous bucket
    for (qint64 k = 0; k < middle; ++k) {
        // The third triangle corner: the mean of the next bucket (the last point after the last bucket).
        const qint64 nextBegin = start(k + 1);
        const qint64 nextEnd = std::min(start(k + 2), n);
        double meanX = 0, meanY = 0;
        for (qint64 i = nextBegin; i < nextEnd; ++i) {
            meanX += x(i);
            meanY += y(i);
        }
        const double count = double(std::max<qint64>(1, nextEnd - nextBegin));
        meanX /= count;
        meanY /= count;

        const double ax = x(a), ay = y(a);
        qint64 best = start(k);
        double bestArea = -1;
        for (qint64 i = start(k); i < nextBegin; ++i) {
            // Twice the triangle's area; the factor does not change which point wins.
            const double area = std::abs((ax - meanX) * (y(i) - ay) - (ax - x(i)) * (meanY - ay));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        out.append(points[size_t(best)]);
        a = best;
    }
    out.append(points.back());
    return out;
}

ChannelSeries minMaxBuckets(std::span<const ChannelPoint> points, int buckets)
{
    const qint64 n = qint64(points.size());
    if (buckets <= 0)
        return {};
    if (2 * qint64(buckets) >= n)
        return ChannelSeries(points.begin(), points.end());

    ChannelSeries out;
    out.reserve(2 * buckets);
    for (qint64 k = 0; k < buckets; ++k) {
        const qint64 begin = k * n / buckets, end = (k + 1) * n / buckets;
        qint64 lo = begin, hi = begin;
        for (qint64 i = begin + 1; i < end; ++i) {
            if (points[size_t(i)].value < points[size_t(lo)].value)
                lo = i;
            if (points[size_t(i)].value > points[size_t(hi)].value)
                hi = i;
        }
        out.append(points[size_t(std::min(lo, hi))]);
        if (lo != hi)
            out.append(points[size_t(std::max(lo, hi))]);
    }
    return out;
}

} // namespace Downsampling

} // namespace urbis
