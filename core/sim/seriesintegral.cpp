#include "seriesintegral.h"

#include <algorithm>

namespace urbis {

double SeriesIntegral::over(const QList<TimeSeriesPoint> &series, double t0, double t1)
{
    double sum = 0;
    for (qsizetype i = 1; i < series.size(); ++i) {
        const TimeSeriesPoint &a = series[i - 1];
        const TimeSeriesPoint &b = series[i];
        const double lo = std::max(a.timeSec, t0);
        const double hi = std::min(b.timeSec, t1);
        if (hi <= lo || b.timeSec <= a.timeSec)
            continue;
        const double slope = (b.value - a.value) / (b.timeSec - a.timeSec);
        const double vlo = a.value + slope * (lo - a.timeSec);
        const double vhi = a.value + slope * (hi - a.timeSec);
        sum += 0.5 * (vlo + vhi) * (hi - lo); // trapezoid is exact for a linear piece
    }
    return sum;
}

} // namespace urbis
