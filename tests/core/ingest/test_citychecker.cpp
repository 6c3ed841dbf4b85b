#include "ingest/citychecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointF>
#include <QTest>
#include <QtEndian>

using namespace urbis;

namespace {

TableSchema schemaOf(const char *json)
{
    const Result<TableSchema> s = TableSchema::fromJson(QJsonDocument::fromJson(json).object());
    if (!s)
        qWarning("%s", qPrintable(s.error().toString()));
    return s.valueOr(TableSchema{});
}

/** The values TableChecker would produce: each cell read with its field. */
QList<QVariant> cast(const TableSchema &schema, const QStringList &cells)
{
    QList<QVariant> out;
    for (int i = 0; i < schema.fields.size(); ++i) {
        const TableField::Cell c = schema.fields.at(i).read(cells.value(i));
        out << (c.missing || c.typeError ? QVariant() : c.value);
    }
    return out;
}

/** "row:field:type", "-" where absent: a finding list compares as one string list. */
QStringList summary(const QList<ValidationError> &errors)
{
    QStringList out;
    for (const ValidationError &e : errors)
        out << QStringLiteral("%1:%2:%3")
                   .arg(e.rowNumber ? QString::number(*e.rowNumber) : QStringLiteral("-"),
                        e.fieldNumber ? QString::number(*e.fieldNumber) : QStringLiteral("-"), e.type);
    return out;
}

/** Feeds rows 2, 3, ... and returns every finding of checkRow and finish. */
QList<ValidationError> run(CityChecker &checker, const TableSchema &schema, const QList<QStringList> &rows)
{
    QList<ValidationError> out;
    for (int i = 0; i < rows.size(); ++i)
        out << checker.checkRow(i + 2, cast(schema, rows.at(i)), {});
    out << checker.finish();
    return out;
}

QStringList rowFindings(const char *schemaJson, const QList<QStringList> &rows,
                        CityChecker::Options options = {})
{
    const TableSchema s = schemaOf(schemaJson);
    CityChecker checker(s, options);
    return summary(run(checker, s, rows));
}

// Little-endian ISO WKB.
QByteArray wkbPoint(double x, double y)
{
    QByteArray b(1, '\x01');
    b += QByteArray::fromHex("01000000");
    for (double v : {x, y}) {
        char bytes[8];
        qToLittleEndian(v, bytes);
        b.append(bytes, 8);
    }
    return b;
}

QByteArray wkbPolygon(const QList<QPointF> &ring)
{
    QByteArray b(1, '\x01');
    b += QByteArray::fromHex("03000000");
    char n[4];
    qToLittleEndian(quint32(1), n);
    b.append(n, 4);
    qToLittleEndian(quint32(ring.size()), n);
    b.append(n, 4);
    for (const QPointF &p : ring) {
        for (double v : {p.x(), p.y()}) {
            char bytes[8];
            qToLittleEndian(v, bytes);
            b.append(bytes, 8);
        }
    }
    return b;
}

const QList<QPointF> square{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
const QList<QPointF> bowtie{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}}; // the edges cross at (0.5, 0.5)

const char *stationSchema = R"({"fields":[
    {"name":"stationId","type":"string"},
    {"name":"timeRecorded","type":"datetime"},
    {"name":"lat","type":"number","unit":"deg"},
    {"name":"lon","type":"number","unit":"deg"},
    {"name":"pm10","type":"number","unit":"ug/m3"}],
    "crs":"EPSG:4326"})";

CityChecker::Options at(const char *now)
{
    CityChecker::Options o;
    o.now = QDateTime::fromString(QString::fromLatin1(now), Qt::ISODate);
    return o;
}

} // namespace

