#include "kpiforecasts.h"

#include "forecaster.h"

#include <QJsonObject>

namespace urbis {

QList<KpiForecasts::Series> KpiForecasts::forecast(const KpiResult &result, const ForecastSpec &spec)
{
    const QList<QMap<QString, QString>> combinations = result.dimensionTuples();
    QList<Series> out;
    for (const QMap<QString, QString> &dims : std::as_const(combinations)) {
        Series s;
        s.dims = dims;
        Result<ForecastSeries> series = ForecastSeries::fromKpiResult(result, dims);
        s.result = series ? Forecaster::forecast(*series, spec) : Result<ForecastResult>(series.error());
        out << s;
    }
    return out;
}

QJsonArray KpiForecasts::toJson(const QList<Series> &series)
{
    QJsonArray out;
    for (const Series &s : series) {
        const QJsonObject dims = KpiResult::dimsJson(s.dims);
        if (!s.result) {
            out.append(QJsonObject{{QStringLiteral("dims"), dims}, {QStringLiteral("error"), s.result.error().message}});
            continue;
        }
        QJsonArray values;
        for (const ForecastPoint &p : s.result->forecast)
            values.append(QJsonObject{{QStringLiteral("period"), p.period},
                                      {QStringLiteral("value"), p.value},
                                      {QStringLiteral("lower"), p.lower},
                                      {QStringLiteral("upper"), p.upper}});
        out.append(QJsonObject{{QStringLiteral("dims"), dims},
                               {QStringLiteral("method"), forecastMethodName(s.result->method)},
                               {QStringLiteral("confidence"), s.result->confidence},
                               {QStringLiteral("values"), values},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(s.result->notes)}});
    }
    return out;
}

} // namespace urbis
