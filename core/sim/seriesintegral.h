#pragma once

#include "floodmodel.h"

namespace urbis {

/**
 * Exact integral of a TimeSeriesPoint series (linear between points, 0 outside them) over an
 * interval, so the flood models add exactly the volume the hydrograph or hyetograph holds
 * whatever their time steps are.
 */
class SeriesIntegral
{
public:
    /** Integral of `series` (sorted by time) over [t0, t1], in value × seconds. */
    static double over(const QList<TimeSeriesPoint> &series, double t0, double t1);
};

} // namespace urbis
