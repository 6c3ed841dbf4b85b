#pragma once

#include "../kpi/kpiresult.h"
#include "forecastresult.h"
#include "forecastspec.h"
#include "../util/result.h"

#include <QJsonArray>
#include <QList>
#include <QMap>

namespace urbis {

/**
 * Forecasts every series of a KPI result: one per combination of dimension values (one when the
 * KPI has none). A series the Forecaster refuses (too short, all null) keeps its error, so a
 * report can say which city could not be forecast and why. Stateless; any thread.
 */
class KpiForecasts
{
public:
    struct Series
    {
        QMap<QString, QString> dims;
        Result<ForecastResult> result = Error(Error::Code::InvalidData, QString());
    };

    static QList<Series> forecast(const KpiResult &result, const ForecastSpec &spec);
    /** [{"dims", "method", "confidence", "values": [{"period", "value", "lower", "upper"}], "notes"} or {"dims", "error"}] */
    static QJsonArray toJson(const QList<Series> &series);
};

} // namespace urbis
