#include "ingest/tableschema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointF>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {



QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

TableField field(const char *json)
{
    const Result<TableField> f = TableField::fromJson(parseObject(json));
    if (!f)
        qWarning("%s", qPrintable(f.error().toString()));
    return f.valueOr(TableField{});
}

} // namespace

class TestTableField : public QObject
{
    Q_OBJECT

private slots:
    // Peer cases from frictionless-py's field constraint tests: one row per case.
    void types_data()
    {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QVariant>("value"); // checked when valid and not null

        const auto row = [](const char *name, const char *d, const QString &cell, bool valid,
                            QVariant value = {}) {
            QTest::newRow(name) << QString::fromUtf8(d) << cell << valid << value;
        };
        const char *str = R"({"name":"f","type":"string"})";
        row("string", str, "hello", true, QStringLiteral("hello"));
        row("string keeps spaces", str, " a ", true, QStringLiteral(" a "));
        const char *email = R"({"name":"f","type":"string","format":"email"})";
        row("email ok", email, "ann@example.org", true);
        row("email no at", email, "ann.example.org", false);
        row("email no dot", email, "ann@localhost", false);
        const char *uri = R"({"name":"f","type":"string","format":"uri"})";
        row("uri ok", uri, "https://example.org/a?b=c", true);
        row("uri no scheme", uri, "example.org/a", false);
        const char *uuid = R"({"name":"f","type":"string","format":"uuid"})";
        row("uuid ok", uuid, "95ecc380-afe9-11e4-9b6c-751b66dd541e", true);
        row("uuid bad", uuid, "95ecc380-afe9-11e4-9b6c", false);
        const char *binary = R"({"name":"f","type":"string","format":"binary"})";
        row("binary ok", binary, "aGVsbG8=", true);
        row("binary bad padding", binary, "aGVsbG8", false);

        const char *num = R"({"name":"f","type":"number"})";
        row("number", num, "1.5", true, 1.5);
        row("number exponent", num, "-2e3", true, -2000.0);
        row("number leading point", num, ".5", true, 0.5);
        row("number spaces", num, " 10.50 ", true, 10.5);
        row("number inf", num, "-INF", true, -qInf());
        row("number nan", num, "NaN", true);
        row("number text", num, "abc", false);
        row("number currency bare", num, "€12", false);
        row("number group without groupChar", num, "1,000", false);
        const char *money = R"({"name":"f","type":"number","bareNumber":false})";
        row("number euro", money, "€ -12.3", true, -12.3);
        row("number percent", money, "100%", true, 100.0);
        const char *euro = R"({"name":"f","type":"number","decimalChar":",","groupChar":"."})";
        row("number decimalChar", euro, "8.699,8", true, 8699.8);
        row("number decimalChar rejects point", R"({"name":"f","type":"number","decimalChar":","})", "1.234",
            false);
        row("number groupChar", R"({"name":"f","type":"number","groupChar":","})", "10,000,000.50", true,
            10000000.5);

        const char *integer = R"({"name":"f","type":"integer"})";
        row("integer", integer, "-42", true, qlonglong(-42));
        row("integer leading zeros", integer, "000835", true, qlonglong(835));
        row("integer spaces", integer, " 01 ", true, qlonglong(1));
        row("integer decimal", integer, "1.0", false);
        row("integer text", integer, "12a", false);
        row("integer overflow", integer, "99999999999999999999", false);
        const char *intMoney = R"({"name":"f","type":"integer","bareNumber":false})";
        row("integer euro", intMoney, "€ -12", true, qlonglong(-12));
        row("integer suffix", intMoney, "1$", true, qlonglong(1));

        const char *boolean = R"({"name":"f","type":"boolean"})";
        row("boolean true", boolean, "TRUE", true, true);
        row("boolean zero", boolean, "0", true, false);
        row("boolean yes", boolean, "yes", false);
        const char *yes = R"({"name":"f","type":"boolean","trueValues":["yes"],"falseValues":["no"]})";
        row("boolean custom", yes, "no", true, false);
        row("boolean custom replaces defaults", yes, "true", false);

        const char *date = R"({"name":"f","type":"date"})";
        row("date", date, "2019-01-31", true, QDate(2019, 1, 31));
        row("date single digits", date, "2019-1-5", true, QDate(2019, 1, 5));
        row("date invalid day", date, "2019-02-30", false);
        row("date with time", date, "2019-01-31T10:00:00", false);
        const char *dmy = R"({"name":"f","type":"date","format":"%d/%m/%Y"})";
        row("date pattern", dmy, "31/01/2019", true, QDate(2019, 1, 31));
        row("date pattern mismatch", dmy, "2019-01-31", false);
        row("date fmt prefix", R"({"name":"f","type":"date","format":"fmt:%d.%m.%Y"})", "31.01.2019", true,
            QDate(2019, 1, 31));
        row("date month name", R"({"name":"f","type":"date","format":"%d %b %Y"})", "5 mar 2020", true,
            QDate(2020, 3, 5));
        const char *anyDate = R"({"name":"f","type":"date","format":"any"})";
        row("date any iso", anyDate, "2019-01-31", true, QDate(2019, 1, 31));
        row("date any words", anyDate, "January 31, 2019", true, QDate(2019, 1, 31));
        row("date any garbage", anyDate, "soon", false);

        const char *time = R"({"name":"f","type":"time"})";
        row("time", time, "06:00:00", true, QTime(6, 0));
        row("time fraction zone", time, "06:00:00.5+01:00", true, QTime(6, 0, 0, 500));
        row("time short", time, "06:00", false);
        row("time hour 25", time, "25:00:00", false);
        row("time pattern", R"({"name":"f","type":"time","format":"%H:%M"})", "06:30", true, QTime(6, 30));

        const char *dt = R"({"name":"f","type":"datetime"})";
        row("datetime naive is UTC", dt, "2014-01-01T06:00:00", true,
            QDateTime(QDate(2014, 1, 1), QTime(6, 0), Qt::UTC));
        row("datetime Z", dt, "2014-01-01T06:00:00Z", true,
            QDateTime(QDate(2014, 1, 1), QTime(6, 0), Qt::UTC));
        row("datetime offset", dt, "2014-01-01T06:00:00+01:00", true,
            QDateTime(QDate(2014, 1, 1), QTime(5, 0), Qt::UTC));
        row("datetime space separator", dt, "2014-01-01 06:00:00", true,
            QDateTime(QDate(2014, 1, 1), QTime(6, 0), Qt::UTC));
        row("datetime no seconds", dt, "2014-01-01T06:00", false);
        row("datetime date only", dt, "2014-01-01", false);
        row("datetime pattern", R"({"name":"f","type":"datetime","format":"%d/%m/%y %H:%M"})",
            "21/11/06 16:30", true, QDateTime(QDate(2006, 11, 21), QTime(16, 30), Qt::UTC));

        row("datetime 24:00 is next midnight", dt, "2014-01-01T24:00:00", true,
            QDateTime(QDate(2014, 1, 2), QTime(0, 0), Qt::UTC));
        row("datetime pattern with zone", R"({"name":"f","type":"datetime","format":"%Y-%m-%d %H:%M%z"})",
            "2014-01-01 06:00+0200", true, QDateTime(QDate(2014, 1, 1), QTime(4, 0), Qt::UTC));
        row("time 12-hour clock", R"({"name":"f","type":"time","format":"%I:%M %p"})", "12:15 am", true,
            QTime(0, 15));
        row("time 12-hour clock pm", R"({"name":"f","type":"time","format":"%I:%M %p"})", "1:15 PM", true,
            QTime(13, 15));
        row("date day of year", R"({"name":"f","type":"date","format":"%Y-%j"})", "2020-060", true,
            QDate(2020, 2, 29));
        row("date compact digits", R"({"name":"f","type":"date","format":"%Y%m%d"})", "20200131", true,
            QDate(2020, 1, 31));

        const char *year = R"({"name":"f","type":"year"})";
        row("year", year, "2000", true, 2000);
        row("year short", year, "200", false);
        row("year text", year, "20x0", false);
        const char *ym = R"({"name":"f","type":"yearmonth"})";
        row("yearmonth", ym, "2000-05", true, QDate(2000, 5, 1));
        row("yearmonth month 13", ym, "2000-13", false);
        row("yearmonth extra dash", ym, "2000-05-01", false);

        const char *gp = R"({"name":"f","type":"geopoint"})";
        row("geopoint", gp, "90, 45", true, QPointF(90, 45));
        row("geopoint lat out of range", gp, "45, 91", false);
        row("geopoint three parts", gp, "1,2,3", false);
        row("geopoint array", R"({"name":"f","type":"geopoint","format":"array"})", "[90, 45]", true,
            QPointF(90, 45));
        row("geopoint object", R"({"name":"f","type":"geopoint","format":"object"})",
            R"({"lon": 90, "lat": 45})", true, QPointF(90, 45));
        row("geopoint object missing lat", R"({"name":"f","type":"geopoint","format":"object"})",
            R"({"lon": 90})", false);

        const char *geojson = R"({"name":"f","type":"geojson"})";
        row("geojson point", geojson, R"({"type":"Point","coordinates":[1,2]})", true);
        row("geojson no type", geojson, R"({"coordinates":[1,2]})", false);
        row("geojson array", geojson, "[1,2]", false);
        row("object", R"({"name":"f","type":"object"})", R"({"a":1})", true);
        row("object not json", R"({"name":"f","type":"object"})", "{a:1}", false);
        row("object is array", R"({"name":"f","type":"object"})", "[1]", false);
        row("array", R"({"name":"f","type":"array"})", "[1, 2]", true);
        row("array is object", R"({"name":"f","type":"array"})", "{}", false);

        const char *duration = R"({"name":"f","type":"duration"})";
        row("duration", duration, "P1Y2M3DT4H5M6S", true);
        row("duration time", duration, "PT1.5H", true);
        row("duration bare P", duration, "P", false);
        row("duration wrong order", duration, "P1D2Y", false);

        row("any", R"({"name":"f","type":"any"})", "whatever", true, QStringLiteral("whatever"));
        row("no type is string", R"({"name":"f"})", "x", true, QStringLiteral("x"));
    }
    void types()
    {
        QFETCH(QString, descriptor);
        QFETCH(QString, cell);
        QFETCH(bool, valid);
        QFETCH(QVariant, value);
        const Result<TableField> f =
            TableField::fromJson(QJsonDocument::fromJson(descriptor.toUtf8()).object());
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        const TableField::Cell c = f->read(cell);
        QVERIFY(!c.missing);
        QCOMPARE(c.typeError, !valid);
        QCOMPARE(c.value.isValid(), valid);
        QVERIFY(c.violations.isEmpty());
        if (valid && value.isValid())
            QCOMPARE(c.value, value);
    }

