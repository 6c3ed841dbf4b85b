// The formula language: what parses, where errors point, what the checker says about fields and units.

#include "kpi/formulacheck.h"
#include "kpi/formulaparser.h"

#include <QTest>

using namespace urbis;

namespace {

QMap<QString, QList<FieldInfo>> fields()
{
    return {{QString(),
             {{QStringLiteral("pm10"), QStringLiteral("number"), QStringLiteral("µg/m3"), {}},
              {QStringLiteral("no2"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
              {QStringLiteral("station"), QStringLiteral("string"), {}, {}},
              {QStringLiteral("collected"), QStringLiteral("number"), QStringLiteral("t"), {}},
              {QStringLiteral("recycled"), QStringLiteral("number"), QStringLiteral("t"), {}},
              {QStringLiteral("emissions"), QStringLiteral("number"), QStringLiteral("t"), {}},
              {QStringLiteral("air temp"), QStringLiteral("number"), QStringLiteral("Cel"), {}}}},
            {QStringLiteral("pop"), {{QStringLiteral("population"), QStringLiteral("integer"), QStringLiteral("1"), {}}}}};
}

} // namespace

class TestFormulaParser : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("unit");
        // CLI.md's must-work list first.
        QTest::newRow("avg") << "avg(pm10)" << "µg/m3";
        QTest::newRow("ratio") << "sum(recycled) / sum(collected)" << "1";
        QTest::newRow("count") << "count()" << "1";
        QTest::newRow("range") << "max(pm10) - min(pm10)" << "µg/m3";
        QTest::newRow("where") << "avg(pm10) where station = 'ATH-01'" << "µg/m3";
        QTest::newRow("percent") << "100 * sum(recycled) / sum(collected)" << "1";
        QTest::newRow("per capita") << "sum(emissions) / sum(pop.population)" << "t";
        QTest::newRow("pct_change") << "pct_change(sum(collected))" << "%";
        QTest::newRow("yoy") << "YOY_PCT(Sum(collected))" << "%";
        QTest::newRow("inner where") << "count(pm10 where pm10 > 50 and station <> 'X')" << "1";
        QTest::newRow("percentile") << "percentile(no2, 95)" << "ug/m3";
        QTest::newRow("quoted name") << "avg(\"air temp\")" << "Cel";
        QTest::newRow("in list") << "avg(pm10 where station in ('A', 'B', 'C'))" << "µg/m3";
        QTest::newRow("not and or") << "avg(pm10) where not (station = 'A' or station is null)" << "µg/m3";
        QTest::newRow("exponent") << "avg(pm10) * 1e-3" << "µg/m3";
        QTest::newRow("same unit spelled twice") << "avg(pm10) - avg(no2)" << "µg/m3";
    }
    void valid()
    {
        QFETCH(QString, formula);
        QFETCH(QString, unit);
        const QList<FormulaDiagnostic> d = FormulaCheck::check(formula, fields());
        QVERIFY2(d.isEmpty(), qPrintable(d.isEmpty() ? QString() : d.first().message));
        QCOMPARE(FormulaCheck::resultUnit(formula, fields()), unit);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << 0 << 0 << "empty";
        QTest::newRow("unclosed") << "avg(pm10" << 8 << 0 << "')'";
        QTest::newRow("unknown field") << "avg(pm10) + avg(pm100)" << 16 << 5 << "unknown field \"pm100\"";
        QTest::newRow("unknown function") << "mean(pm10)" << 0 << 4 << "unknown function";
        QTest::newRow("nested") << "avg(max(pm10))" << 4 << 3 << "nested";
        QTest::newRow("text literal unclosed") << "avg(pm10) where station = 'A" << 26 << 2 << "not closed";
        QTest::newRow("field on right") << "avg(pm10) where 'A' = station" << 16 << 3 << "field name";
        QTest::newRow("stray char") << "avg(pm10) ; 1" << 10 << 1 << "unexpected character";
        QTest::newRow("trailing") << "avg(pm10) avg(no2)" << 10 << 3 << "unexpected";
        QTest::newRow("percentile range") << "percentile(pm10, 120)" << 17 << 3 << "0 to 100";
        QTest::newRow("no aggregate") << "1 + 2" << 0 << 5 << "reads no data";
        QTest::newRow("adds tonnes to micrograms") << "sum(collected) + avg(pm10)" << 0 << 26 << "cannot add";
        QTest::newRow("text averaged") << "avg(station)" << 4 << 7 << "only count";
        QTest::newRow("two sources in one aggregate") << "sum(collected + pop.population)" << 16 << 14 << "one source";
        QTest::newRow("unknown alias") << "sum(people.population)" << 4 << 17 << "no source";
        QTest::newRow("double quotes for text") << "avg(pm10) where station = \"A\"" << 26 << 3 << "single quotes";
        QTest::newRow("count needs no star elsewhere") << "sum(*)" << 4 << 1 << "count(*)";
    }
    void invalid()
    {
        QFETCH(QString, formula);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, message);
        const QList<FormulaDiagnostic> d = FormulaCheck::check(formula, fields());
        QVERIFY(!d.isEmpty());
        QCOMPARE(d.first().severity, FormulaDiagnostic::Severity::Error);
        QVERIFY2(d.first().message.contains(message), qPrintable(d.first().message));
        QCOMPARE(d.first().start, start);
        QCOMPARE(d.first().length, length);
    }

    void declaredUnitMismatchIsAWarning()
    {
        const QList<FormulaDiagnostic> d = FormulaCheck::check(QStringLiteral("sum(collected)"), fields(), QStringLiteral("kWh"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().severity, FormulaDiagnostic::Severity::Warning);
        QVERIFY(FormulaCheck::check(QStringLiteral("sum(collected)"), fields(), QStringLiteral("t")).isEmpty());
        // A share computed as a plain ratio may be declared in %.
        QVERIFY(FormulaCheck::check(QStringLiteral("100 * sum(recycled) / sum(collected)"), fields(), QStringLiteral("%")).isEmpty());
    }

    void trailingWhereReachesEveryAggregate()
    {
        const FormulaParser::Outcome o = FormulaParser::parse(QStringLiteral("sum(recycled) / sum(collected where collected > 0) where station = 'A'"));
        QVERIFY(!o.error);
        int withCondition = 0;
        FormulaParser::forEachAggregate(o.formula.root, [&](const FormulaNode::Ptr &a) {
            QVERIFY(a->condition);
            ++withCondition;
            if (a->condition->kind == FormulaNode::Kind::And)
                QCOMPARE(a->condition->children.at(1)->op, QStringLiteral(">"));
        });
        QCOMPARE(withCondition, 2);
    }

    void functionsAreListed()
    {
        QStringList names;
        for (const auto &f : FormulaCheck::functions())
            names << f.name;
        for (const char *n : {"avg", "sum", "min", "max", "count", "count_distinct", "median", "percentile", "prev", "last_year", "pct_change", "yoy_pct"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
    }
};

QTEST_GUILESS_MAIN(TestFormulaParser)
#include "test_formulaparser.moc"
