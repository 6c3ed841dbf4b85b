// Forecast basics: quantiles against published tables, series from KPI results, the linear
// trend (exact line, interval coverage on noisy lines), Auto's choice, nulls and errors.

#include "kpi/periodcalendar.h"
#include "sim/forecaster.h"
#include "sim/forecaststats.h"
#include "sim/lineartrend.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace urbis;

namespace {

qint32 month(int y, int m)
{
    return PeriodCalendar::dayOf(y, m, 1);
}

ForecastSeries monthly(const QList<std::optional<double>> &values, int year = 2020)
{
    return ForecastSeries(TimeGrain::Month, month(year, 1), values);
}

ForecastSeries line(int n, double a, double b)
{
    QList<std::optional<double>> v;
    for (int i = 0; i < n; ++i)
        v << a + b * i;
    return monthly(v);
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void quantiles_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("dof");
        QTest::addColumn<double>("expected");
        // Student's t table values; dof 0 stands for the normal distribution.
        QTest::newRow("normal 97.5") << 0.975 << 0.0 << 1.959963984540054;
        QTest::newRow("normal 5") << 0.05 << 0.0 << -1.644853626951472;
        QTest::newRow("normal tail") << 1e-6 << 0.0 << -4.753424308822899;
        QTest::newRow("t1 97.5") << 0.975 << 1.0 << 12.70620473617471;
        QTest::newRow("t5 99.5") << 0.995 << 5.0 << 4.032142983557536;
        QTest::newRow("t10 97.5") << 0.975 << 10.0 << 2.228138851986274;
        QTest::newRow("t30 2.5") << 0.025 << 30.0 << -2.042272456301238;
        QTest::newRow("t2 97.5 (closed form)") << 0.975 << 2.0 << 4.302652729749464;
        QTest::newRow("t1000 97.5") << 0.975 << 1000.0 << 1.962339;
        // Cornish-Fisher expansion to 1/nu^2: exact to ~1e-13 this far out.
        QTest::newRow("t50000 97.5") << 0.975 << 50000.0 << 1.9600114310936594;
    }
    void quantiles()
    {
        QFETCH(double, p);
        QFETCH(double, dof);
        QFETCH(double, expected);
        const double q = dof > 0 ? ForecastStats::studentTQuantile(p, dof) : ForecastStats::normalQuantile(p);
        // Table values carry 7 significant digits.
        QVERIFY2(std::fabs(q - expected) < 1e-6 * std::max(1.0, std::fabs(expected)),
                 qPrintable(QString::number(q, 'g', 17)));
    }

    void seriesFromKpiResult()
    {
        KpiResult r;
        r.id = QStringLiteral("no2");
        const QMap<QString, QString> north{{QStringLiteral("district"), QStringLiteral("north")}};
        r.values = {
            {QStringLiteral("2023-11"), north, 4.0, {}},
            {QStringLiteral("2024-01"), north, 6.0, {}},
            {QStringLiteral("2024-02"), north, std::nullopt, {}},
            {QStringLiteral("2023-12"), {{QStringLiteral("district"), QStringLiteral("south")}}, 9.0, {}}};
        const Result<ForecastSeries> s = ForecastSeries::fromKpiResult(r, north);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->grain(), TimeGrain::Month);
        QCOMPARE(s->size(), 4); // December, missing for "north", becomes a null slot
        QCOMPARE(s->label(0), QStringLiteral("2023-11"));
        QCOMPARE(s->value(0), std::optional<double>(4.0));
        QCOMPARE(s->value(1), std::optional<double>());
        QCOMPARE(s->value(2), std::optional<double>(6.0));
        QCOMPARE(s->label(5), QStringLiteral("2024-04")); // past the end: forecast periods
        QCOMPARE(s->indexOf(month(2024, 2) + 10), 3);

