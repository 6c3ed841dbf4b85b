// KpiEngine on hand-made fact tables whose answers are worked out by hand in the comments.

#include "factdataset.h"
#include "kpi/kpicache.h"
#include "kpi/kpiengine.h"

#include <QTest>

using namespace urbis;
using namespace urbis::test;

namespace {

KpiDefinition kpi(const QString &formula, const QString &dataset, TimeGrain grain = TimeGrain::Month, QStringList dims = {})
{
    KpiDefinition k;
    k.id = QStringLiteral("k");
    k.name = QStringLiteral("K");
    k.formula = formula;
    KpiSource s;
    s.datasets = {dataset};
    k.sources = {s};
    k.grain = grain;
    k.dimensions = dims;
    return k;
}

/** "period|dim=value,…" -> value (NaN for null), for compact expectations. */
QMap<QString, double> table(const KpiResult &r)
{
    QMap<QString, double> out;
    for (const KpiValue &v : r.values) {
        QStringList dims;
        for (auto it = v.dims.begin(); it != v.dims.end(); ++it)
            dims << it.key() + QLatin1Char('=') + it.value();
        out.insert(v.period + (dims.isEmpty() ? QString() : QLatin1Char('|') + dims.join(QLatin1Char(','))), v.value.value_or(qQNaN()));
    }
    return out;
}

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_ws;
    QString m_air, m_waste, m_emissions, m_districts, m_other;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws.emplace(std::move(*ws));
        const QVariant null;
        // Jan 2023: pm10 10, 30 (ST-1) and 50 (ST-2); Feb 2023: 20 (ST-1), null (ST-2); Jan 2022: 5.
        m_air = addFactTable(*m_ws, {QStringLiteral("Testville air"), QStringLiteral("Testville"), QStringLiteral("air"),
                                     {field("time", "datetime"), field("station", "string"), field("pm10", "number", "ug/m3"),
                                      field("no2", "number", "ug/m3")},
                                     {{"2023-01-05T10:00:00Z", "ST-1", 10.0, 20.0},
                                      {"2023-01-20T10:00:00Z", "ST-1", 30.0, null},
                                      {"2023-01-10T10:00:00Z", "ST-2", 50.0, 40.0},
                                      {"2023-02-01T00:00:00Z", "ST-1", 20.0, 10.0},
                                      {"2023-02-15T00:00:00Z", "ST-2", null, 30.0},
                                      {"2022-01-15T00:00:00Z", "ST-1", 5.0, 5.0}}});
        m_other = addFactTable(*m_ws, {QStringLiteral("Otherton air"), QStringLiteral("Otherton"), QStringLiteral("air"),
                                       {field("time", "datetime"), field("station", "string"), field("pm10", "number", "ug/m3"),
                                        field("no2", "number", "ug/m3")},
                                       {{"2023-01-07T00:00:00Z", "OT-1", 70.0, 1.0}}});
        m_waste = addFactTable(*m_ws, {QStringLiteral("Testville waste"), QStringLiteral("Testville"), QStringLiteral("waste"),
                                       {field("month", "date"), field("district", "string"), field("collected", "number", "t"),
                                        field("recycled", "number", "t")},
                                       {{"2023-01-01", "A", 10.0, 4.0}, {"2023-01-01", "B", 20.0, 6.0},
                                        {"2023-02-01", "A", 10.0, 5.0}, {"2023-02-01", "B", 0.0, 0.0}}});
        m_emissions = addFactTable(*m_ws, {QStringLiteral("Testville emissions"), QStringLiteral("Testville"), QStringLiteral("climate"),
                                           {field("month", "date"), field("district", "string"), field("emissions", "number", "t")},
                                           {{"2023-01-01", "A", 100.0}, {"2023-01-01", "B", 50.0}, {"2023-02-01", "A", 80.0}}});
        m_districts = addFactTable(*m_ws, {QStringLiteral("Testville districts"), QStringLiteral("Testville"), QStringLiteral("other"),
                                           {field("district", "string"), field("population", "integer"), field("year", "integer")},
                                           {{"A", 1000, 2023}, {"B", 500, 2023}}});
        QVERIFY(!m_air.isEmpty() && !m_other.isEmpty() && !m_waste.isEmpty() && !m_emissions.isEmpty() && !m_districts.isEmpty());
    }

    void aggregates_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("expected");
        QTest::newRow("avg") << "avg(pm10)" << "2023-01" << 30.0;
        QTest::newRow("avg skips null") << "avg(pm10)" << "2023-02" << 20.0;
        QTest::newRow("sum") << "sum(pm10)" << "2023-01" << 90.0;
        QTest::newRow("min") << "min(pm10)" << "2023-01" << 10.0;
        QTest::newRow("max") << "max(pm10)" << "2023-01" << 50.0;
        QTest::newRow("range") << "max(pm10) - min(pm10)" << "2023-01" << 40.0;
        QTest::newRow("count rows") << "count()" << "2023-02" << 2.0;
        QTest::newRow("count star") << "count(*)" << "2023-01" << 3.0;
        QTest::newRow("count values") << "count(pm10)" << "2023-02" << 1.0;
        QTest::newRow("count_distinct") << "count_distinct(station)" << "2023-01" << 2.0;
        QTest::newRow("median") << "median(pm10)" << "2023-01" << 30.0;
        QTest::newRow("percentile") << "percentile(pm10, 90)" << "2023-01" << 46.0; // 30 + 0.8 × 20
        QTest::newRow("row arithmetic") << "sum(pm10 + no2)" << "2023-01" << 120.0; // 10+20, 30+null (skipped), 50+40
        QTest::newRow("where") << "avg(pm10) where station = 'ST-1'" << "2023-01" << 20.0;
        QTest::newRow("inner where") << "count(pm10 where pm10 > 15)" << "2023-01" << 2.0;
        QTest::newRow("in") << "sum(pm10 where station in ('ST-2', 'ST-9'))" << "2023-01" << 50.0;
        QTest::newRow("is null") << "count(where pm10 is null)" << "2023-02" << 1.0;
        QTest::newRow("nothing matches is zero") << "count(where pm10 > 1000)" << "2023-01" << 0.0;
        QTest::newRow("two conditions, one pass") << "sum(pm10 where station = 'ST-1') / sum(pm10 where station = 'ST-2')" << "2023-01" << 0.8;
        QTest::newRow("not") << "sum(pm10 where not station = 'ST-1')" << "2023-01" << 50.0;
        QTest::newRow("ratio same source") << "sum(pm10) / sum(no2)" << "2023-01" << 1.5; // 90 / 60
        QTest::newRow("prev") << "prev(avg(pm10))" << "2023-02" << 30.0;
        QTest::newRow("pct_change") << "pct_change(avg(pm10))" << "2023-02" << -100.0 / 3;
        QTest::newRow("last_year") << "last_year(avg(pm10))" << "2023-01" << 5.0;
        QTest::newRow("yoy_pct") << "yoy_pct(avg(pm10))" << "2023-01" << 500.0;
        QTest::newRow("negate and scale") << "-2 * avg(pm10) + 100" << "2023-01" << 40.0;
    }
    void aggregates()
    {
        QFETCH(QString, formula);
        QFETCH(QString, period);
        QFETCH(double, expected);
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(formula, m_air));
        QVERIFY2(r, qPrintable(r.error().message));
        const QMap<QString, double> t = table(*r);
        QVERIFY2(t.contains(period), qPrintable(QStringList(t.keys()).join(QLatin1Char(' '))));
        QVERIFY2(qAbs(t.value(period) - expected) < 1e-9, qPrintable(QString::number(t.value(period), 'g', 12)));
    }

    void countIsNullCountsRows()
    {
        // count(where …) with no argument counts the rows the condition keeps: Feb has one null pm10.
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(QStringLiteral("count() where pm10 is null"), m_air));
        QVERIFY2(r, qPrintable(r.error().message));
        // Periods with facts but no match count 0; they are not dropped.
        QCOMPARE(table(*r), (QMap<QString, double>{{QStringLiteral("2022-01"), 0.0}, {QStringLiteral("2023-01"), 0.0},
                                                    {QStringLiteral("2023-02"), 1.0}}));
    }

    void grainsAndDimensions()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> year = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air, TimeGrain::Year));
        QVERIFY(year);
        QCOMPARE(table(*year), (QMap<QString, double>{{QStringLiteral("2022"), 5.0}, {QStringLiteral("2023"), 27.5}}));
        Result<KpiResult> week = engine.evaluate(kpi(QStringLiteral("count()"), m_air, TimeGrain::Week));
        QVERIFY(week);
        // 2023-01-05 is in ISO week 2023-W01, 2023-01-10 in W02, 2023-01-20 in W03; 2022-01-15 in 2022-W02.
        QCOMPARE(table(*week).keys(), (QStringList{"2022-W02", "2023-W01", "2023-W02", "2023-W03", "2023-W05", "2023-W07"}));
        Result<KpiResult> day = engine.evaluate(kpi(QStringLiteral("sum(pm10)"), m_air, TimeGrain::Day));
        QVERIFY(day);
        QCOMPARE(table(*day).value(QStringLiteral("2023-01-20")), 30.0);
        Result<KpiResult> byStation = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air, TimeGrain::Month, {QStringLiteral("station")}));
        QVERIFY(byStation);
        const QMap<QString, double> t = table(*byStation);
        QCOMPARE(t.value(QStringLiteral("2023-01|station=ST-1")), 20.0);
        QCOMPARE(t.value(QStringLiteral("2023-01|station=ST-2")), 50.0);
        // ST-2 reported in February, but only a null: the period exists, its value does not.
        QVERIFY(t.contains(QStringLiteral("2023-02|station=ST-2")));
        QVERIFY(qIsNaN(t.value(QStringLiteral("2023-02|station=ST-2"))));
        QCOMPARE(byStation->values.first().period, QStringLiteral("2022-01")); // sorted by period
    }

    void emptyPeriodsHaveNoRow()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air));
        QVERIFY(r);
        // Nothing between 2022-01 and 2023-01: no made-up zeros for the months in between.
        QCOMPARE(table(*r).keys(), (QStringList{"2022-01", "2023-01", "2023-02"}));
        KpiFilter f;
        f.from = QDate(2024, 1, 1);
        Result<KpiResult> none = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air), f);
        QVERIFY(none);
        QVERIFY(none->values.isEmpty());
    }

    void ratiosAcrossAndWithinSources()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> rate = engine.evaluate(kpi(QStringLiteral("100 * sum(recycled) / sum(collected)"), m_waste));
        QVERIFY2(rate, qPrintable(rate.error().message));
        QCOMPARE(table(*rate), (QMap<QString, double>{{QStringLiteral("2023-01"), 100.0 / 3}, {QStringLiteral("2023-02"), 50.0}}));
        // Per capita: emissions per district-month over a timeless-within-the-year population table.
        KpiDefinition perCapita = kpi(QStringLiteral("sum(emissions) / sum(pop.population)"), m_emissions, TimeGrain::Month,
                                      {QStringLiteral("district")});
        KpiSource pop;
        pop.alias = QStringLiteral("pop");
        pop.datasets = {m_districts};
        perCapita.sources.append(pop);
        Result<KpiResult> pc = engine.evaluate(perCapita);
        QVERIFY2(pc, qPrintable(pc.error().message));
        QCOMPARE(table(*pc), (QMap<QString, double>{{QStringLiteral("2023-01|district=A"), 0.1},
                                                     {QStringLiteral("2023-01|district=B"), 0.1},
                                                     {QStringLiteral("2023-02|district=A"), 0.08}}));
        perCapita.dimensions.clear();
        Result<KpiResult> city = engine.evaluate(perCapita);
        QVERIFY(city);
        QCOMPARE(table(*city).value(QStringLiteral("2023-01")), 0.1);       // 150 / 1500
        QCOMPARE(table(*city).value(QStringLiteral("2023-02")), 80.0 / 1500); // the year's population applies to each month
    }

    void divisionByZero()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        KpiDefinition k = kpi(QStringLiteral("sum(recycled) / sum(collected)"), m_waste, TimeGrain::Month, {QStringLiteral("district")});
        Result<KpiResult> asNull = engine.evaluate(k);
        QVERIFY(asNull);
        QVERIFY(qIsNaN(table(*asNull).value(QStringLiteral("2023-02|district=B"))));
        QCOMPARE(table(*asNull).value(QStringLiteral("2023-02|district=A")), 0.5);
        k.divisionByZero = KpiDefinition::DivisionByZero::Error;
        Result<KpiResult> asError = engine.evaluate(k);
        QVERIFY(!asError);
        QCOMPARE(asError.error().code, Error::Code::InvalidData);
        QVERIFY2(asError.error().message.contains(QLatin1String("2023-02")), qPrintable(asError.error().message));
    }

    void filtersAndCache()
    {
        auto cache = std::make_shared<KpiCache>();
        KpiEngine engine(m_ws->catalog(), m_ws->store(), cache);
        KpiDefinition k = kpi(QStringLiteral("avg(pm10)"), m_air);
        Result<KpiResult> cold = engine.evaluate(k);
        QVERIFY(cold);
        QVERIFY(!cold->fromCache);
        QCOMPARE(cold->factRows, 6);
        // A date filter re-combines cached cells: January counts only the days from the 10th.
        KpiFilter f;
        f.from = QDate(2023, 1, 10);
        f.to = QDate(2023, 12, 31);
        Result<KpiResult> filtered = engine.evaluate(k, f);
        QVERIFY(filtered);
        QVERIFY(filtered->fromCache);
        QCOMPARE(filtered->factRows, 0);
        QCOMPARE(table(*filtered), (QMap<QString, double>{{QStringLiteral("2023-01"), 40.0}, {QStringLiteral("2023-02"), 20.0}}));
        f = {};
        f.grain = TimeGrain::Year;
        Result<KpiResult> yearly = engine.evaluate(k, f);
        QVERIFY(yearly && yearly->fromCache);
        QCOMPARE(table(*yearly).value(QStringLiteral("2023")), 27.5);
        // A dimension filter too.
        k.dimensions = {QStringLiteral("station")};
        Result<KpiResult> warm = engine.evaluate(k); // new grouping: one scan
        QVERIFY(warm && !warm->fromCache);
        f = {};
        f.dimensionValues.insert(QStringLiteral("station"), {QStringLiteral("ST-2")});
        Result<KpiResult> st2 = engine.evaluate(k, f);
        QVERIFY(st2 && st2->fromCache);
        QCOMPARE(table(*st2).value(QStringLiteral("2023-01|station=ST-2")), 50.0);
        QVERIFY(!table(*st2).contains(QStringLiteral("2023-01|station=ST-1")));
        QVERIFY(cache->count() >= 2);
    }

    void sourcesByDomainAndCityFilter()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        KpiDefinition k = kpi(QStringLiteral("max(pm10)"), QString());
        k.sources.first().datasets.clear();
        k.sources.first().domain = QStringLiteral("air");
        k.sources.first().requiredFields = {QStringLiteral("pm10")};
        // A stream being recorded is in the catalog with its fields but no stored data yet: skipped.
        DatasetRecord live;
        live.title = QStringLiteral("Testville live air (recording)");
        live.city = QStringLiteral("Testville");
        live.domain = QStringLiteral("air");
        live.keywords = {QStringLiteral("recording")};
        live.fields = {field("time", "datetime"), field("pm10", "number", "ug/m3")};
        Result<DatasetRecord> recording = m_ws->catalog().insert(live);
        QVERIFY2(recording, qPrintable(recording.error().message));
        Result<KpiResult> all = engine.evaluate(k);
        QVERIFY(m_ws->catalog().remove(recording->id));
        QVERIFY2(all, qPrintable(all.error().message));
        QCOMPARE(all->datasets.size(), 2);
        QCOMPARE(table(*all).value(QStringLiteral("2023-01")), 70.0); // Otherton's 70 beats Testville's 50
        KpiFilter f;
        f.cities = {QStringLiteral("testville")};
        Result<KpiResult> one = engine.evaluate(k, f);
        QVERIFY(one);
        QCOMPARE(one->datasets, QStringList{m_air});
        QCOMPARE(table(*one).value(QStringLiteral("2023-01")), 50.0);
        k.sources.first().requiredFields = {QStringLiteral("ozone")};
        Result<KpiResult> none = engine.evaluate(k);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::NotFound);
    }

    void datasetByTitleAndStatus()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        KpiDefinition k = kpi(QStringLiteral("avg(pm10)"), QStringLiteral("Testville air"));
        k.thresholds = {20, 40};
        Result<KpiResult> r = engine.evaluate(k);
        QVERIFY(r);
        QStringList statuses;
        for (const KpiValue &v : r->values)
            statuses << v.status;
        QCOMPARE(statuses, (QStringList{"good", "warn", "good"})); // 5, 30, 20 against ≤20 good, ≤40 warn
    }

    void errors_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QStringList>("dims");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << "avg(pm100)" << QStringList() << "unknown field";
        QTest::newRow("case hint") << "avg(PM10)" << QStringList() << "did you mean";
        QTest::newRow("text field") << "avg(station)" << QStringList() << "only count";
        QTest::newRow("syntax") << "avg(pm10" << QStringList() << "')'";
        QTest::newRow("unknown function") << "mean(pm10)" << QStringList() << "unknown function";
        QTest::newRow("bare field") << "pm10 * 2" << QStringList() << "inside an aggregate";
        QTest::newRow("unit mismatch") << "avg(pm10) + count()" << QStringList() << "cannot add";
        QTest::newRow("unknown alias") << "avg(x.pm10)" << QStringList() << "no source";
        QTest::newRow("unknown dimension") << "avg(pm10)" << QStringList{QStringLiteral("district")} << "dimension";
    }
    void errors()
    {
        QFETCH(QString, formula);
        QFETCH(QStringList, dims);
        QFETCH(QString, message);
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(formula, m_air, TimeGrain::Month, dims));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void injectionAttempts_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QStringList>("dims");
        QTest::addColumn<bool>("evaluates");
        QTest::newRow("quoted name") << R"(avg("pm10""; DROP TABLE data; --"))" << QStringList() << false;
        QTest::newRow("text literal") << "avg(pm10) where station = 'x'' OR ''1''=''1'" << QStringList() << true;
        QTest::newRow("comment in text") << "avg(pm10) where station = 'ST-1''--'" << QStringList() << true;
        QTest::newRow("semicolon") << "avg(pm10); DROP TABLE data" << QStringList() << false;
        QTest::newRow("dimension") << "avg(pm10)" << QStringList{QStringLiteral("station\" FROM data; DROP TABLE data; --")} << false;
        QTest::newRow("union") << "avg(pm10) where station = 'a' union select 1" << QStringList() << false;
        QTest::newRow("subquery") << "avg(pm10 where station in (select station from data))" << QStringList() << false;
    }
    void injectionAttempts()
    {
        QFETCH(QString, formula);
        QFETCH(QStringList, dims);
        QFETCH(bool, evaluates);
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(formula, m_air, TimeGrain::Month, dims));
        QCOMPARE(bool(r), evaluates);
        if (r) // the literal was compared as text: no station is called that, so no period has a value
            for (const KpiValue &v : r->values)
                QVERIFY(!v.value.has_value());
        // The facts are intact and still give the known answer.
        Result<KpiResult> check = engine.evaluate(kpi(QStringLiteral("sum(pm10)"), m_air));
        QVERIFY(check);
        QCOMPARE(table(*check).value(QStringLiteral("2023-01")), 90.0);
    }

    void cancelStopsTheEvaluation()
    {
        KpiEngine engine(m_ws->catalog(), m_ws->store(), std::make_shared<KpiCache>());
        Feedback feedback;
        feedback.cancel();
        Result<KpiResult> r = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air), {}, &feedback);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        // A cancelled evaluation leaves nothing half-built in the cache: the next one works.
        Feedback fresh;
        Result<KpiResult> again = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_air), {}, &fresh);
        QVERIFY(again);
        QCOMPARE(fresh.progress(), 100.0);
        QCOMPARE(table(*again).value(QStringLiteral("2023-01")), 30.0);
    }

    void missingDataIsAClearError()
    {
        Result<DatasetRecord> rec = m_ws->catalog().get(m_other);
        QVERIFY(rec);
        const QString path = m_ws->store().pathFor(rec->sha256);
        const QString aside = path + QStringLiteral(".aside");
        QVERIFY(QFile::rename(path, aside));
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> r = engine.evaluate(kpi(QStringLiteral("avg(pm10)"), m_other));
        QVERIFY(QFile::rename(aside, path));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY2(r.error().message.contains(QLatin1String("Otherton air")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "test_kpiengine.moc"