    void missingValues()
    {
        // A missing cell is null: no type error, only `required` fails on it.
        TableField f = field(R"({"name":"n","type":"integer","missingValues":["-","NA"],
                                 "constraints":{"minimum":5,"enum":[7]}})");
        for (const char *cell : {"-", "NA"}) {
            const TableField::Cell c = f.read(cell);
            QVERIFY(c.missing);
            QVERIFY(!c.typeError);
            QVERIFY(!c.value.isValid());
            QVERIFY(c.violations.isEmpty());
        }
        QVERIFY(f.read("").typeError); // "" is no longer missing once the field has its own list
        f.constraints.required = true; // read() notices edits to the field
        QCOMPARE(f.read("NA").violations, QStringList{"required"});
        QCOMPARE(f.read("3").violations, (QStringList{"minimum", "enum"}));

        // Schema-level missing values reach fields without their own.
        const Result<TableSchema> s = TableSchema::fromJson(parseObject(
            R"({"missingValues":["n/a"],"fields":[{"name":"a","type":"number"},
                {"name":"b","type":"number","missingValues":["?"]}]})"));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->fields[0].missingValues, QStringList{"n/a"});
        QVERIFY(s->fields[0].read("n/a").missing);
        QVERIFY(s->fields[0].read("").typeError);
        QCOMPARE(s->fields[1].missingValues, QStringList{"?"});
        QVERIFY(s->fields[1].read("n/a").typeError);
        const QJsonObject back = s->toJson();
        QCOMPARE(back.value("missingValues").toArray(), QJsonArray{"n/a"});
        QVERIFY(!back.value("fields").toArray().at(0).toObject().contains("missingValues"));
        QCOMPARE(back.value("fields").toArray().at(1).toObject().value("missingValues").toArray(),
                 QJsonArray{"?"});
    }

    void typeErrorSkipsConstraints()
    {
        const TableField f =
            field(R"({"name":"n","type":"integer","constraints":{"required":true,"minimum":5}})");
        const TableField::Cell c = f.read("x");
        QVERIFY(c.typeError);
        QVERIFY(c.violations.isEmpty());
    }

    void enumCasting()
    {
        // Enum values are cast with the field's type: "01" equals "1" for an integer field.
        const TableField ints = field(R"({"name":"n","type":"integer","constraints":{"enum":["1","2"]}})");
        QVERIFY(ints.read("1").violations.isEmpty());
        QVERIFY(ints.read("01").violations.isEmpty());
        QVERIFY(ints.read("2").violations.isEmpty());
        QCOMPARE(ints.read("3").violations, QStringList{"enum"});
        const TableField nums = field(R"({"name":"n","type":"number","constraints":{"enum":[1.5, "2"]}})");
        QVERIFY(nums.read("1.50").violations.isEmpty());
        QVERIFY(nums.read("2.0").violations.isEmpty());
        QCOMPARE(nums.read("2.5").violations, QStringList{"enum"});
        const TableField bools = field(R"({"name":"b","type":"boolean","constraints":{"enum":[true]}})");
        QVERIFY(bools.read("1").violations.isEmpty());
        QCOMPARE(bools.read("false").violations, QStringList{"enum"});
        const TableField dates = field(R"({"name":"d","type":"date","constraints":{"enum":["2020-01-01"]}})");
        QVERIFY(dates.read("2020-1-1").violations.isEmpty());
        const TableField strings = field(R"({"name":"s","constraints":{"enum":["a","b"]}})");
        QCOMPARE(strings.read("A").violations, QStringList{"enum"});
    }

    void bounds_data()
    {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("violations");
        const auto row = [](const char *name, const char *d, const char *cell, QStringList v) {
            QTest::newRow(name) << QString::fromUtf8(d) << QString::fromUtf8(cell) << v;
        };
        const char *num = R"({"name":"f","type":"number","constraints":{"minimum":1.5,"maximum":"10"}})";
        row("number in", num, "10", {});
        row("number low", num, "1.4", {"minimum"});
        row("number high", num, "10.01", {"maximum"});
        row("number nan fails both", num, "nan", {"minimum", "maximum"});
        const char *date =
            R"({"name":"f","type":"date","constraints":{"minimum":"2020-01-01","maximum":"2020-12-31"}})";
        row("date in", date, "2020-06-01", {});
        row("date low", date, "2019-12-31", {"minimum"});
        row("date high", date, "2021-01-01", {"maximum"});
        const char *time = R"({"name":"f","type":"time","constraints":{"minimum":"08:00:00"}})";
        row("time low", time, "07:59:59", {"minimum"});
        const char *dt = R"({"name":"f","type":"datetime","constraints":{"maximum":"2020-01-01T00:00:00Z"}})";
        row("datetime same instant", dt, "2020-01-01T01:00:00+01:00", {});
        row("datetime high", dt, "2020-01-01T00:00:01Z", {"maximum"});
        const char *year = R"({"name":"f","type":"year","constraints":{"minimum":2000,"maximum":"2010"}})";
        row("year low", year, "1999", {"minimum"});
        row("year high", year, "2011", {"maximum"});
        const char *ym = R"({"name":"f","type":"yearmonth","constraints":{"minimum":"2020-02"}})";
        row("yearmonth low", ym, "2020-01", {"minimum"});
        const char *len = R"({"name":"f","type":"string","constraints":{"minLength":2,"maxLength":3}})";
        row("length counts code points", len, "😀😀", {});
        row("length short", len, "😀", {"minLength"});
        const char *arr = R"({"name":"f","type":"array","constraints":{"maxLength":1}})";
        row("array length", arr, "[1,2]", {"maxLength"});
        const char *obj = R"({"name":"f","type":"object","constraints":{"minLength":1}})";
        row("object length", obj, "{}", {"minLength"});
    }
    void bounds()
    {
        QFETCH(QString, descriptor);
        QFETCH(QString, cell);
        QFETCH(QStringList, violations);
        const Result<TableField> f =
            TableField::fromJson(QJsonDocument::fromJson(descriptor.toUtf8()).object());
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        const TableField::Cell c = f->read(cell);
        QVERIFY(!c.typeError);
        QCOMPARE(c.violations, violations);
    }

    void patternIsAnchored()
    {
        const TableField f = field(R"({"name":"s","constraints":{"pattern":"[a-c]+\\d?"}})");
        QVERIFY(f.read("abc").violations.isEmpty());
        QVERIFY(f.read("ab1").violations.isEmpty());
        QCOMPARE(f.read("xabc").violations, QStringList{"pattern"});
        QCOMPARE(f.read("abc12").violations, QStringList{"pattern"});
        // Alternation stays inside the anchors: "a|b" does not accept "ab" or "xb".
        const TableField alt = field(R"({"name":"s","constraints":{"pattern":"a|b"}})");
        QCOMPARE(alt.read("ab").violations, QStringList{"pattern"});
        QCOMPARE(alt.read("xb").violations, QStringList{"pattern"});
        // Unicode classes, as in Python.
        const TableField word = field(R"({"name":"s","constraints":{"pattern":"\\w+"}})");
        QVERIFY(word.read("Ljubljana_Čačak").violations.isEmpty());
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, const char *d, const char *mentions) {
            QTest::newRow(name) << QString::fromUtf8(d) << QString::fromUtf8(mentions);
        };
        row("no name", R"({"type":"string"})", "name");
        row("name not a string", R"({"name":3})", "name");
        row("unknown type", R"({"name":"speed","type":"velocity"})", "speed");
        row("type not a string", R"({"name":"speed","type":1})", "type");
        row("constraints not an object", R"({"name":"f","constraints":[]})", "constraints");
        row("minLength not a number", R"({"name":"f","constraints":{"minLength":"two"}})", "minLength");
        row("maxLength fractional", R"({"name":"f","constraints":{"maxLength":2.5}})", "maxLength");
        row("required not bool", R"({"name":"f","constraints":{"required":"yes"}})", "required");
        row("enum not a list", R"({"name":"f","constraints":{"enum":"a"}})", "enum");
        row("unknown constraint", R"({"name":"f","constraints":{"minimun":1}})", "minimun");
        // A plain literal: moc mis-reads a raw string holding an unbalanced parenthesis.
        row("bad pattern", "{\"name\":\"f\",\"constraints\":{\"pattern\":\"(a\"}}", "pattern");
        row("pattern on integer", R"({"name":"f","type":"integer","constraints":{"pattern":"1"}})",
            "pattern");
        row("minimum on string", R"({"name":"f","constraints":{"minimum":1}})", "minimum");
        row("minimum uncastable", R"({"name":"f","type":"integer","constraints":{"minimum":"x"}})",
            "minimum");
        row("enum uncastable", R"({"name":"f","type":"integer","constraints":{"enum":["1","x"]}})", "x");
        row("bad string format", R"({"name":"f","format":"phone"})", "phone");
        row("bad date format", R"({"name":"f","type":"date","format":"%Q"})", "%Q");
        row("bad geopoint format", R"({"name":"f","type":"geopoint","format":"wkt"})", "wkt");
        row("missingValues not strings", R"({"name":"f","missingValues":[1]})", "missingValues");
        row("trueValues not a list", R"({"name":"f","type":"boolean","trueValues":"yes"})", "trueValues");
        row("bareNumber not bool", R"({"name":"f","type":"number","bareNumber":"no"})", "bareNumber");
        row("empty decimalChar", R"({"name":"f","type":"number","decimalChar":""})", "decimalChar");
    }
    void fromJsonErrors()
    {
        QFETCH(QString, descriptor);
        QFETCH(QString, mentions);
        const Result<TableField> f =
            TableField::fromJson(QJsonDocument::fromJson(descriptor.toUtf8()).object());
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, Error::Code::InvalidData);
        QVERIFY2(f.error().toString().contains(mentions), qPrintable(f.error().toString()));
    }

    void handBuiltField()
    {
        // Fields built in code (schema inference) read without fromJson; a bad one reads as type errors.
        TableField f;
        f.name = QStringLiteral("n");
        f.type = QStringLiteral("integer");
        QCOMPARE(f.read("7").value, QVariant(qlonglong(7)));
        f.type = QStringLiteral("velocity");
        QVERIFY(f.read("7").typeError);
        QVERIFY(f.read("").missing);
        f.type = QStringLiteral("integer");
        const TableField copy = f;
        QCOMPARE(copy.read("8").value, QVariant(qlonglong(8)));
    }
};

QTEST_GUILESS_MAIN(TestTableField)
#include "test_tablefield.moc"
