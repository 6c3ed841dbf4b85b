#include "forecaster.h"

#include "holtwinters.h"
#include "lineartrend.h"

namespace urbis {

ForecastMethod Forecaster::autoMethod(int periods, int m)
{
    return m >= 2 && periods >= HoltWinters::kMinimumSeasons * m ? ForecastMethod::HoltWinters
                                                                 : ForecastMethod::LinearTrend;
}

Result<ForecastResult> Forecaster::forecast(const ForecastSeries &series, const ForecastSpec &spec)
{
    if (spec.horizon < 1)
        return Error(Error::Code::InvalidArgument, tr("The forecast horizon must be at least 1 period"));
    if (!(spec.confidence > 0 && spec.confidence < 1))
        return Error(Error::Code::InvalidArgument, tr("The confidence level must lie between 0 and 1"));
    if (spec.seasonLength < 0)
        return Error(Error::Code::InvalidArgument, tr("The season length cannot be negative"));
    const int first = series.firstValue(), last = series.lastValue();
    if (first < 0)
        return Error(Error::Code::InvalidData, tr("The series has no values to forecast from"));

    const ForecastSeries history = series.mid(first, last);
    const int m =
        spec.seasonLength > 0 ? spec.seasonLength : ForecastSpec::defaultSeasonLength(series.grain());
    const ForecastMethod method =
        spec.method == ForecastMethod::Auto ? autoMethod(history.size(), m) : spec.method;
    Result<ForecastResult> r = method == ForecastMethod::HoltWinters ? HoltWinters::fit(history, spec, m)
                                                                     : LinearTrend::fit(history, spec);
    if (!r)
        return r;
    if (spec.method == ForecastMethod::Auto)
        r->notes.prepend(
            method == ForecastMethod::HoltWinters
                ? tr("Holt-Winters chosen: the history spans %1 full seasons of %2 periods.")
                      .arg(history.size() / m)
                      .arg(m)
            : m < 2
                ? tr("Linear trend chosen: the grain has no season.")
                : tr("Linear trend chosen: the history is shorter than two seasons of %1 periods.").arg(m));
    if (first > 0 || last < series.size() - 1)
        r->notes << tr("Leading or trailing periods without a value were left out; the forecast starts "
                       "after the last value (%1).")
                        .arg(series.label(last));
    return r;
}

} // namespace urbis
