#pragma once
// Small wildfire fixtures shared by the wildfire tests.

#include "sim/spreadrate.h"
#include "sim/wildfiremodel.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace urbis::test {

/** Flat, uniform grass, one ignition in the middle. */
inline WildfireInputs grassland(int w, int h, double cellSize = 10)
{
    WildfireInputs in;
    in.cellSize = cellSize;
    in.fuel = ByteGrid(w, h, 1);
    in.ignitions = {QPoint(w / 2, h / 2)};
    return in;
}

/** The no-wind, flat rate of default grass at the default moisture, m/min. */
inline double grassRate(double moisture = WildfireParams().fuelMoisture)
{
    return 3.3 * SpreadRate::moistureDamping(moisture, 0.12);
}

/** Bounding box, count and centroid of the cells burned by `step` (inclusive). */
struct Burn
{
    int minC = INT_MAX, maxC = INT_MIN, minR = INT_MAX, maxR = INT_MIN;
    qint64 count = 0;
    double cx = 0, cy = 0;

    int width() const { return maxC - minC + 1; }
    int height() const { return maxR - minR + 1; }
};

inline Burn burnOf(const IntGrid &arrival, int step)
{
    Burn b;
    for (int r = 0; r < arrival.height(); ++r) {
        for (int c = 0; c < arrival.width(); ++c) {
            const int a = arrival.at(c, r);
            if (a < 0 || a > step)
                continue;
            b.minC = std::min(b.minC, c);
            b.maxC = std::max(b.maxC, c);
            b.minR = std::min(b.minR, r);
            b.maxR = std::max(b.maxR, r);
            ++b.count;
            b.cx += c;
            b.cy += r;
        }
    }
    if (b.count) {
        b.cx /= double(b.count);
        b.cy /= double(b.count);
    }
    return b;
}

/** Cell edges between burned (arrival <= step) and unburned or outside cells. */
inline qint64 perimeterEdges(const IntGrid &arrival, int step)
{
    auto burned = [&](int c, int r) {
        return arrival.contains(c, r) && arrival.at(c, r) >= 0 && arrival.at(c, r) <= step;
    };
    qint64 edges = 0;
    for (int r = 0; r < arrival.height(); ++r) {
        for (int c = 0; c < arrival.width(); ++c) {
            if (burned(c, r))
                edges += !burned(c - 1, r) + !burned(c + 1, r) + !burned(c, r - 1) + !burned(c, r + 1);
        }
    }
    return edges;
}

/** Grass with a few other fuels, hills and a slope: a run that exercises every term. */
inline WildfireInputs mixedLandscape(int w, int h)
{
    WildfireInputs in = grassland(w, h, 30);
    in.elevation = FloatGrid(w, h, 0.0f);
    for (int r = 0; r < h; ++r) {
        for (int c = 0; c < w; ++c) {
            in.elevation.at(c, r) = float(2.0 * r + 40.0 * std::sin(c * 0.11) * std::cos(r * 0.07));
            // Unsigned: the products overflow, which is undefined for int (and was miscompiled at -O2).
            const unsigned hash = unsigned(c) * 73856093u ^ unsigned(r) * 19349663u;
            in.fuel.at(c, r) = std::uint8_t(1 + hash % 4); // grass, shrub, litter, urban
        }
    }
    return in;
}

} // namespace urbis::test
