// What-if through a driver: on KPI = 2 * driver + 5 a -20 % driver change gives exactly
// -0.4 * driver per period; partial periods, end dates, absolute changes, intervals and errors.

#include "kpi/periodcalendar.h"
#include "sim/whatif.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace urbis;

namespace {

constexpr double kTolerance = 1e-9;

/** Monthly traffic with a season and a trend, from January 2021. */
QList<std::optional<double>> traffic(int months)
{
    QList<std::optional<double>> v;
    for (int t = 0; t < months; ++t)
        v << 1000 + 5 * t + 150 * std::sin(2 * std::numbers::pi * t / 12);
    return v;
}

ForecastSeries series(const QList<std::optional<double>> &values, int year = 2021, int month = 1)
{
    return ForecastSeries(TimeGrain::Month, PeriodCalendar::dayOf(year, month, 1), values);
}

/** KPI = 2 * driver + 5 where the driver has a value (and optional noise). */
ForecastSeries kpiOf(const QList<std::optional<double>> &driver, double noiseSd = 0, unsigned seed = 1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, noiseSd > 0 ? noiseSd : 1);
    QList<std::optional<double>> v;
    for (const auto &d : driver)
        v << (d ? std::optional<double>(2 * *d + 5 + (noiseSd > 0 ? noise(rng) : 0.0)) : std::nullopt);
    return series(v);
}

WhatIfSpec percentChange(double amount, QDate from, QDate until = {})
{
    WhatIfSpec s;
    s.change.kind = WhatIfChange::Kind::Percent;
    s.change.amount = amount;
    s.change.from = from;
    s.change.until = until;
    s.driverForecast.horizon = 12;
    return s;
}

