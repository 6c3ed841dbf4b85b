#pragma once

#include "../util/result.h"
#include "forecastresult.h"
#include "forecastseries.h"
#include "forecastspec.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Least-squares line through a KPI history: value = a + b * period index. Nulls are skipped (the
 * index keeps counting, so gaps do not bend the line). Prediction intervals use the residual
 * standard error s with n - 2 degrees of freedom and the leverage of the forecast period:
 *
 *     y0 +- t(n-2, (1+c)/2) * s * sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx)
 *
 * so they widen away from the centre of the data and collapse to the line when it fits exactly.
 * Stateless; any thread. Usually called through Forecaster, which validates horizon and confidence.
 */
class LinearTrend
{
    Q_DECLARE_TR_FUNCTIONS(urbis::LinearTrend)
public:
    /** Needs 3 non-null values (one residual degree of freedom); InvalidData otherwise. */
    static Result<ForecastResult> fit(const ForecastSeries &history, const ForecastSpec &spec);
    static constexpr int kMinimumValues = 3;
};

} // namespace urbis