class TestCityChecker : public QObject
{
    Q_OBJECT

private slots:
    void roles()
    {
        CityChecker c(schemaOf(stationSchema), {});
        QCOMPARE(c.stationField(), 0);
        QCOMPARE(c.timeField(), 1);
        QCOMPARE(c.latitudeField(), 2);
        QCOMPARE(c.longitudeField(), 3);

        CityChecker none(
            schemaOf(
                R"({"fields":[{"name":"a"},{"name":"sunrise","type":"datetime"},{"name":"date","type":"datetime"}]})"),
            {});
        QCOMPARE(none.latitudeField(), -1);
        QCOMPARE(none.stationField(), -1);
        QCOMPARE(none.timeField(), 2); // named like a time beats the first datetime
    }

    void goodTableHasNoFindings()
    {
        const TableSchema s = schemaOf(stationSchema);
        CityChecker c(s, at("2024-01-01T00:00:00Z"));
        QCOMPARE(summary(c.checkSchema()), QStringList());
        QCOMPARE(summary(run(c, s,
                             {{"ATH-01", "2023-01-01T10:00:00Z", "37.98", "23.72", "12"},
                              {"ATH-02", "2023-01-01T10:00:00Z", "38.01", "23.70", "14"},
                              {"ATH-01", "2023-01-01T11:00:00Z", "37.98", "23.72", "15"}})),
                 QStringList());
    }

    void coordinates_data()
    {
        QTest::addColumn<QString>("lat");
        QTest::addColumn<QString>("lon");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("note");
        QTest::newRow("in range") << "-90"
                                  << "180" << QStringList() << "";
        QTest::newRow("latitude") << "-91"
                                  << "123.7" << QStringList{"2:3:coordinate-out-of-range"} << "";
        QTest::newRow("longitude") << "37.9"
                                   << "-180.5" << QStringList{"2:4:coordinate-out-of-range"} << "";
        QTest::newRow("swapped") << "120.5"
                                 << "45.1" << QStringList{"2:3:coordinate-out-of-range"}
                                 << "latitude and longitude look swapped";
        QTest::newRow("not a swap") << "100"
                                    << "150" << QStringList{"2:3:coordinate-out-of-range"} << "";
        QTest::newRow("both") << "95"
                              << "200"
                              << QStringList{"2:3:coordinate-out-of-range", "2:4:coordinate-out-of-range"}
                              << "";
        QTest::newRow("missing lon") << "95"
                                     << "" << QStringList{"2:3:coordinate-out-of-range"} << "";
    }
    void coordinates()
    {
        QFETCH(QString, lat);
        QFETCH(QString, lon);
        QFETCH(QStringList, expected);
        QFETCH(QString, note);
        const TableSchema s = schemaOf(stationSchema);
        CityChecker c(s, at("2024-01-01T00:00:00Z"));
        const QList<ValidationError> errors =
            c.checkRow(2, cast(s, {"A", "2023-01-01T10:00:00Z", lat, lon, "1"}), {});
        QCOMPARE(summary(errors), expected);
        if (!errors.isEmpty()) {
            QCOMPARE(errors.first().note, note);
            QCOMPARE(errors.first().fieldName,
                     errors.first().fieldNumber == 3 ? QStringLiteral("lat") : QStringLiteral("lon"));
            QVERIFY(!errors.first().message.isEmpty());
        }
    }

    void planarCoordinates()
    {
        const char *projected =
            R"({"fields":[{"name":"x","type":"number","unit":"m"},{"name":"y","type":"number","unit":"m"}],"crs":"EPSG:2100"})";
        QCOMPARE(rowFindings(projected, {{"476000", "4200000"}}), QStringList());
        const char *degrees =
            R"({"fields":[{"name":"x","type":"number"},{"name":"y","type":"number"}],"crs":"EPSG:4326"})";
        QCOMPARE(rowFindings(degrees, {{"23.7", "37.9"}, {"23.7", "137.9"}}),
                 QStringList{"3:2:coordinate-out-of-range"});
    }

