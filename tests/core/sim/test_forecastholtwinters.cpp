// Additive Holt-Winters: recovers a synthetic season (and beats the trend on it), exact on a
// noise-free series, the h-step variance formula against its defining sum, nulls, determinism.

#include "kpi/periodcalendar.h"
#include "sim/forecaster.h"
#include "sim/holtwinters.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace urbis;

namespace {

struct Split
{
    ForecastSeries train;
    QList<double> test;
};

/** level + slope t + amplitude sin(2 pi t / m) + noise; the last `holdOut` values kept apart. */
Split seasonal(TimeGrain grain, qint32 first, int n, int holdOut, int m, double level, double slope,
               double amplitude, double noiseSd, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, noiseSd);
    Split s;
    QList<std::optional<double>> v;
    for (int t = 0; t < n; ++t) {
        const double y = level + slope * t + amplitude * std::sin(2 * std::numbers::pi * t / m) +
                         (noiseSd > 0 ? noise(rng) : 0.0);
        if (t < n - holdOut)
            v << y;
        else
            s.test << y;
    }
    s.train = ForecastSeries(grain, first, v);
    return s;
}

double rmse(const ForecastResult &r, const QList<double> &actual)
{
    double sse = 0;
    for (int i = 0; i < actual.size(); ++i)
        sse += std::pow(r.forecast[i].value - actual[i], 2);
    return std::sqrt(sse / actual.size());
}

ForecastSpec spec(ForecastMethod method, int horizon)
{
    ForecastSpec s;
    s.method = method;
    s.horizon = horizon;
    return s;
}

} // namespace

class TestForecastHoltWinters : public QObject
{
    Q_OBJECT
private slots:
    void recoversMonthlySeasonAndBeatsTrend()
    {
        const Split s =
            seasonal(TimeGrain::Month, PeriodCalendar::dayOf(2019, 1, 1), 60, 12, 12, 50, 0.3, 10, 0.5, 7);
        const Result<ForecastResult> hw = Forecaster::forecast(s.train, spec(ForecastMethod::Auto, 12));
        QVERIFY2(hw.ok(), qPrintable(hw.error().toString()));
        QCOMPARE(hw->method, ForecastMethod::HoltWinters);
        QCOMPARE(hw->seasonLength, 12);
        QCOMPARE(hw->forecast.first().period, QStringLiteral("2023-01"));
        const Result<ForecastResult> trend =
            Forecaster::forecast(s.train, spec(ForecastMethod::LinearTrend, 12));
        QVERIFY(trend.ok());
        const double hwError = rmse(*hw, s.test), trendError = rmse(*trend, s.test);
        QVERIFY2(hwError < 1.0, qPrintable(QString::number(hwError)));
        QVERIFY2(hwError < trendError / 4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(hwError).arg(trendError)));
        QVERIFY(hw->rmse < 1.0 && hw->mape && *hw->mape < 3);

