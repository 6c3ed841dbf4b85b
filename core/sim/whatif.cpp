#include "whatif.h"

#include "../kpi/periodcalendar.h"
#include "forecaster.h"
#include "forecastols.h"
#include "forecaststats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {

/** Share of the days of the period starting at `start` that lie in [from, until]. */
double changedShare(qint32 start, TimeGrain grain, qint32 from, qint32 until)
{
    const qint32 end = PeriodCalendar::periodEnd(start, grain);
    const qint64 days = qint64(std::min(end, until)) - std::max(start, from) + 1;
    return days <= 0 ? 0.0 : double(days) / double(end - start + 1);
}

struct Row
{
    qint32 start;
    bool forecast;
    double driver;
    double driverHalfWidth; ///< of the driver forecast interval; 0 for observed periods
};

} // namespace

Result<WhatIfResult> WhatIf::run(const ForecastSeries &kpi, const ForecastSeries &driver,
                                 const WhatIfSpec &spec)
{
    const WhatIfChange &change = spec.change;
    if (kpi.grain() != driver.grain())
        return Error(Error::Code::InvalidArgument,
                     tr("The KPI is by %1 and the driver by %2; they must share a grain")
                         .arg(timeGrainName(kpi.grain()), timeGrainName(driver.grain())));
    if (!change.from.isValid())
        return Error(Error::Code::InvalidArgument, tr("The change needs a start date"));
    if (change.until.isValid() && change.until < change.from)
        return Error(Error::Code::InvalidArgument, tr("The change ends before it starts"));
    if (change.kind == WhatIfChange::Kind::Percent && change.amount < -100)
        return Error(Error::Code::InvalidArgument, tr("A driver cannot fall by more than 100 %"));

    // Overlap of the two histories; regressors centred so X'X stays well conditioned.
    QList<double> y, d, o;
    int firstDriverIndex = -1;
    for (int i = 0; i < kpi.size(); ++i) {
        const int j = driver.indexOf(kpi.start(i));
        if (!kpi.value(i) || !driver.value(j))
            continue;
        if (firstDriverIndex < 0)
            firstDriverIndex = j;
        y << *kpi.value(i);
        d << *driver.value(j);
        o << double(ForecastSeries::ordinal(kpi.start(i), kpi.grain()));
    }
    const int columns = spec.trendTerm ? 3 : 2;
    if (y.size() < columns + 2)
        return Error(Error::Code::InvalidData,
                     tr("The KPI and the driver overlap in %1 periods with values; the "
                        "model needs at least %2")
                         .arg(y.size())
                         .arg(columns + 2));
    double dMean = 0, oMean = 0, yMean = 0;
    for (qsizetype k = 0; k < y.size(); ++k) {
        dMean += d[k] / double(y.size());
        oMean += o[k] / double(y.size());
        yMean += y[k] / double(y.size());
    }
    auto rowAt = [&](double driverValue, qint32 start) {
        QList<double> row{1.0, driverValue - dMean};
        if (spec.trendTerm)
            row << double(ForecastSeries::ordinal(start, kpi.grain())) - oMean;
        return row;
    };
    QList<QList<double>> x;
    for (qsizetype k = 0; k < y.size(); ++k) {
        QList<double> row{1.0, d[k] - dMean};
        if (spec.trendTerm)
            row << o[k] - oMean;
        x << row;
    }
    const std::optional<ForecastOls> ols = ForecastOls::fit(x, y);
    if (!ols)
        return Error(Error::Code::InvalidData, tr("The driver does not vary over the overlapping periods"));
    const double b = ols->coefficients().at(1);

    Result<ForecastResult> driverForecast = Forecaster::forecast(driver, spec.driverForecast);
    if (!driverForecast)
        return driverForecast.error();

    WhatIfResult r;
    r.confidence = spec.driverForecast.confidence;
    r.driverForecast = std::move(*driverForecast);
    r.model.insert(QStringLiteral("intercept"), ols->coefficients().at(0) - b * dMean);
    r.model.insert(QStringLiteral("slope"), b);
    if (spec.trendTerm)
        r.model.insert(QStringLiteral("trend"), ols->coefficients().at(2));
    r.model.insert(QStringLiteral("r2"), ols->rSquared());
    r.model.insert(QStringLiteral("sigma"), ols->residualStdError());
    r.model.insert(QStringLiteral("dof"), ols->dof());
    r.model.insert(QStringLiteral("observations"), double(y.size()));
    if (yMean != 0)
        r.model.insert(QStringLiteral("elasticity"), b * dMean / yMean);

    QList<Row> rows;
    for (int j = firstDriverIndex; j <= driver.lastValue(); ++j)
        if (const auto v = driver.value(j))
            rows.append({driver.start(j), false, *v, 0.0});
    for (const ForecastPoint &p : r.driverForecast.forecast)
        rows.append({p.start, true, p.value, (p.upper - p.lower) / 2});

    const qint32 from = PeriodCalendar::dayOf(change.from);
    const qint32 until =
        change.until.isValid() ? PeriodCalendar::dayOf(change.until) : std::numeric_limits<qint32>::max();
    const double t = ForecastStats::studentTQuantile((1.0 + r.confidence) / 2.0, ols->dof());
    const double seSlope = ols->coefficientStdError(1);
    double totalDriverChange = 0, totalDriverSpread = 0;
    for (const Row &row : rows) {
        WhatIfPeriod p;
        p.start = row.start;
        p.period = PeriodCalendar::label(row.start, kpi.grain());
        p.forecast = row.forecast;
        p.changed = changedShare(row.start, kpi.grain(), from, until);
        const int i = kpi.indexOf(row.start);
        p.actual = i >= 0 ? kpi.value(i) : std::nullopt;
        const bool percent = change.kind == WhatIfChange::Kind::Percent;
        const double factor = percent ? 1.0 + p.changed * change.amount / 100.0 : 1.0;
        p.driverBaseline = row.driver;
        p.driverScenario = percent ? row.driver * factor : row.driver + p.changed * change.amount;

        const QList<double> base = rowAt(p.driverBaseline, row.start),
                            scen = rowAt(p.driverScenario, row.start);
        p.baseline = ols->predict(base);
        p.scenario = ols->predict(scen);
        const double baseHalf = std::hypot(t * ols->predictionStdError(base), b * row.driverHalfWidth);
        const double scenHalf =
            std::hypot(t * ols->predictionStdError(scen), b * factor * row.driverHalfWidth);
        p.baselineLower = p.baseline - baseHalf;
        p.baselineUpper = p.baseline + baseHalf;
        p.scenarioLower = p.scenario - scenHalf;
        p.scenarioUpper = p.scenario + scenHalf;

        const double driverChange = p.driverScenario - p.driverBaseline;
        const double spread = percent ? std::fabs(b * (factor - 1.0) * row.driverHalfWidth) : 0.0;
        p.difference = b * driverChange;
        const double diffHalf = std::hypot(t * seSlope * std::fabs(driverChange), spread);
        p.differenceLower = p.difference - diffHalf;
        p.differenceUpper = p.difference + diffHalf;
        totalDriverChange += driverChange;
        totalDriverSpread += spread;
        r.totalDifference += p.difference;
        r.periods.append(p);
    }
    if (std::none_of(r.periods.cbegin(), r.periods.cend(),
                     [](const WhatIfPeriod &p) { return p.changed > 0; }))
        return Error(Error::Code::InvalidArgument,
                     tr("The change does not touch the analysed periods (%1 to %2)")
                         .arg(r.periods.isEmpty() ? QString() : r.periods.first().period,
                              r.periods.isEmpty() ? QString() : r.periods.last().period));
    const double totalHalf = std::hypot(t * seSlope * std::fabs(totalDriverChange), totalDriverSpread);
    r.totalLower = r.totalDifference - totalHalf;
    r.totalUpper = r.totalDifference + totalHalf;
    r.notes
        << tr("KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, "
              "not causation, and assumes a constant response per driver unit.")
               .arg(r.model.value(QStringLiteral("intercept")), 0, 'g', 6)
               .arg(b, 0, 'g', 6)
               .arg(y.size())
               .arg(ols->rSquared(), 0, 'f', 3);
    r.notes << r.driverForecast.notes;
    return r;
}

} // namespace urbis
