// MessageParser: flat records, lists, NGSI-LD notifications and entities (normalized and
// keyValues), and the refusals: malformed JSON with its offset, wrong shapes, invalid UTF-8,
// messages over the size limit (not parsed at all).
#include "stream/messageparser.h"

#include <QJsonArray>
#include <QTest>

using namespace urbis;

namespace {

QList<QJsonObject> parsed(const QByteArray &message)
{
    const Result<QList<QJsonObject>> r = MessageParser::parse(message, 1 << 20);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().message));
    return r.valueOr({});
}

const QByteArray kNotification =
    R"({)"
    R"("id": "urn:ngsi-ld:Notification:1", "type": "Notification", "subscriptionId": "urn:ngsi-ld:Subscription:s",)"
    R"("notifiedAt": "2023-05-17T10:20:01Z",)"
    R"("data": [)"
    R"({"id": "urn:ngsi-ld:AirQualityObserved:A", "type": "AirQualityObserved",)"
    R"("@context": "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld",)"
    R"("pm10": {"type": "Property", "value": 12.5, "unitCode": "GQ", "observedAt": "2023-05-17T10:20:00Z"},)"
    R"("no2": {"type": "Property", "value": 30},)"
    R"("dateObserved": {"type": "Property", "value": {"@type": "DateTime", "@value": "2023-05-17T10:19:00Z"}},)"
    R"("location": {"type": "GeoProperty", "value": {"type": "Point", "coordinates": [23.7257, 37.9715]}},)"
    R"("observationSpace": {"type": "GeoProperty", "value": {"type": "Point", "coordinates": [1, 2]}},)"
    R"("refDevice": {"type": "Relationship", "object": "urn:ngsi-ld:Device:d1"},)"
    R"("multi": [{"type": "Property", "value": 1, "datasetId": "urn:a"}],)"
    R"("address": {"type": "Property", "value": {"streetAddress": "Main 1"}}},)"
    R"({"id": "urn:ngsi-ld:AirQualityObserved:B", "type": "AirQualityObserved",)"
    R"("pm10": {"type": "Property", "value": 7, "observedAt": "2023-05-17T10:20:00Z"}})"
    R"(]})";

} // namespace

