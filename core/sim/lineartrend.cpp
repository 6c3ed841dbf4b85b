#include "lineartrend.h"

#include "forecastols.h"
#include "forecaststats.h"

namespace urbis {

Result<ForecastResult> LinearTrend::fit(const ForecastSeries &history, const ForecastSpec &spec)
{
    const int n = history.nonNullCount();
    if (n < kMinimumValues)
        return Error(
            Error::Code::InvalidData,
            tr("A linear trend needs at least %1 values; the series has %2").arg(kMinimumValues).arg(n));

    // Centring the index keeps X'X well conditioned for long daily series.
    double centre = 0;
    for (int i = 0; i < history.size(); ++i)
        if (history.value(i))
            centre += i;
    centre /= n;
    QList<QList<double>> x;
    QList<double> y;
    for (int i = 0; i < history.size(); ++i) {
        if (const auto v = history.value(i)) {
            x.append({1.0, i - centre});
            y.append(*v);
        }
    }
    const std::optional<ForecastOls> ols = ForecastOls::fit(x, y);
    if (!ols)
        return Error(Error::Code::InvalidData, tr("The values do not determine a line"));

    ForecastResult r;
    r.method = ForecastMethod::LinearTrend;
    r.grain = history.grain();
    r.confidence = spec.confidence;
    const double slope = ols->coefficients().at(1);
    r.parameters.insert(QStringLiteral("intercept"), ols->coefficients().at(0) - slope * centre);
    r.parameters.insert(QStringLiteral("slope"), slope);
    r.parameters.insert(QStringLiteral("sigma"), ols->residualStdError());
    r.parameters.insert(QStringLiteral("dof"), ols->dof());
    r.parameters.insert(QStringLiteral("r2"), ols->rSquared());

    for (int i = 0; i < history.size(); ++i)
        r.fitted.append(
            {history.start(i), history.label(i), history.value(i), ols->predict({1.0, i - centre})});
    r.measureAccuracy();

    const double t = ForecastStats::studentTQuantile((1.0 + spec.confidence) / 2.0, ols->dof());
    for (int h = 1; h <= spec.horizon; ++h) {
        const int i = history.size() - 1 + h;
        const QList<double> row{1.0, i - centre};
        const double value = ols->predict(row);
        const double half = t * ols->predictionStdError(row);
        r.forecast.append({history.start(i), history.label(i), value, value - half, value + half});
    }
    if (n < history.size())
        r.notes << tr("%n period(s) without a value were skipped by the trend fit.", nullptr,
                      history.size() - n);
    return r;
}

} // namespace urbis
