// FieldMapping: the Annex B mapping, inference from a first record, map() with its time formats
// and failures, and the JSON round trip.
#include "ingest/tableschema.h"
#include "stream/fieldmapping.h"
#include "workspace/demoairquality.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace urbis;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray annexBRecords()
{
    QFile f(QStringLiteral(URBIS_TESTS_DIR "/data/ingest/annexb_airquality.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

double value(const FieldMapping &m, const StreamSample &s, const char *key)
{
    const int i = m.measureIndex(QString::fromLatin1(key));
    return i < 0 ? -1 : s.values.at(size_t(i));
}

} // namespace

class TestFieldMapping : public QObject
{
    Q_OBJECT

private slots:
    void annexBMapsTheAnnexRecords()
    {
        const QJsonArray records = annexBRecords();
        QCOMPARE(records.size(), 2);
        const FieldMapping m = FieldMapping::annexB();
        const Result<StreamSample> athens = m.map(records.at(0).toObject(), 42);
        QVERIFY2(athens.ok(), qPrintable(athens.error().message));
        QCOMPARE(athens->timeMs, 1684318800000LL);
        QCOMPARE(athens->receivedMs, 42);
        QCOMPARE(athens->entity, QStringLiteral("Athens")); // no "station": the city names it
        QCOMPARE(athens->lat, 37.9715);
        QCOMPARE(athens->lon, 23.7257);
        QCOMPARE(value(m, *athens, "pm10"), 12.5);
        QCOMPARE(value(m, *athens, "sulphurDioxide"), 2.1);
        QCOMPARE(value(m, *athens, "visibility"), 10000.0);
        QCOMPARE(athens->attributes.at(m.attributes.indexOf(QStringLiteral("zipcode"))),
                 QStringLiteral("10558"));
        QCOMPARE(athens->attributes.at(m.attributes.indexOf(QStringLiteral("dominantpol"))),
                 QStringLiteral("pm25"));
        QVERIFY(athens->attributes.at(m.attributes.indexOf(QStringLiteral("dominentpol"))).isNull());

        const Result<StreamSample> thessaloniki = m.map(records.at(1).toObject(), 42);
        QVERIFY(thessaloniki.ok());
        QVERIFY(std::isnan(value(m, *thessaloniki, "windgust"))); // null in the record
        QCOMPARE(value(m, *thessaloniki, "humidity"), 70.0);
    }

    void annexBPrefersTheStation()
    {
        const FieldMapping m = FieldMapping::annexB();
        const Result<StreamSample> s = m.map(
            object(
                R"({"station": "ATH-02", "cityName": "Athens", "pm10": 3, "timeRecorded": "2023-01-01T05:00:00Z"})"),
            0);
        QVERIFY(s.ok());
        QCOMPARE(s->entity, QStringLiteral("ATH-02"));
        QCOMPARE(s->timeMs, QDateTime(QDate(2023, 1, 1), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void annexBUnitsAgreeWithTheDemoSchema()
    {
        const FieldMapping m = FieldMapping::annexB();
        int compared = 0;
        for (const TableField &f : DemoAirQuality::schema().fields) {
            const int i = m.measureIndex(f.name);
            if (i < 0)
                continue;
            QCOMPARE(m.measures.at(i).unit, f.unit);
            ++compared;
        }
        QCOMPARE(compared, 8); // humidity co no2 pressure pm10 pm25 temperature windspeed
    }

    void infersFromAnAnnexRecord()
    {
        const FieldMapping m = FieldMapping::infer(annexBRecords().at(1).toObject());
        QCOMPARE(m.timeKey, QStringLiteral("timeRecorded"));
        QCOMPARE(m.entityKey, QStringLiteral("cityName"));
        QCOMPARE(m.latKey, QStringLiteral("lat"));
        QCOMPARE(m.lonKey, QStringLiteral("lon"));
        QVERIFY(m.measureIndex(QStringLiteral("pm10")) >= 0);
        QCOMPARE(m.measures.at(m.measureIndex(QStringLiteral("pm10"))).unit, QStringLiteral("ug/m3"));
        QCOMPARE(m.measures.at(m.measureIndex(QStringLiteral("co"))).unit, QStringLiteral("mg/m3"));
        QCOMPARE(m.measureIndex(QStringLiteral("zipcode")), -1); // a code, not a measure
        QVERIFY(m.attributes.contains(QStringLiteral("zipcode")));
        QVERIFY(m.attributes.contains(QStringLiteral("sunrise")));
        QCOMPARE(m.measureIndex(QStringLiteral("windgust")), -1); // null in the first record: unknown
        QVERIFY(m.map(annexBRecords().at(0).toObject(), 0).ok());
    }

    void infersFromOtherShapes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("measures");
        QTest::newRow("flattened NGSI-LD")
            << R"({"entity": "urn:ngsi-ld:X:1", "type": "AirQualityObserved", "no2": 4, "lat": 1, "lon": 2,
                   "observedAt": "2023-05-17T03:16:00Z"})"
            << "observedAt"
            << "entity" << QStringList{"no2"};
        QTest::newRow("unnamed ISO time")
            << R"({"when": "2023-05-17T03:16:00Z", "sensorId": "s1", "level_cm": 12})"
            << "when"
            << "sensorId" << QStringList{"level_cm"};
        QTest::newRow("no time, no id") << R"({"temperature": 21.5, "humidity": 40})"
                                        << ""
                                        << "" << QStringList{"humidity", "temperature"};
        QTest::newRow("epoch ms time") << R"({"ts": 1684318800000, "id": 7, "speed": 3})"
                                       << "ts"
                                       << "id" << QStringList{"speed"};
    }

    void infersFromOtherShapes()
    {
        QFETCH(QString, json);
        QFETCH(QString, time);
        QFETCH(QString, entity);
        QFETCH(QStringList, measures);
        const FieldMapping m = FieldMapping::infer(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(m.timeKey, time);
        QCOMPARE(m.entityKey, entity);
        QStringList keys;
        for (const FieldMapping::Measure &measure : m.measures)
            keys << measure.key;
        QCOMPARE(keys, measures);
    }

    void infersNothingFromNothing()
    {
        QVERIFY(FieldMapping::infer({}).isEmpty());
        QVERIFY(FieldMapping::infer(object(R"({"a": null, "b": {"c": 1}, "d": [1]})")).isEmpty());
    }

    void readsTimes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("expected"); // -1: InvalidData
        const auto A = int(FieldMapping::TimeFormat::Auto);
        const auto S = int(FieldMapping::TimeFormat::EpochSeconds);
        const auto M = int(FieldMapping::TimeFormat::EpochMillis);
        const auto I = int(FieldMapping::TimeFormat::Iso);
        const qint64 t = 1684318800000LL; // 2023-05-17T10:20:00Z
        QTest::newRow("auto seconds") << "1684318800" << A << t;
        QTest::newRow("auto fractional seconds") << "1684318800.25" << A << t + 250;
        QTest::newRow("auto millis") << "1684318800000" << A << t;
        QTest::newRow("auto numeric text") << "\"1684318800\"" << A << t;
        QTest::newRow("auto ISO Z") << "\"2023-05-17T10:20:00Z\"" << A << t;
        QTest::newRow("auto ISO ms") << "\"2023-05-17T10:20:00.125Z\"" << A << t + 125;
        QTest::newRow("auto ISO offset") << "\"2023-05-17T12:20:00+02:00\"" << A << t;
        QTest::newRow("auto ISO compact offset") << "\"2023-05-17T05:20:00-0500\"" << A << t;
        QTest::newRow("auto ISO no zone = UTC") << "\"2023-05-17T10:20:00\"" << A << t;
        QTest::newRow("auto ISO space, minutes") << "\"2023-05-17 10:20\"" << A << t;
        QTest::newRow("seconds") << "1684318800" << S << t;
        QTest::newRow("millis") << "1684318800000" << M << t;
        QTest::newRow("millis, small") << "1500" << M << 1500LL;
        QTest::newRow("iso") << "\"2023-05-17T10:20:00Z\"" << I << t;
        QTest::newRow("iso refuses numbers") << "1684318800" << I << -1LL;
        QTest::newRow("not a time") << "\"yesterday\"" << A << -1LL;
        QTest::newRow("31 February") << "\"2023-02-31T00:00:00Z\"" << A << -1LL;
        QTest::newRow("boolean") << "true" << A << -1LL;
    }

    void readsTimes()
    {
        QFETCH(QString, json);
        QFETCH(int, format);
        QFETCH(qint64, expected);
        FieldMapping m;
        m.timeKey = QStringLiteral("t");
        m.timeFormat = FieldMapping::TimeFormat(format);
        m.measures = {{QStringLiteral("v"), {}}};
        const QJsonObject record =
            QJsonDocument::fromJson(QStringLiteral(R"({"t": %1, "v": 1})").arg(json).toUtf8()).object();
        QVERIFY(!record.isEmpty());
        const Result<StreamSample> s = m.map(record, 99);
        if (expected < 0) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, Error::Code::InvalidData);
            QVERIFY2(s.error().message.contains(u"\"t\""), qPrintable(s.error().message));
        } else {
            QVERIFY2(s.ok(), qPrintable(s.error().message));
            QCOMPARE(s->timeMs, expected);
        }
    }

    void missingTimeIsTheReceiveTime()
    {
        const Result<StreamSample> s =
            FieldMapping::annexB().map(object(R"({"cityName": "Rome", "pm10": 1})"), 1234);
        QVERIFY(s.ok());
        QCOMPARE(s->timeMs, 1234);
        QVERIFY(!s->hasPosition());
    }

    void readsValuesLeniently()
    {
        FieldMapping m;
        m.measures = {{QStringLiteral("a"), {}},
                      {QStringLiteral("b"), {}},
                      {QStringLiteral("c"), {}},
                      {QStringLiteral("d"), {}}};
        m.attributes = {QStringLiteral("flag"), QStringLiteral("n")};
        const Result<StreamSample> s =
            m.map(object(R"({"a": "12.5", "b": "n/a", "c": {"x": 1}, "flag": true, "n": 3.5})"), 0);
        QVERIFY(s.ok());
        QCOMPARE(s->values.at(0), 12.5);
        QVERIFY(std::isnan(s->values.at(1)));
        QVERIFY(std::isnan(s->values.at(2)));
        QVERIFY(std::isnan(s->values.at(3)));
        QCOMPARE(s->attributes, (QStringList{QStringLiteral("true"), QStringLiteral("3.5")}));
    }

    void refusesRecordsWithNothingMapped()
    {
        const Result<StreamSample> s =
            FieldMapping::annexB().map(object(R"({"speed": 3, "station": "x"})"), 0);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidData);
    }

    void roundTripsThroughJson()
    {
        FieldMapping inferred = FieldMapping::infer(annexBRecords().at(1).toObject());
        inferred.timeFormat = FieldMapping::TimeFormat::EpochSeconds;
        for (const FieldMapping &m : {FieldMapping::annexB(), inferred, FieldMapping()}) {
            const Result<FieldMapping> back = FieldMapping::fromJson(m.toJson());
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QVERIFY(*back == m);
        }
    }

    void readsShortJson()
    {
        const Result<FieldMapping> m =
            FieldMapping::fromJson(object(R"({"measures": ["pm10", {"key": "no2", "unit": "ug/m3"}]})"));
        QVERIFY(m.ok());
        QCOMPARE(m->measures.size(), 2);
        QCOMPARE(m->measures.at(0).key, QStringLiteral("pm10"));
        QCOMPARE(m->measures.at(1).unit, QStringLiteral("ug/m3"));
        QCOMPARE(m->timeFormat, FieldMapping::TimeFormat::Auto);
    }

    void refusesBadJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("time key number") << R"({"timeKey": 3})"
                                         << "timeKey";
        QTest::newRow("unknown format") << R"({"timeFormat": "julian"})"
                                        << "timeFormat";
        QTest::newRow("measures object") << R"({"measures": {"pm10": 1}})"
                                         << "measures";
        QTest::newRow("measure without key") << R"({"measures": [{"unit": "m"}]})"
                                             << "measures";
        QTest::newRow("attribute number") << R"({"attributes": [1]})"
                                          << "attributes";
    }

    void refusesBadJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        const Result<FieldMapping> m =
            FieldMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, Error::Code::InvalidData);
        QVERIFY2(m.error().message.contains(key), qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFieldMapping)
#include "test_fieldmapping.moc"