    void geopoint()
    {
        const TableSchema s =
            schemaOf(R"({"fields":[{"name":"where","type":"geopoint"}],"crs":"EPSG:4326"})");
        CityChecker c(s, {});
        QCOMPARE(summary(c.checkRow(2, {QVariant(QPointF(23.7, 37.9))}, {})), QStringList());
        const QList<ValidationError> swapped = c.checkRow(3, {QVariant(QPointF(37.9, 123.7))}, {});
        QCOMPARE(summary(swapped), QStringList{"3:1:coordinate-out-of-range"});
        QCOMPARE(swapped.first().note, QStringLiteral("latitude and longitude look swapped"));
        QCOMPARE(summary(c.checkRow(4, {QVariant(QPointF(200, 10))}, {})),
                 QStringList{"4:1:coordinate-out-of-range"});
    }

    void wkbCoordinates()
    {
        const TableSchema s = schemaOf(R"({"fields":[{"name":"name","type":"string"}]})");
        CityChecker::Options o;
        o.sourceHasGeometry = true;
        CityChecker c(s, o);
        QCOMPARE(summary(c.checkRow(2, {QStringLiteral("a")}, wkbPoint(23.7, 37.9))), QStringList());
        const QList<ValidationError> out = c.checkRow(3, {QStringLiteral("b")}, wkbPoint(200, 10));
        QCOMPARE(summary(out), QStringList{"3:-:coordinate-out-of-range"});
        const QList<ValidationError> swapped = c.checkRow(4, {QStringLiteral("c")}, wkbPoint(37.9, 123.7));
        QCOMPARE(swapped.value(0).note, QStringLiteral("latitude and longitude look swapped"));

        o.sourceCrs = QStringLiteral("EPSG:3857"); // metres: any number is in range
        CityChecker projected(s, o);
        QCOMPARE(summary(projected.checkRow(2, {QStringLiteral("a")}, wkbPoint(2638000, 4576000))),
                 QStringList());
        o.sourceCrs = QStringLiteral("OGC:CRS84");
        CityChecker crs84(s, o);
        QCOMPARE(summary(crs84.checkRow(2, {QStringLiteral("a")}, wkbPoint(2638000, 4576000))),
                 QStringList{"2:-:coordinate-out-of-range"});
    }

    void invalidGeometry()
    {
        const TableSchema s = schemaOf(R"({"fields":[{"name":"name","type":"string"}],"crs":"EPSG:4326"})");
        CityChecker c(s, {});
        QCOMPARE(summary(c.checkRow(2, {QStringLiteral("a")}, wkbPolygon(square))), QStringList());
        const QList<ValidationError> bow = c.checkRow(3, {QStringLiteral("b")}, wkbPolygon(bowtie));
        QCOMPARE(summary(bow), QStringList{"3:-:invalid-geometry"});
        QVERIFY(bow.first().note.contains(QStringLiteral("simple feature")));
        const QList<ValidationError> cut =
            c.checkRow(4, {QStringLiteral("c")}, wkbPolygon(square).chopped(10));
        QCOMPARE(summary(cut), QStringList{"4:-:invalid-geometry"});
        QCOMPARE(cut.first().note, QStringLiteral("the WKB cannot be read"));
        QCOMPARE(summary(c.checkRow(5, {QStringLiteral("d")}, QByteArray::fromHex("ff00ff"))),
                 QStringList{"5:-:invalid-geometry"});
    }