        QCOMPARE(ForecastSeries::fromKpiResult(r, {}).error().code, Error::Code::NotFound);
        r.values.append({QStringLiteral("2024"), north, 1.0, {}});
        QCOMPARE(ForecastSeries::fromKpiResult(r, north).error().code, Error::Code::InvalidData);
        r.values.last().period = QStringLiteral("2024-13");
        QCOMPARE(ForecastSeries::fromKpiResult(r, north).error().code, Error::Code::InvalidData);
    }

    void weeksAndDaysAlign()
    {
        QCOMPARE(ForecastSeries::grainOfLabel(QStringLiteral("2020-W53")), std::optional(TimeGrain::Week));
        QCOMPARE(ForecastSeries::grainOfLabel(QStringLiteral("2021-W53")), std::optional<TimeGrain>());
        const ForecastSeries w(TimeGrain::Week, PeriodCalendar::dayOf(2020, 12, 30), {1.0, 2.0});
        QCOMPARE(w.label(0), QStringLiteral("2020-W53"));
        QCOMPARE(w.label(1), QStringLiteral("2021-W01"));
        QCOMPARE(w.start(-1), PeriodCalendar::dayOf(2020, 12, 21));
        const ForecastSeries d(TimeGrain::Day, PeriodCalendar::dayOf(1969, 12, 31), {1.0});
        QCOMPARE(d.label(1), QStringLiteral("1970-01-01"));
        const ForecastSeries m(TimeGrain::Month, month(1969, 12), {1.0});
        QCOMPARE(m.label(-12), QStringLiteral("1968-12"));
        QCOMPARE(m.label(1), QStringLiteral("1970-01"));
    }

    void exactLineHasNoSpread()
    {
        ForecastSpec spec;
        spec.method = ForecastMethod::LinearTrend;
        spec.horizon = 6;
        const Result<ForecastResult> r = Forecaster::forecast(line(10, 3, 2), spec);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->method, ForecastMethod::LinearTrend);
        QVERIFY(std::fabs(r->parameters.value(QStringLiteral("slope")) - 2) < 1e-12);
        QVERIFY(std::fabs(r->parameters.value(QStringLiteral("intercept")) - 3) < 1e-12);
        QVERIFY(r->rmse < 1e-12);
        QCOMPARE(r->fitted.size(), 10);
        QCOMPARE(r->forecast.size(), 6);
        for (int h = 0; h < 6; ++h) {
            const ForecastPoint &p = r->forecast[h];
            QVERIFY(std::fabs(p.value - (3 + 2 * (10 + h))) < 1e-10);
            QVERIFY(p.upper - p.lower < 1e-9);
        }
        QCOMPARE(r->forecast.first().period, QStringLiteral("2020-11"));
    }

    void intervalsCoverNoisyLines()
    {
        // 95 % intervals of one- to three-step forecasts on 400 seeded noisy lines; the share that
        // covers the realised value should be near 95 % (binomial sd ~0.6 %).
        std::mt19937 rng(20240501);
        std::normal_distribution<double> noise(0.0, 1.5);
        int covered = 0, total = 0;
        double widthGrowth = 0;
        for (int k = 0; k < 400; ++k) {
            QList<std::optional<double>> v;
            QList<double> future;
            for (int i = 0; i < 23; ++i) {
                const double y = 10 + 0.4 * i + noise(rng);
                if (i < 20)
                    v << y;
                else
                    future << y;
            }
            ForecastSpec spec;
            spec.method = ForecastMethod::LinearTrend;
            spec.horizon = 3;
            const Result<ForecastResult> r = Forecaster::forecast(monthly(v), spec);
            QVERIFY(r.ok());
            for (int h = 0; h < 3; ++h) {
                covered += future[h] >= r->forecast[h].lower && future[h] <= r->forecast[h].upper;
                ++total;
            }
            widthGrowth +=
                (r->forecast[2].upper - r->forecast[2].lower) - (r->forecast[0].upper - r->forecast[0].lower);
        }
        const double share = double(covered) / total;
        QVERIFY2(share > 0.92 && share < 0.98, qPrintable(QString::number(share)));
        QVERIFY(widthGrowth > 0); // the leverage term widens intervals away from the data
    }

    void trendSkipsNulls()
    {
        QList<std::optional<double>> v;
        for (int i = 0; i < 12; ++i)
            v << (i % 4 == 1 ? std::nullopt : std::optional<double>(1 + 0.5 * i));
        ForecastSpec spec;
        spec.method = ForecastMethod::LinearTrend;
        const Result<ForecastResult> r = Forecaster::forecast(monthly(v), spec);
        QVERIFY(r.ok());
        QVERIFY(std::fabs(r->parameters.value(QStringLiteral("slope")) - 0.5) < 1e-12);
        QCOMPARE(r->fitted[1].actual, std::optional<double>());
        QVERIFY(std::fabs(*r->fitted[1].fitted - 1.5) < 1e-12);
        QVERIFY(r->notes.join(QLatin1Char(' ')).contains(QLatin1String("skipped")));
    }

    void trailingNullsAreTrimmed()
    {
        QList<std::optional<double>> v{std::nullopt, 1.0, 2.0, 3.0, 4.0, std::nullopt, std::nullopt};
        ForecastSpec spec;
        spec.horizon = 2;
        const Result<ForecastResult> r = Forecaster::forecast(monthly(v), spec);
        QVERIFY(r.ok());
        QCOMPARE(r->method, ForecastMethod::LinearTrend);
        QCOMPARE(r->fitted.first().period, QStringLiteral("2020-02"));
        QCOMPARE(r->forecast.first().period, QStringLiteral("2020-06"));
        QVERIFY(std::fabs(r->forecast.first().value - 5) < 1e-12);
    }

    void autoChoice_data()
    {
        QTest::addColumn<int>("grain");
        QTest::addColumn<int>("periods");
        QTest::addColumn<int>("seasonLength");
        QTest::addColumn<int>("method");
        const int hw = int(ForecastMethod::HoltWinters), lt = int(ForecastMethod::LinearTrend);
        QTest::newRow("24 months") << int(TimeGrain::Month) << 24 << 0 << hw;
        QTest::newRow("23 months") << int(TimeGrain::Month) << 23 << 0 << lt;
        QTest::newRow("14 days") << int(TimeGrain::Day) << 14 << 0 << hw;
        QTest::newRow("103 weeks") << int(TimeGrain::Week) << 103 << 0 << lt;
        QTest::newRow("104 weeks") << int(TimeGrain::Week) << 104 << 0 << hw;
        QTest::newRow("years") << int(TimeGrain::Year) << 40 << 0 << lt;
        QTest::newRow("given season") << int(TimeGrain::Month) << 8 << 4 << hw;
    }
    void autoChoice()
    {
        QFETCH(int, grain);
        QFETCH(int, periods);
        QFETCH(int, seasonLength);
        QFETCH(int, method);
        QList<std::optional<double>> v;
        for (int i = 0; i < periods; ++i)
            v << 20 + std::sin(i * 1.7) + 0.1 * i;
        ForecastSpec spec;
        spec.seasonLength = seasonLength;
        const Result<ForecastResult> r = Forecaster::forecast(
            ForecastSeries(TimeGrain(grain), PeriodCalendar::dayOf(2015, 1, 1), v), spec);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(int(r->method), method);
        QCOMPARE(r->forecast.size(), 12);
    }

    void errors_data()
    {
        QTest::addColumn<int>("values");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<int>("code");
        const int inv = int(Error::Code::InvalidArgument), data = int(Error::Code::InvalidData);
        QTest::newRow("horizon 0") << 10 << int(ForecastMethod::Auto) << 0 << 0.95 << inv;
        QTest::newRow("confidence 1") << 10 << int(ForecastMethod::Auto) << 3 << 1.0 << inv;
        QTest::newRow("all null") << 0 << int(ForecastMethod::Auto) << 3 << 0.95 << data;
        QTest::newRow("two values") << 2 << int(ForecastMethod::LinearTrend) << 3 << 0.95 << data;
        QTest::newRow("holt-winters too short")
            << 20 << int(ForecastMethod::HoltWinters) << 3 << 0.95 << data;
    }
    void errors()
    {
        QFETCH(int, values);
        QFETCH(int, method);
        QFETCH(int, horizon);
        QFETCH(double, confidence);
        QFETCH(int, code);
        QList<std::optional<double>> v(24);
        for (int i = 0; i < values; ++i)
            v[i] = double(i % 5);
        ForecastSpec spec;
        spec.method = ForecastMethod(method);
        spec.horizon = horizon;
        spec.confidence = confidence;
        const Result<ForecastResult> r = Forecaster::forecast(monthly(v), spec);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void kpiResultBands()
    {
        const Result<ForecastResult> r =
            Forecaster::forecast(line(5, 1, 1), ForecastSpec{ForecastMethod::Auto, 2, 0.9, 0});
        QVERIFY(r.ok());
        const KpiResult k = r->toKpiResult(QStringLiteral("no2_forecast"), QStringLiteral("µg/m³"));
        QCOMPARE(k.dimensions, QStringList{QStringLiteral("band")});
        QCOMPARE(k.values.size(), 5 * 2 + 2 * 3);
        QCOMPARE(k.values.last().period, QStringLiteral("2020-07"));
        QCOMPARE(k.values.last().dims.value(QStringLiteral("band")), QStringLiteral("upper"));
        QVERIFY(std::fabs(*k.values.at(k.values.size() - 3).value - 7) <
                1e-9); // "forecast" sorts before lower/upper
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "test_forecast.moc"
