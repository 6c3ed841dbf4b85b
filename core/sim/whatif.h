#pragma once

#include "../util/result.h"
#include "forecastseries.h"
#include "whatifresult.h"
#include "whatifspec.h"

#include <QCoreApplication>

namespace urbis {

/**
 * What-if on a KPI through one driver (traffic counts -> NO2, say):
 *
 * 1. Fit KPI_t = a + b * driver_t (+ c * t with `trendTerm`) by least squares on the periods where
 *    both series have a value. No season term: a seasonal KPI follows its driver's season, and
 *    the driver's forecast carries that season.
 * 2. Forecast the driver (Forecaster, `spec.driverForecast`).
 * 3. Apply the change to the driver (observed periods from `change.from` on, then the forecast);
 *    a period partly inside [from, until] is changed by the share of its days inside.
 * 4. Baseline and scenario KPI = the model at the baseline and changed driver; the difference is
 *    b * (scenario driver - baseline driver), per period and in total.
 *
 * Intervals: the regression's prediction interval (t quantile, with the leverage term), widened in
 * forecast periods by b times the driver forecast's half-width (added in quadrature). The
 * difference's interval comes from the standard error of b and, for a percent change, the driver's
 * uncertainty; the total's treats driver errors as fully correlated (conservative).
 *
 * Limits (also in docs/forecast-and-impact.md): the fit measures association, not causation; the
 * response per driver unit is assumed constant (a linear, not elastic, model) and outside the
 * observed driver range is extrapolation. Stateless; any thread.
 */
class WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(urbis::WhatIf)
public:
    /**
     * InvalidArgument for series of different grains, a missing or reversed date range, a change
     * below -100 % or one that touches no analysed period; InvalidData with too few overlapping
     * periods or a driver that does not vary; the driver forecast's errors as they are.
     */
    static Result<WhatIfResult> run(const ForecastSeries &kpi, const ForecastSeries &driver,
                                    const WhatIfSpec &spec);
};

} // namespace urbis
