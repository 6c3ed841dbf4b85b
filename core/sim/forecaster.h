#pragma once

#include "../util/result.h"
#include "forecastresult.h"
#include "forecastseries.h"
#include "forecastspec.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Forecasts a KPI series: checks the request, trims leading and trailing nulls (the forecast
 * starts after the last value), picks the method (Auto: Holt-Winters when the history spans at
 * least two full seasons of the grain's season length, else the linear trend) and runs it.
 *
 * Errors are values: InvalidArgument for a horizon < 1, a confidence outside (0, 1) or a season
 * length < 0; InvalidData for an all-null series or too few values for the method.
 * Stateless; any thread (a forecast of a few thousand periods takes milliseconds).
 */
class Forecaster
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Forecaster)
public:
    static Result<ForecastResult> forecast(const ForecastSeries &series, const ForecastSpec &spec);
    /** The method Auto resolves to for a history of `periods` slots at season length `m`. */
    static ForecastMethod autoMethod(int periods, int m);
};

} // namespace urbis
