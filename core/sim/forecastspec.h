#pragma once

#include "../kpi/timegrain.h"

#include <QString>

#include <optional>

namespace urbis {

enum class ForecastMethod {
    Auto,        ///< Holt-Winters with >= 2 full seasons of history, else the linear trend
    LinearTrend, ///< least-squares line through the non-null values
    HoltWinters  ///< additive seasonal exponential smoothing (level, trend, season)
};

/** "auto", "linear", "holt-winters". */
QString forecastMethodName(ForecastMethod method);
/** Parses the names above (case-insensitive, also "trend", "hw"); nullopt for anything else. */
std::optional<ForecastMethod> forecastMethodFromName(const QString &name);

/** What to forecast and how. */
struct ForecastSpec
{
    ForecastMethod method = ForecastMethod::Auto;
    int horizon = 12;         ///< periods to forecast after the last value (>= 1)
    double confidence = 0.95; ///< of the prediction intervals, in (0, 1)
    int seasonLength = 0;     ///< periods per season; 0 = from the grain (see defaultSeasonLength)

    /** Month 12, ISO week 52, day 7 (a weekly cycle), year 0 (no season). */
    static int defaultSeasonLength(TimeGrain grain);
};

} // namespace urbis