bool near(double a, double b)
{
    return std::fabs(a - b) <= kTolerance * std::max(1.0, std::fabs(b));
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT
private slots:
    void minusTwentyPercentFromAForecastDate()
    {
        const QList<std::optional<double>> d = traffic(36);
        const Result<WhatIfResult> r =
            WhatIf::run(kpiOf(d), series(d), percentChange(-20, QDate(2024, 3, 1)));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(near(r->model.value(QStringLiteral("slope")), 2));
        QVERIFY(near(r->model.value(QStringLiteral("intercept")), 5));
        QVERIFY(near(r->model.value(QStringLiteral("r2")), 1));
        QCOMPARE(r->driverForecast.method, ForecastMethod::HoltWinters);
        QCOMPARE(r->periods.size(), 36 + 12);
        QCOMPARE(r->periods.first().period, QStringLiteral("2021-01"));
        QCOMPARE(r->periods.last().period, QStringLiteral("2024-12"));

        double total = 0;
        for (const WhatIfPeriod &p : r->periods) {
            const bool changed = p.start >= PeriodCalendar::dayOf(2024, 3, 1);
            QCOMPARE(p.changed, changed ? 1.0 : 0.0);
            QCOMPARE(p.forecast, p.start >= PeriodCalendar::dayOf(2024, 1, 1));
            QVERIFY(near(p.baseline, 2 * p.driverBaseline + 5));
            QVERIFY(near(p.driverScenario, p.driverBaseline * (changed ? 0.8 : 1.0)));
            QVERIFY2(near(p.difference, changed ? -0.4 * p.driverBaseline : 0.0), qPrintable(p.period));
            QVERIFY(near(p.scenario - p.baseline, p.difference));
            // An exact fit leaves only the driver forecast's uncertainty; none in observed periods.
            if (!p.forecast)
                QVERIFY(p.baselineUpper - p.baselineLower < 1e-6);
            QVERIFY(p.baselineLower <= p.baseline && p.baseline <= p.baselineUpper);
            total += p.difference;
        }
        QVERIFY(near(r->totalDifference, total));
        QVERIFY(r->totalDifference < 0);
        QVERIFY(r->totalLower <= r->totalDifference && r->totalDifference <= r->totalUpper);
    }

    void changeInThePastUsesObservedDriver()
    {
        const QList<std::optional<double>> d = traffic(30);
        const Result<WhatIfResult> r =
            WhatIf::run(kpiOf(d), series(d), percentChange(-20, QDate(2022, 7, 1)));
        QVERIFY(r.ok());
        for (const WhatIfPeriod &p : r->periods) {
            if (p.forecast)
                continue;
            const int t = int(ForecastSeries::ordinal(p.start, TimeGrain::Month) -
                              ForecastSeries::ordinal(PeriodCalendar::dayOf(2021, 1, 1), TimeGrain::Month));
            QVERIFY(near(p.driverBaseline, *d[t]));
            QVERIFY(near(p.baseline, *p.actual)); // the model reproduces the exact KPI
            QVERIFY(near(p.difference, p.start >= PeriodCalendar::dayOf(2022, 7, 1) ? -0.4 * *d[t] : 0.0));
        }
    }

    void partialPeriodsAndEndDate()
    {
        const QList<std::optional<double>> d = traffic(30);
        // From 16 June (15 of June's 30 days) to 10 August (10 of August's 31 days).
        const Result<WhatIfResult> r =
            WhatIf::run(kpiOf(d), series(d), percentChange(-20, QDate(2022, 6, 16), QDate(2022, 8, 10)));
        QVERIFY(r.ok());
        QMap<QString, double> share;
        for (const WhatIfPeriod &p : r->periods) {
            share.insert(p.period, p.changed);
            QVERIFY(near(p.difference, 2 * p.driverBaseline * -0.2 * p.changed));
        }
        QCOMPARE(share.value(QStringLiteral("2022-05")), 0.0);
        QCOMPARE(share.value(QStringLiteral("2022-06")), 0.5);
        QCOMPARE(share.value(QStringLiteral("2022-07")), 1.0);
        QCOMPARE(share.value(QStringLiteral("2022-08")), 10.0 / 31.0);
        QCOMPARE(share.value(QStringLiteral("2022-09")), 0.0);
        QCOMPARE(share.value(QStringLiteral("2023-12")), 0.0);
    }

    void absoluteChange()
    {
        const QList<std::optional<double>> d = traffic(20);
        WhatIfSpec spec = percentChange(0, QDate(2022, 5, 1));
        spec.change.kind = WhatIfChange::Kind::Absolute;
        spec.change.amount = 100;
        const Result<WhatIfResult> r = WhatIf::run(kpiOf(d), series(d), spec);
        QVERIFY(r.ok());
        QCOMPARE(r->driverForecast.method, ForecastMethod::LinearTrend); // 20 months: under two seasons
        int changed = 0;
        for (const WhatIfPeriod &p : r->periods)
            if (p.changed > 0) {
                QVERIFY(near(p.difference, 200));
                ++changed;
            }
        QCOMPARE(changed, 16); // May .. August 2022 observed, then 12 forecast months
        QVERIFY(near(r->totalDifference, 200 * changed));
    }

    void noisyFitHasHonestIntervals()
    {
        QList<std::optional<double>> d = traffic(36);
        d[5] = std::nullopt; // a gap in the driver: no row, no fit point
        const ForecastSeries kpi = kpiOf(traffic(36), 20, 42);
        WhatIfSpec spec = percentChange(-20, QDate(2024, 1, 1));
        spec.trendTerm = true;
        const Result<WhatIfResult> r = WhatIf::run(kpi, series(d), spec);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->model.value(QStringLiteral("observations")), 35.0);
        QVERIFY(std::fabs(r->model.value(QStringLiteral("slope")) - 2) < 0.2);
        QVERIFY(r->model.contains(QStringLiteral("trend")));
        QVERIFY(r->model.value(QStringLiteral("r2")) > 0.8);
        QCOMPARE(r->periods.size(), 35 + 12);
        for (const WhatIfPeriod &p : r->periods) {
            QVERIFY(p.baselineUpper - p.baselineLower > 0);
            if (p.changed > 0) {
                QVERIFY(p.differenceLower < p.difference && p.difference < p.differenceUpper);
                QVERIFY(p.differenceUpper < 0); // a clear effect: the interval stays below zero
            }
        }
        const KpiResult k = r->toKpiResult(QStringLiteral("no2_whatif"));
        QCOMPARE(k.values.size(), r->periods.size() * 8);
    }

    void errors_data()
    {
        QTest::addColumn<int>("overlap");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<bool>("weekly");
        QTest::addColumn<bool>("constantDriver");
        QTest::addColumn<int>("code");
        const int inv = int(Error::Code::InvalidArgument), data = int(Error::Code::InvalidData);
        const QDate mar(2022, 3, 1);
        QTest::newRow("grains differ") << 24 << -20.0 << mar << QDate() << true << false << inv;
        QTest::newRow("no start") << 24 << -20.0 << QDate() << QDate() << false << false << inv;
        QTest::newRow("reversed") << 24 << -20.0 << mar << QDate(2022, 1, 1) << false << false << inv;
        QTest::newRow("below -100 %") << 24 << -150.0 << mar << QDate() << false << false << inv;
        QTest::newRow("after the horizon")
            << 24 << -20.0 << QDate(2030, 1, 1) << QDate() << false << false << inv;
        QTest::newRow("too little overlap") << 3 << -20.0 << mar << QDate() << false << false << data;
        QTest::newRow("constant driver") << 24 << -20.0 << mar << QDate() << false << true << data;
    }
    void errors()
    {
        QFETCH(int, overlap);
        QFETCH(double, amount);
        QFETCH(QDate, from);
        QFETCH(QDate, until);
        QFETCH(bool, weekly);
        QFETCH(bool, constantDriver);
        QFETCH(int, code);
        QList<std::optional<double>> d = traffic(24);
        if (constantDriver)
            d = QList<std::optional<double>>(24, 1000.0);
        QList<std::optional<double>> k = kpiOf(traffic(24)).values();
        for (int i = overlap; i < k.size(); ++i)
            k[i] = std::nullopt;
        const ForecastSeries driver =
            weekly ? ForecastSeries(TimeGrain::Week, PeriodCalendar::dayOf(2021, 1, 4), d) : series(d);
        const Result<WhatIfResult> r = WhatIf::run(series(k), driver, percentChange(amount, from, until));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "test_whatif.moc"
