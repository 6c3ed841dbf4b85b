#pragma once

#include "../kpi/kpiresult.h"
#include "forecastresult.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/** One period of a what-if: the driver and the KPI with and without the change. */
struct WhatIfPeriod
{
    qint32 start = 0;
    QString period;
    bool forecast = false;        ///< false: an observed driver period; true: a forecast one
    double changed = 0;           ///< share of the period's days under the change (0..1)
    std::optional<double> actual; ///< the observed KPI, where there is one
    double driverBaseline = 0;
    double driverScenario = 0;
    double baseline = 0, baselineLower = 0, baselineUpper = 0;
    double scenario = 0, scenarioLower = 0, scenarioUpper = 0;
    double difference = 0, differenceLower = 0, differenceUpper = 0; ///< scenario - baseline
};

/**
 * What WhatIf produced: the fitted KPI model (`model`: intercept, slope (KPI per driver unit),
 * trend (per period, when asked), r2, sigma, dof, observations, elasticity at the means), one row
 * per period from the first overlapping period to the end of the driver forecast, the total
 * difference with its interval, the driver forecast it used, and notes (translated).
 */
struct WhatIfResult
{
    QMap<QString, double> model;
    double confidence = 0.95;
    QList<WhatIfPeriod> periods;
    double totalDifference = 0, totalLower = 0, totalUpper = 0;
    ForecastResult driverForecast;
    QStringList notes;

    /**
     * The rows as a KPI result with the dimension "band": "actual", "baseline", "scenario",
     * "difference" (and "baseline lower" ... "scenario upper"), for KPI charts and tables.
     */
    KpiResult toKpiResult(const QString &id, const QString &unit = {}) const;
};

} // namespace urbis
