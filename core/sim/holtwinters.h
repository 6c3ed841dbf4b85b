#pragma once

#include "../util/result.h"
#include "forecastresult.h"
#include "forecastseries.h"
#include "forecastspec.h"

#include <QCoreApplication>
#include <QList>

namespace urbis {

/**
 * Additive seasonal Holt-Winters (ETS(A,A,A) in Hyndman et al., "Forecasting with Exponential
 * Smoothing", 2008), component form with season length m:
 *
 *     level   l_t = alpha (y_t - s_{t-m}) + (1 - alpha)(l_{t-1} + b_{t-1})
 *     trend   b_t = beta (l_t - l_{t-1}) + (1 - beta) b_{t-1}
 *     season  s_t = gamma (y_t - l_{t-1} - b_{t-1}) + (1 - gamma) s_{t-m}
 *     forecast y_{t+h|t} = l_t + h b_t + s_{t+h-m(k+1)},  k = floor((h-1)/m)
 *
 * Initial states come from a classical decomposition of the first full seasons (at most four):
 * a centred moving average (2 x m for even m) gives the trend, the mean detrended value per
 * season position the seasonal indexes (centred to sum 0), and a line through the deseasonalised
 * values the initial level and slope. alpha, beta in [0, 1] and gamma in [0, 1 - alpha] minimise
 * the one-step-ahead SSE: the best of a fixed 5 x 3 x 3 grid, refined by Nelder-Mead on
 * logit-transformed parameters (deterministic). Interior nulls are interpolated linearly first.
 *
 * Intervals are y +- z((1+c)/2) * sigma_h with the h-step variance of the additive model
 * (Hyndman et al. 2008, table 6.1, class 1), see varianceFactor(); sigma^2 = SSE / (n - m - 4).
 * Stateless; any thread. Usually called through Forecaster.
 */
class HoltWinters
{
    Q_DECLARE_TR_FUNCTIONS(urbis::HoltWinters)
public:
    static constexpr int kMinimumSeasons = 2;

    /** InvalidData with fewer than 2 full seasons, InvalidArgument for a season length < 2. */
    static Result<ForecastResult> fit(const ForecastSeries &history, const ForecastSpec &spec,
                                      int seasonLength);

    /**
     * sigma_h^2 / sigma^2 = 1 + (h-1)(a^2 + a B h + B^2 h(2h-1)/6) + g k (2a + g + B m (k+1)) with
     * B = alpha * beta (the error-correction trend gain) and k = floor((h-1)/m).
     */
    static double varianceFactor(double alpha, double beta, double gamma, int m, int h);

    /** Linear interpolation of interior nulls (leading and trailing nulls are left as they are). */
    static QList<std::optional<double>> interpolate(const QList<std::optional<double>> &values);
};

} // namespace urbis