    void geojsonField()
    {
        const char *schema =
            R"({"fields":[{"name":"id","type":"integer"},{"name":"shape","type":"geojson"}],"crs":"EPSG:4326"})";
        const QStringList rows{
            R"({"type":"Point","coordinates":[23.7,37.9]})",
            R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})",
            R"({"type":"Point","coordinates":["a","b"]})",
            R"({"type":"Feature","geometry":{"type":"Point","coordinates":[190,0]},"properties":{}})",
            R"({"type":"Feature","geometry":null,"properties":null})"};
        QList<QStringList> table;
        for (int i = 0; i < rows.size(); ++i)
            table << QStringList{QString::number(i), rows.at(i)};
        QCOMPARE(rowFindings(schema, table), (QStringList{"3:2:invalid-geometry", "4:2:invalid-geometry",
                                                          "5:2:coordinate-out-of-range"}));
    }

    void crsMissing()
    {
        const auto findings = [](const char *schema, CityChecker::Options o = {}) {
            CityChecker c(schemaOf(schema), o);
            return c.checkSchema();
        };
        const char *latLon =
            R"({"fields":[{"name":"lat","type":"number","unit":"deg"},{"name":"lon","type":"number","unit":"deg"}]})";
        const QList<ValidationError> missing = findings(latLon);
        QCOMPARE(summary(missing), QStringList{"-:-:crs-missing"});
        QCOMPARE(missing.first().note, QStringLiteral("assuming EPSG:4326"));
        CityChecker::Options declared;
        declared.sourceCrs = QStringLiteral("EPSG:4326");
        QCOMPARE(summary(findings(latLon, declared)), QStringList());
        QCOMPARE(summary(findings(
                     R"({"fields":[{"name":"lat","type":"number","unit":"deg"}],"crs":"EPSG:4326"})")),
                 QStringList());
        QCOMPARE(summary(findings(R"({"fields":[{"name":"p","type":"geopoint"}]})")),
                 QStringList{"-:-:crs-missing"});
        QCOMPARE(summary(findings(R"({"fields":[{"name":"x","type":"number","unit":"m"}]})")),
                 QStringList{"-:-:crs-missing"});
        QCOMPARE(summary(findings(R"({"fields":[{"name":"name","type":"string"}]})")), QStringList());
        CityChecker::Options geometry;
        geometry.sourceHasGeometry = true;
        QCOMPARE(summary(findings(R"({"fields":[{"name":"name","type":"string"}]})", geometry)),
                 QStringList{"-:-:crs-missing"});
        CityChecker::Options skip;
        skip.skip = QStringList{QStringLiteral("crs-missing")};
        QCOMPARE(summary(findings(latLon, skip)), QStringList());
    }

    void unitMissing()
    {
        const auto findings = [](const char *schema, CityChecker::Options o = {}) {
            CityChecker c(schemaOf(schema), o);
            return c.checkSchema();
        };
        const char *schema = R"({"fields":[
            {"name":"station_id","type":"integer"},
            {"name":"pm10","type":"number"},
            {"name":"lat","type":"number"},
            {"name":"lon","type":"number"},
            {"name":"year","type":"integer"},
            {"name":"vehicle_count","type":"integer"},
            {"name":"value","type":"number"},
            {"name":"name","type":"string"},
            {"name":"no2","type":"number","unit":"ug/m3"}],"crs":"EPSG:4326"})";
        const QList<ValidationError> out = findings(schema);
        QCOMPARE(summary(out), (QStringList{"-:2:unit-missing", "-:7:unit-missing"}));
        QCOMPARE(out.first().fieldName, QStringLiteral("pm10"));
        QCOMPARE(out.first().note, QStringLiteral("suggested unit \"ug/m3\""));
        QCOMPARE(out.last().note, QString());
        CityChecker::Options skip;
        skip.skip = QStringList{QStringLiteral("unit-missing")};
        QCOMPARE(summary(findings(schema, skip)), QStringList());
    }

    void unitMismatch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("mismatch");
        const auto row = [](const char *tag, const char *name, const char *unit, bool mismatch) {
            QTest::newRow(tag) << QString::fromLatin1(name) << QString::fromUtf8(unit) << mismatch;
        };
        row("pm10 ug/m3", "pm10", "ug/m3", false);
        row("pm10 micro sign", "pm10", "µg/m³", false);
        row("pm10 greek mu", "pm10", "μg/m3", false);
        row("pm10 UN/CEFACT", "pm10", "GQ", false);
        row("pm10 mg/m3", "pm10", "mg/m3", false);
        row("pm10 mg", "pm10", "mg", true);
        row("pm2.5 ppm", "PM2.5", "ppm", true);
        row("no2 ppb", "no2", "[ppb]", false);
        row("temperature Cel", "temperature", "Cel", false);
        row("temperature K", "temperature", "K", false);
        row("temperature m/s", "temperature", "m/s", true);
        row("humidity %", "humidity", "%", false);
        row("humidity hPa", "humidity", "hPa", true);
        row("pressure hPa", "pressure", "hPa", false);
        row("pressure mbar", "pressure", "mbar", false);
        row("windSpeed km/h", "windSpeed", "km/h", false);
        row("windSpeed deg", "wind_speed", "deg", true);
        row("windDirection deg", "windDirection", "deg", false);
        row("noise dB", "noise", "dB", false);
        row("lat deg", "lat", "deg", false);
        row("lat m", "lat", "m", true);
        row("unknown name", "foo", "xyz", false);
    }
    void unitMismatch()
    {
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(bool, mismatch);
        TableSchema s;
        s.crs = QStringLiteral("EPSG:4326");
        TableField f;
        f.name = name;
        f.type = QStringLiteral("number");
        f.unit = unit;
        s.fields << TableField() << f;
        s.fields[0].name = QStringLiteral("id");
        CityChecker c(s, {});
        QCOMPARE(summary(c.checkSchema()), mismatch ? QStringList{"-:2:unit-mismatch"} : QStringList());
    }

    void timePerStation()
    {
        const TableSchema s = schemaOf(stationSchema);
        CityChecker c(s, at("2024-01-01T00:00:00Z"));
        const QList<ValidationError> out = run(
            c, s,
            {
                {"A", "2023-01-01T10:00:00Z", "37.9", "23.7", "1"}, // 2
                {"B", "2023-01-01T12:00:00Z", "37.9", "23.7", "1"}, // 3
                {"A", "2023-01-01T11:00:00Z", "37.9", "23.7", "1"}, // 4: earlier than B, but A is in order
                {"A", "2023-01-01T10:30:00Z", "37.9", "23.7", "1"}, // 5: back in time for A
                {"B", "2023-01-01T12:00:00Z", "37.9", "23.7", "1"}, // 6: B repeats
                {"A", "2023-01-01T10:45:00Z", "37.9", "23.7", "1"}, // 7: after A's previous (10:30)
                {"A", "", "37.9", "23.7", "1"},                     // 8: missing time, no finding
            });
        QCOMPARE(summary(out), (QStringList{"5:2:time-not-monotonic", "6:2:duplicate-timestamp"}));
        QCOMPARE(out.first().fieldName, QStringLiteral("timeRecorded"));
        QCOMPARE(out.first().cell, QStringLiteral("2023-01-01T10:30:00.000Z"));
        QVERIFY(out.first().note.contains(QStringLiteral("station \"A\"")));
    }

    void timeWholeTable()
    {
        const char *schema =
            R"({"fields":[{"name":"date","type":"date"},{"name":"v","type":"number","unit":"m"}]})";
        QCOMPARE(
            rowFindings(schema,
                        {{"2023-01-01", "1"}, {"2023-01-02", "1"}, {"2023-01-02", "1"}, {"2022-12-31", "1"}},
                        at("2024-01-01T00:00:00Z")),
            (QStringList{"4:1:duplicate-timestamp", "5:1:time-not-monotonic"}));
        QCOMPARE(rowFindings(schema, {{"2023-01-01", "1"}, {"2023-01-02", "1"}}, at("2024-01-01T00:00:00Z")),
                 QStringList());
    }

    void futureTimestamp()
    {
        const char *schema = R"({"fields":[{"name":"time","type":"datetime"}]})";
        const auto o = at("2023-06-01T12:00:00Z");
        QCOMPARE(rowFindings(schema, {{"2023-06-01T12:04:00Z"}}, o), QStringList()); // within the clock skew
        QCOMPARE(rowFindings(schema, {{"2023-06-01T12:06:00Z"}}, o), QStringList{"2:1:future-timestamp"});
        QCOMPARE(rowFindings(schema, {{"2023-06-01T14:04:00+02:00"}}, o), QStringList());
        // Local times of a table that declares its zone: 14:04 in Athens (UTC+3 in June) is 11:04 UTC.
        const char *athens = R"({"fields":[{"name":"time","type":"datetime"}],"timeZone":"Europe/Athens"})";
        QCOMPARE(rowFindings(athens, {{"2023-06-01T14:04:00"}}, o), QStringList());
        QCOMPARE(rowFindings(athens, {{"2023-06-01T15:30:00"}}, o), QStringList{"2:1:future-timestamp"});
        CityChecker::Options skip = o;
        skip.skip = QStringList{QStringLiteral("future-timestamp")};
        QCOMPARE(rowFindings(schema, {{"2030-01-01T00:00:00Z"}}, skip), QStringList());
    }

    void deviatedValue_data()
    {
        QTest::addColumn<QString>("average");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QStringList>("expected");
        QStringList calm;
        for (int i = 0; i < 20; ++i)
            calm << QString::number(10 + i % 3);
        QTest::newRow("mean, calm") << "mean" << calm << QStringList();
        QTest::newRow("mean, outlier")
            << "mean" << (QStringList(calm) << "1000") << QStringList{"22:2:deviated-value"};
        QTest::newRow("median, outlier")
            << "median" << (QStringList(calm) << "1000") << QStringList{"22:2:deviated-value"};
        QTest::newRow("mode, outlier") << "mode"
                                       << (QStringList(calm) << ""
                                                             << "1000")
                                       << QStringList{"23:2:deviated-value"};
        QTest::newRow("one value") << "mean" << QStringList{"5"} << QStringList();
    }
    void deviatedValue()
    {
        QFETCH(QString, average);
        QFETCH(QStringList, cells);
        QFETCH(QStringList, expected);
        CityChecker::Options o;
        o.checks = QStringList{QStringLiteral("deviated-value")};
        o.checkOptions =
            QJsonObject{{QStringLiteral("deviated-value"),
                         QJsonObject{{"fieldName", "pm10"}, {"average", average}, {"interval", 3}}}};
        const TableSchema s = schemaOf(
            R"({"fields":[{"name":"id","type":"integer"},{"name":"pm10","type":"number","unit":"ug/m3"}]})");
        CityChecker c(s, o);
        QCOMPARE(summary(c.checkSchema()), QStringList());
        QList<QStringList> rows;
        for (int i = 0; i < cells.size(); ++i)
            rows << QStringList{QString::number(i), cells.at(i)};
        const QList<ValidationError> out = run(c, s, rows);
        QCOMPARE(summary(out), expected);
        if (!out.isEmpty()) {
            QCOMPARE(out.first().fieldName, QStringLiteral("pm10"));
            QVERIFY(out.first().note.startsWith(QStringLiteral("value \"1000\" in row at position")));
        }
    }

    void checkErrors()
    {
        CityChecker::Options o;
        o.checks = QStringList{QStringLiteral("deviated-value"), QStringLiteral("sequential-value"),
                               QStringLiteral("forbidden-value")};
        o.checkOptions =
            QJsonObject{{"deviated-value", QJsonObject{{"fieldName", "name"}}},
                        {"sequential-value", QJsonObject{{"fieldName", "nope"}}},
                        {"forbidden-value", QJsonObject{{"fieldName", "name"}, {"values", QJsonArray{"x"}}}}};
        CityChecker c(schemaOf(R"({"fields":[{"name":"name","type":"string"}]})"), o);
        const QList<ValidationError> out = c.checkSchema();
        QCOMPARE(summary(out), (QStringList{"-:-:check-error", "-:-:check-error"}));
        QCOMPARE(out.at(0).note,
                 QStringLiteral("deviated value check requires field \"name\" to be numeric"));
        QCOMPARE(out.at(1).note, QStringLiteral("sequential value check requires field \"nope\" to exist"));
        // The broken checks do not run.
        QCOMPARE(summary(c.checkRow(2, {QStringLiteral("y")}, {})), QStringList());
        QCOMPARE(summary(c.checkRow(3, {QStringLiteral("x")}, {})), QStringList{"3:1:forbidden-value"});
    }

    void sequentialValue()
    {
        CityChecker::Options o;
        o.checks = QStringList{QStringLiteral("sequential-value")};
        o.checkOptions = QJsonObject{{"sequential-value", QJsonObject{{"fieldName", "id"}}}};
        const char *schema = R"({"fields":[{"name":"id","type":"integer"}]})";
        QCOMPARE(rowFindings(schema, {{"5"}, {"6"}, {"7"}}, o), QStringList());
        // The peer reports the first break only.
        QCOMPARE(rowFindings(schema, {{"1"}, {"2"}, {"4"}, {"5"}, {"7"}}, o),
                 QStringList{"4:1:sequential-value"});
        QCOMPARE(rowFindings(schema, {{"1"}, {""}, {"3"}}, o), QStringList{"3:1:sequential-value"});
    }

    void truncatedValue()
    {
        CityChecker::Options o;
        o.checks = QStringList{QStringLiteral("truncated-value")};
        const char *schema = R"({"fields":[{"name":"text","type":"string"},{"name":"n","type":"integer"}]})";
        const QString s254(254, u'a'), s255(255, u'a'), s8000(8000, u'b');
        QCOMPARE(rowFindings(schema, {{s254, "32766"}, {"short", "2147483646"}}, o), QStringList());
        QCOMPARE(rowFindings(
                     schema,
                     {{s255, "1"}, {"a", "32767"}, {s8000, "2147483647"}, {"b", "9223372036854775807"}}, o),
                 (QStringList{"2:1:truncated-value", "3:2:truncated-value", "4:1:truncated-value",
                              "4:2:truncated-value", "5:2:truncated-value"}));
    }

    void forbiddenValue()
    {
        CityChecker::Options o;
        o.checks = QStringList{QStringLiteral("forbidden-value")};
        o.checkOptions = QJsonObject{
            {"forbidden-value", QJsonObject{{"fieldName", "v"}, {"values", QJsonArray{-999, "-1"}}}}};
        const char *schema = R"({"fields":[{"name":"name","type":"string"},{"name":"v","type":"integer"}]})";
        QCOMPARE(rowFindings(schema, {{"a", "1"}, {"b", ""}}, o), QStringList());
        const TableSchema s = schemaOf(schema);
        CityChecker c(s, o);
        const QList<ValidationError> out = run(c, s, {{"a", "1"}, {"b", "-999"}, {"c", "-1"}});
        QCOMPARE(summary(out), (QStringList{"3:2:forbidden-value", "4:2:forbidden-value"}));
        QCOMPARE(out.first().cell, QStringLiteral("-999"));
        QCOMPARE(out.first().fieldName, QStringLiteral("v"));
    }

    void optionalChecksOffByDefault()
    {
        const char *schema = R"({"fields":[{"name":"text","type":"string"},{"name":"n","type":"integer"}]})";
        QCOMPARE(rowFindings(schema, {{QString(255, u'a'), "32767"}, {"b", "1"}}), QStringList());
    }

    void rowFindingsInFieldOrder()
    {
        const TableSchema s = schemaOf(stationSchema);
        CityChecker::Options o = at("2023-01-01T00:00:00Z");
        o.sourceHasGeometry = true;
        CityChecker c(s, o);
        const QList<ValidationError> out =
            c.checkRow(2, cast(s, {"A", "2030-01-01T00:00:00Z", "95", "23.7", "1"}), wkbPolygon(bowtie));
        QCOMPARE(summary(out), (QStringList{"2:-:invalid-geometry", "2:2:future-timestamp",
                                            "2:3:coordinate-out-of-range"}));
    }
};

QTEST_GUILESS_MAIN(TestCityChecker)
#include "test_citychecker.moc"
