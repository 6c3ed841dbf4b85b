#pragma once
// Small flood fixtures shared by the flood tests.

#include "sim/floodmodel.h"

#include <cmath>

namespace urbis::test {

/** Rolling terrain tilted towards the east, with pits of several sizes. */
inline FloodInputs rollingTerrain(int w, int h, double cellSize = 10)
{
    FloodInputs in;
    in.cellSize = cellSize;
    in.elevation = FloatGrid(w, h, 0.0f);
    for (int r = 0; r < h; ++r) {
        for (int c = 0; c < w; ++c) {
            const unsigned hash = (unsigned(c) * 2654435761u) ^ (unsigned(r) * 40503u);
            in.elevation.at(c, r) = float(0.05 * (w - c) + 1.5 * std::sin(c * 0.3) * std::sin(r * 0.25) +
                                          0.001 * double(hash % 1000));
        }
    }
    return in;
}

/** A hydrograph: rising to `peak` m^3/s at `peakSec`, back to 0 at twice that. */
inline QList<TimeSeriesPoint> hydrograph(double peak, double peakSec)
{
    return {{0, 0}, {peakSec, peak}, {2 * peakSec, 0}};
}

/** A constant rain of `mmPerHour` from 0 to `untilSec`. */
inline QList<TimeSeriesPoint> steadyRain(double mmPerHour, double untilSec)
{
    return {{0, mmPerHour}, {untilSec, mmPerHour}};
}

/** The water surface of every cell. */
inline FloatGrid surface(const FloodInputs &in, const FloatGrid &depth)
{
    FloatGrid s = in.elevation;
    for (qsizetype i = 0; i < s.size(); ++i)
        s.cells()[size_t(i)] += depth.cells()[size_t(i)];
    return s;
}

} // namespace urbis::test
