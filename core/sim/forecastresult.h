#pragma once

#include "../kpi/kpiresult.h"
#include "../kpi/timegrain.h"
#include "forecastspec.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/** One history period: what was observed and what the model said one step before. */
struct FittedPoint
{
    qint32 start = 0;             ///< first UTC day (PeriodCalendar day number)
    QString period;               ///< ISO label, as the KPI engine writes it
    std::optional<double> actual; ///< null where the history had none
    std::optional<double> fitted; ///< null before the model has a state (never for these methods)
};

/** One forecast period with its prediction interval. */
struct ForecastPoint
{
    qint32 start = 0;
    QString period;
    double value = 0;
    double lower = 0;
    double upper = 0;
};

/**
 * What Forecaster produced: the chosen method and its fitted parameters, the in-sample fit and
 * the forecasts with intervals at `confidence`, plus notes on what was done to the input (nulls
 * skipped or interpolated, periods trimmed), already translated.
 */
struct ForecastResult
{
    ForecastMethod method = ForecastMethod::LinearTrend;
    TimeGrain grain = TimeGrain::Month;
    double confidence = 0.95;
    int seasonLength = 0;             ///< 0 for the linear trend
    QMap<QString, double> parameters; ///< e.g. intercept, slope / alpha, beta, gamma, level, trend, sigma
    QList<FittedPoint> fitted;
    QList<ForecastPoint> forecast;
    double rmse = 0;            ///< of one-step errors on the non-null history
    std::optional<double> mape; ///< percent; null when every actual is 0
    QStringList notes;

    /**
     * The history and forecast as a KPI result with one dimension, "band": "actual", "fitted",
     * "forecast", "lower" and "upper", so KPI charts and tables can show it unchanged.
     */
    KpiResult toKpiResult(const QString &id, const QString &unit = {}) const;
    /** Sets rmse and mape from `fitted` (periods with both an actual and a fitted value). */
    void measureAccuracy();
};

} // namespace urbis