class TestMessageParser : public QObject
{
    Q_OBJECT

private slots:
    void flatObjectIsItself()
    {
        const QList<QJsonObject> r = parsed(R"({"station": "S1", "pm10": 12.5, "nested": {"a": 1}})");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().value(QLatin1String("station")).toString(), QStringLiteral("S1"));
        QVERIFY(r.first().contains(QLatin1String("nested"))); // flat records are not rewritten
    }

    void objectWithIdAndTypeIsNoEntityByItself()
    {
        const QList<QJsonObject> r = parsed(R"({"id": 7, "type": "bus", "speed": 30})");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().value(QLatin1String("id")).toInt(), 7);
        QVERIFY(!r.first().contains(QLatin1String("entity")));
    }

    void listOfObjectsIsEach()
    {
        const QList<QJsonObject> r = parsed(R"([{"seq": 1}, {"seq": 2}, {"seq": 3}])");
        QCOMPARE(r.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(r.at(i).value(QLatin1String("seq")).toInt(), i + 1);
        QVERIFY(parsed("[]").isEmpty());
    }

    void notificationIsFlattened()
    {
        const QList<QJsonObject> r = parsed(kNotification);
        QCOMPARE(r.size(), 2);
        const QJsonObject a = r.at(0);
        QCOMPARE(a.value(QLatin1String("entity")).toString(),
                 QStringLiteral("urn:ngsi-ld:AirQualityObserved:A"));
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("AirQualityObserved"));
        QCOMPARE(a.value(QLatin1String("pm10")).toDouble(), 12.5);
        QCOMPARE(a.value(QLatin1String("no2")).toDouble(), 30.0);
        QCOMPARE(a.value(QLatin1String("observedAt")).toString(), QStringLiteral("2023-05-17T10:20:00Z"));
        QCOMPARE(a.value(QLatin1String("dateObserved")).toString(), QStringLiteral("2023-05-17T10:19:00Z"));
        QCOMPARE(a.value(QLatin1String("lat")).toDouble(), 37.9715); // "location" wins
        QCOMPARE(a.value(QLatin1String("lon")).toDouble(), 23.7257);
        QCOMPARE(a.value(QLatin1String("refDevice")).toString(), QStringLiteral("urn:ngsi-ld:Device:d1"));
        for (const char *dropped : {"@context", "id", "multi", "address", "location", "observationSpace"})
            QVERIFY2(!a.contains(QLatin1String(dropped)), dropped);
        QCOMPARE(r.at(1).value(QLatin1String("entity")).toString(),
                 QStringLiteral("urn:ngsi-ld:AirQualityObserved:B"));
        QCOMPARE(r.at(1).value(QLatin1String("pm10")).toDouble(), 7.0);
        QVERIFY(!r.at(1).contains(QLatin1String("lat")));
    }

    void bareEntitiesAreFlattened()
    {
        const QList<QJsonObject> one =
            parsed(R"({"id": "e1", "type": "T", "temperature": {"type": "Property", "value": 21}})");
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().value(QLatin1String("entity")).toString(), QStringLiteral("e1"));
        QCOMPARE(one.first().value(QLatin1String("temperature")).toDouble(), 21.0);

        const QList<QJsonObject> list =
            parsed(R"([{"id": "urn:a", "type": "T", "v": {"type": "Property", "value": 1}},)"
                   R"({"id": "urn:b", "type": "T", "v": {"type": "Property", "value": 2}}])");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).value(QLatin1String("entity")).toString(), QStringLiteral("urn:b"));
        QCOMPARE(list.at(1).value(QLatin1String("v")).toDouble(), 2.0);
    }

    void keyValuesEntityIsFlattened()
    {
        const QList<QJsonObject> r =
            parsed(R"({"id": "urn:ngsi-ld:WeatherObserved:W1", "type": "WeatherObserved",)"
                   R"("temperature": 18.5, "dateObserved": "2023-05-17T10:20:00Z",)"
                   R"("location": {"type": "Point", "coordinates": [12.5, 41.9]}})");
        QCOMPARE(r.size(), 1);
        const QJsonObject o = r.first();
        QCOMPARE(o.value(QLatin1String("entity")).toString(),
                 QStringLiteral("urn:ngsi-ld:WeatherObserved:W1"));
        QCOMPARE(o.value(QLatin1String("temperature")).toDouble(), 18.5);
        QCOMPARE(o.value(QLatin1String("lat")).toDouble(), 41.9);
        QCOMPARE(o.value(QLatin1String("lon")).toDouble(), 12.5);
        QCOMPARE(o.value(QLatin1String("dateObserved")).toString(), QStringLiteral("2023-05-17T10:20:00Z"));
    }

    void recordObservedAtWins()
    {
        const QList<QJsonObject> r =
            parsed(R"({"id": "urn:x", "type": "T", "observedAt": "2020-01-01T00:00:00Z",)"
                   R"("v": {"type": "Property", "value": 1, "observedAt": "2023-01-01T00:00:00Z"}})");
        QCOMPARE(r.first().value(QLatin1String("observedAt")).toString(),
                 QStringLiteral("2020-01-01T00:00:00Z"));
    }

    void malformedJsonIsRefusedWithItsOffset_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("offset");
        QTest::newRow("cut short") << QByteArray(R"({"seq": 1, "pm10": )") << 19;
        QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << 9;
        QTest::newRow("garbage after") << QByteArray(R"({"a": 1} x)") << 9;
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 2;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("not JSON") << QByteArray("hello") << 1;
    }

    void malformedJsonIsRefusedWithItsOffset()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, offset);
        const Result<QList<QJsonObject>> r = MessageParser::parse(message, 1 << 20);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY2(r.error().message.contains(QStringLiteral("byte %1:").arg(offset)),
                 qPrintable(r.error().message));
    }

    void invalidUtf8IsRefused()
    {
        // Plain literals: moc loses its way in raw strings that split a JSON string.
        const QByteArray message = "{\"station\": \"S\xff\xfe\", \"pm10\": 1}";
        const Result<QList<QJsonObject>> r = MessageParser::parse(message, 1 << 20);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
    }

    void wrongShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("string") << QByteArray(R"("pm10")");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("list of numbers") << QByteArray("[1, 2]");
        QTest::newRow("list with a string") << QByteArray(R"([{"a": 1}, "b"])");
        QTest::newRow("notification without data") << QByteArray(R"({"type": "Notification", "data": 5})");
        QTest::newRow("notification of numbers") << QByteArray(R"({"type": "Notification", "data": [1]})");
    }

    void wrongShapesAreRefused()
    {
        QFETCH(QByteArray, message);
        const Result<QList<QJsonObject>> r = MessageParser::parse(message, 1 << 20);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY(!r.error().message.isEmpty());
    }

    void oversizedIsRefusedUnparsed()
    {
        const QByteArray record = R"({"pm10": 1})"; // 11 bytes
        QVERIFY(MessageParser::parse(record, record.size()).ok());
        const Result<QList<QJsonObject>> over = MessageParser::parse(record, record.size() - 1);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, Error::Code::Unsupported);
        QVERIFY2(over.error().message.contains(u"11"), qPrintable(over.error().message));
        // Malformed and too large: the size decides, nothing is parsed.
        QCOMPARE(MessageParser::parse(QByteArray(5000, '{'), 4096).error().code, Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "test_messageparser.moc"