        int inside = 0;
        for (int h = 0; h < 12; ++h) {
            inside += s.test[h] >= hw->forecast[h].lower && s.test[h] <= hw->forecast[h].upper;
            if (h > 0)
                QVERIFY(hw->forecast[h].upper - hw->forecast[h].lower >=
                        hw->forecast[h - 1].upper - hw->forecast[h - 1].lower - 1e-12);
        }
        QVERIFY2(inside >= 10, qPrintable(QString::number(inside)));
        for (const char *p : {"alpha", "beta", "gamma"}) {
            const double v = hw->parameters.value(QString::fromLatin1(p), -1);
            QVERIFY(v >= 0 && v <= 1);
        }
        QVERIFY(hw->parameters.value(QStringLiteral("gamma")) <=
                1 - hw->parameters.value(QStringLiteral("alpha")) + 1e-12);
    }

    void exactOnNoiseFreeSeries()
    {
        const Split s =
            seasonal(TimeGrain::Month, PeriodCalendar::dayOf(2019, 1, 1), 48, 12, 12, 100, 2, 5, 0, 1);
        const Result<ForecastResult> r = Forecaster::forecast(s.train, spec(ForecastMethod::HoltWinters, 12));
        QVERIFY(r.ok());
        QVERIFY2(rmse(*r, s.test) < 1e-8, qPrintable(QString::number(rmse(*r, s.test))));
        QVERIFY(r->rmse < 1e-8);
        QVERIFY(r->forecast.last().upper - r->forecast.last().lower < 1e-6);
    }

    void weeklyAndDailySeasons()
    {
        const Split weeks =
            seasonal(TimeGrain::Week, PeriodCalendar::dayOf(2020, 1, 6), 156, 52, 52, 20, 0.01, 5, 0.3, 11);
        const Result<ForecastResult> w = Forecaster::forecast(weeks.train, spec(ForecastMethod::Auto, 52));
        QVERIFY(w.ok());
        QCOMPARE(w->seasonLength, 52);
        QVERIFY2(rmse(*w, weeks.test) < 1.0, qPrintable(QString::number(rmse(*w, weeks.test))));

        const Split days =
            seasonal(TimeGrain::Day, PeriodCalendar::dayOf(2024, 3, 4), 70, 14, 7, 300, 0, 40, 3, 5);
        const Result<ForecastResult> d = Forecaster::forecast(days.train, spec(ForecastMethod::Auto, 14));
        QVERIFY(d.ok());
        QCOMPARE(d->method, ForecastMethod::HoltWinters);
        QCOMPARE(d->seasonLength, 7);
        QVERIFY2(rmse(*d, days.test) < 6.0, qPrintable(QString::number(rmse(*d, days.test))));
    }

    void varianceFactorMatchesTheSum()
    {
        // sigma_h^2 / sigma^2 = 1 + sum_{j=1}^{h-1} c_j^2, c_j = alpha + alpha beta j + gamma [j mod m == 0]
        for (const auto &[alpha, beta, gamma, m] :
             {std::tuple{0.3, 0.2, 0.4, 4}, std::tuple{0.9, 0.05, 0.1, 12}, std::tuple{0.5, 1.0, 0.5, 2}}) {
            for (int h = 1; h <= 30; ++h) {
                double sum = 1;
                for (int j = 1; j < h; ++j)
                    sum += std::pow(alpha + alpha * beta * j + (j % m == 0 ? gamma : 0.0), 2);
                QVERIFY2(std::fabs(HoltWinters::varianceFactor(alpha, beta, gamma, m, h) - sum) < 1e-9 * sum,
                         qPrintable(QStringLiteral("h=%1 m=%2").arg(h).arg(m)));
            }
        }
    }

    void interpolatesNulls()
    {
        Split s =
            seasonal(TimeGrain::Month, PeriodCalendar::dayOf(2019, 1, 1), 48, 12, 12, 50, 0.3, 10, 0.3, 3);
        QList<std::optional<double>> v = s.train.values();
        v[13] = v[14] = v[27] = std::nullopt;
        QCOMPARE(HoltWinters::interpolate({1.0, std::nullopt, std::nullopt, 4.0, std::nullopt}),
                 (QList<std::optional<double>>{1.0, 2.0, 3.0, 4.0, std::nullopt}));
        const Result<ForecastResult> r = Forecaster::forecast(
            ForecastSeries(TimeGrain::Month, s.train.start(0), v), spec(ForecastMethod::Auto, 12));
        QVERIFY(r.ok());
        QCOMPARE(r->method, ForecastMethod::HoltWinters);
        QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QLatin1String("interpolated")));
        QCOMPARE(r->fitted[13].actual, std::optional<double>());
        QVERIFY(r->fitted[13].fitted.has_value());
        QVERIFY2(rmse(*r, s.test) < 1.0, qPrintable(QString::number(rmse(*r, s.test))));
    }

    void deterministic()
    {
        const Split s =
            seasonal(TimeGrain::Month, PeriodCalendar::dayOf(2019, 1, 1), 40, 0, 12, 10, -0.1, 3, 1.0, 99);
        const Result<ForecastResult> a = Forecaster::forecast(s.train, spec(ForecastMethod::HoltWinters, 6));
        const Result<ForecastResult> b = Forecaster::forecast(s.train, spec(ForecastMethod::HoltWinters, 6));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->parameters, b->parameters);
        for (int h = 0; h < 6; ++h) {
            QCOMPARE(a->forecast[h].value, b->forecast[h].value);
            QCOMPARE(a->forecast[h].upper, b->forecast[h].upper);
        }
    }

    void rejectsShortOrSeasonless()
    {
        const Split s =
            seasonal(TimeGrain::Month, PeriodCalendar::dayOf(2019, 1, 1), 23, 0, 12, 10, 0, 3, 0.1, 1);
        QCOMPARE(HoltWinters::fit(s.train, spec(ForecastMethod::HoltWinters, 3), 12).error().code,
                 Error::Code::InvalidData);
        QCOMPARE(HoltWinters::fit(s.train, spec(ForecastMethod::HoltWinters, 3), 1).error().code,
                 Error::Code::InvalidArgument);
        const ForecastSeries years(TimeGrain::Year, PeriodCalendar::dayOf(1990, 1, 1), s.train.values());
        QCOMPARE(Forecaster::forecast(years, spec(ForecastMethod::HoltWinters, 3)).error().code,
                 Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestForecastHoltWinters)
#include "test_forecastholtwinters.moc"
