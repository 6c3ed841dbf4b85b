#pragma once

#include "channelpoint.h"

#include <span>

namespace urbis {

/**
 * Downsampling of a run of points without gaps (ChannelBuffer cuts at gaps and calls these per run).
 * lttb(): Largest-Triangle-Three-Buckets; keeps the first and last point; `threshold` >= 3.
 * minMaxBuckets(): per bucket its min and max point in time order.
 */
namespace Downsampling {
ChannelSeries lttb(std::span<const ChannelPoint> points, int threshold);
ChannelSeries minMaxBuckets(std::span<const ChannelPoint> points, int buckets);
} // namespace Downsampling

} // namespace urbis
