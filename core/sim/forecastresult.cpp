#include "forecastresult.h"

#include <algorithm>
#include <cmath>

namespace urbis {

KpiResult ForecastResult::toKpiResult(const QString &id, const QString &unit) const
{
    KpiResult r;
    r.id = id;
    r.unit = unit;
    const QString band = QStringLiteral("band");
    r.dimensions = {band};
    auto add = [&](const QString &period, const char *name, std::optional<double> value) {
        KpiValue v;
        v.period = period;
        v.dims.insert(band, QString::fromLatin1(name));
        v.value = value;
        r.values.append(v);
    };
    for (const FittedPoint &p : fitted) {
        add(p.period, "actual", p.actual);
        add(p.period, "fitted", p.fitted);
    }
    for (const ForecastPoint &p : forecast) {
        add(p.period, "forecast", p.value);
        add(p.period, "lower", p.lower);
        add(p.period, "upper", p.upper);
    }
    // The engine's order: by period, then dimensions.
    std::stable_sort(r.values.begin(), r.values.end(), [](const KpiValue &a, const KpiValue &b) {
        if (a.period != b.period)
            return a.period < b.period;
        return a.dims.first() < b.dims.first();
    });
    return r;
}

void ForecastResult::measureAccuracy()
{
    double sse = 0, ape = 0;
    int n = 0, nPercent = 0;
    for (const FittedPoint &p : fitted) {
        if (!p.actual || !p.fitted)
            continue;
        const double e = *p.actual - *p.fitted;
        sse += e * e;
        ++n;
        if (*p.actual != 0) {
            ape += std::fabs(e / *p.actual);
            ++nPercent;
        }
    }
    rmse = n > 0 ? std::sqrt(sse / n) : 0;
    mape = nPercent > 0 ? std::optional<double>(100.0 * ape / nPercent) : std::nullopt;
}

} // namespace urbis
