#include "kpi/kpifiware.h"
#include "kpi/kpingsild.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace urbis;

namespace {

KpiDefinition definition(QStringList dims = {}, TimeGrain grain = TimeGrain::Month)
{
    KpiDefinition k;
    k.id = QStringLiteral("pm10-monthly");
    k.name = QStringLiteral("PM10 concentration");
    k.category = QStringLiteral("SC5");
    k.domain = QStringLiteral("air");
    k.unit = QStringLiteral("ug/m3");
    k.formula = QStringLiteral("avg(pm10)");
    KpiSource s;
    s.domain = QStringLiteral("air");
    s.requiredFields = {QStringLiteral("pm10")};
    k.sources = {s};
    k.dimensions = std::move(dims);
    k.grain = grain;
    k.thresholds = {20, 40};
    return k;
}

KpiValue value(const QString &period, std::optional<double> v, QMap<QString, QString> dims = {}, const QString &status = {})
{
    KpiValue kv;
    kv.period = period;
    kv.value = v;
    kv.dims = std::move(dims);
    kv.status = status;
    return kv;
}

KpiResult result(const KpiDefinition &k, QList<KpiValue> values)
{
    KpiResult r;
    r.id = k.id;
    r.unit = k.unit;
    r.dimensions = k.dimensions;
    r.values = std::move(values);
    r.datasets = {QStringLiteral("01a23284-0727-7c8c-a9cc-daaf877dcf18"), QStringLiteral("01a23284-0844-7ecb-aaf2-036f87131911")};
    return r;
}

QMap<QString, QString> city(const QString &name)
{
    return {{QStringLiteral("cityName"), name}};
}

QJsonValue throughText(const QJsonArray &a)
{
    return QJsonDocument::fromJson(QJsonDocument(a).toJson(QJsonDocument::Compact)).array();
}

QJsonObject entity(const QJsonObject &kpiValueInstance)
{
    QJsonObject e = KpiFiware::toEntity(definition());
    e[QStringLiteral("kpiValue")] = QJsonArray{kpiValueInstance};
    return e;
}

QJsonObject instance(const QJsonValue &v, const QString &period)
{
    QJsonObject o = KpiFiware::property(v);
    o[QStringLiteral("urbis:period")] = KpiFiware::property(period);
    return o;
}

} // namespace

class TestKpiNgsiLd : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<KpiDefinition>("kpi");
        QTest::addColumn<KpiResult>("result");
        const KpiDefinition plain = definition();
        QTest::newRow("no dimensions") << plain
                                       << result(plain, {value("2023-01", 21.5, {}, "warn"), value("2023-02", std::nullopt),
                                                         value("2023-03", 0.1 + 0.2, {}, "good")});
        QTest::newRow("no values") << plain << result(plain, {});
        const KpiDefinition byCity = definition({QStringLiteral("cityName")});
        QTest::newRow("by city, with gaps")
            << byCity
            << result(byCity, {value("2023-01", 17.1, city("Athens"), "good"), value("2023-01", 26.3, city("Sofia"), "warn"),
                               value("2023-02", std::nullopt, city("Athens")), value("2023-02", 41, city("Sofia"), "bad")});
        const KpiDefinition twoDims = definition({QStringLiteral("cityName"), QStringLiteral("station")}, TimeGrain::Week);
        const auto at = [](const QString &c, const QString &s) {
            return QMap<QString, QString>{{QStringLiteral("cityName"), c}, {QStringLiteral("station"), s}};
        };
        QTest::newRow("two dimensions, odd characters, weeks")
            << twoDims
            << result(twoDims, {value("2022-W52", 1, at("Grenoble-Alpes", "GRE:01 / Nord")), value("2022-W52", 2, at("Ioánnina", "IOA-01")),
                                value("2023-W01", 3, at("Grenoble-Alpes", "GRE:01 / Nord")), value("2023-W01", -4.5, at("Ioánnina", "IOA-01"))});
        const KpiDefinition daily = definition({}, TimeGrain::Day);
        KpiResult otherUnit = result(daily, {value("2023-01-31", 50.5, {}, "bad"), value("2023-02-01", 12, {}, "good")});
        otherUnit.unit = QStringLiteral("mg/m3"); // the formula's unit when it differs from the declared one
        QTest::newRow("days, result unit differs") << daily << otherUnit;
        const KpiDefinition yearly = definition({QStringLiteral("district")}, TimeGrain::Year);
        QTest::newRow("years") << yearly << result(yearly, {value("2019", 1e6, {{QStringLiteral("district"), QStringLiteral("Kolonos")}})});
    }
    void roundTrip()
    {
        QFETCH(KpiDefinition, kpi);
        QFETCH(KpiResult, result);
        const QJsonArray exported = KpiNgsiLd::exportResult(result, kpi);
        KpiDefinition backDefinition;
        const Result<KpiResult> back = KpiNgsiLd::importResult(throughText(exported), &backDefinition);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->id, result.id);
        QCOMPARE(back->unit, result.unit);
        QCOMPARE(back->dimensions, result.dimensions);
        QCOMPARE(back->datasets, result.datasets);
        QCOMPARE(back->values.size(), result.values.size());
        for (qsizetype i = 0; i < result.values.size(); ++i)
            QVERIFY2(back->values.at(i) == result.values.at(i), qPrintable(QString::number(i)));
        QVERIFY(backDefinition == kpi);
    }

    void temporalShape()
    {
        const KpiDefinition k = definition({QStringLiteral("cityName")});
        const KpiResult r = result(k, {value("2023-01", 17.1, city("Athens"), "good"), value("2023-01", 26.3, city("Sofia"), "warn"),
                                       value("2023-02", std::nullopt, city("Athens")), value("2023-02", 41, city("Sofia"), "bad")});
        const QJsonArray entities = KpiNgsiLd::exportResult(r, k);
        QCOMPARE(entities.size(), 2); // one entity per dimension tuple
        QSet<QString> ids;
        for (const QJsonValue &v : entities) {
            const QJsonObject e = v.toObject();
            ids.insert(e.value(QStringLiteral("id")).toString());
            QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("KeyPerformanceIndicator"));
            QVERIFY(e.value(QStringLiteral("@context")).isArray());
            QCOMPARE(e.value(QStringLiteral("kpiValue")).toArray().size(), 2);
        }
        QCOMPARE(ids, (QSet<QString>{"urn:ngsi-ld:KeyPerformanceIndicator:pm10-monthly:Athens", "urn:ngsi-ld:KeyPerformanceIndicator:pm10-monthly:Sofia"}));
        const QJsonObject athens = entities.at(0).toObject();
        QCOMPARE(KpiFiware::propertyValue(athens.value(QStringLiteral("urbis:dimensionValues"))).toObject(),
                 (QJsonObject{{QStringLiteral("cityName"), QStringLiteral("Athens")}}));
        QCOMPARE(KpiFiware::propertyValue(athens.value(QStringLiteral("currentStanding"))).toString(), QStringLiteral("good"));
        const QJsonArray instances = athens.value(QStringLiteral("kpiValue")).toArray();
        const QJsonObject jan = instances.at(0).toObject();
        QCOMPARE(jan.value(QStringLiteral("type")).toString(), QStringLiteral("Property"));
        QCOMPARE(jan.value(QStringLiteral("value")).toDouble(), 17.1);
        QCOMPARE(jan.value(QStringLiteral("observedAt")).toString(), QStringLiteral("2023-01-01T00:00:00Z"));
        QCOMPARE(jan.value(QStringLiteral("unitCode")).toString(), QStringLiteral("GQ"));
        QCOMPARE(KpiFiware::propertyValue(jan.value(QStringLiteral("urbis:period"))).toString(), QStringLiteral("2023-01"));
        QCOMPARE(KpiFiware::propertyValue(jan.value(QStringLiteral("urbis:status"))).toString(), QStringLiteral("good"));
        const QJsonObject feb = instances.at(1).toObject();
        QCOMPARE(feb.value(QStringLiteral("value")).toString(), QStringLiteral("urn:ngsi-ld:null"));
        QCOMPARE(feb.value(QStringLiteral("observedAt")).toString(), QStringLiteral("2023-02-01T00:00:00Z"));
        QVERIFY(!feb.contains(QStringLiteral("urbis:status")));
    }

    void simplifiedTemporalImport()
    {
        // What a broker answers to /temporal/entities?options=temporalValues: no urbis:period, only instants.
        QJsonObject e = KpiFiware::toEntity(definition({}, TimeGrain::Month));
        e[QStringLiteral("kpiValue")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                                    {QStringLiteral("values"), QJsonArray{QJsonArray{12.5, QStringLiteral("2023-03-01T00:00:00Z")},
                                                                                          QJsonArray{11, QStringLiteral("2023-01-15T10:00:00.000Z")}}}};
        const Result<KpiResult> r = KpiNgsiLd::importResult(e);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->values.size(), 2);
        QCOMPARE(r->values.at(0), value("2023-01", 11));
        QCOMPARE(r->values.at(1), value("2023-03", 12.5));
    }

    void malformed_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a number") << QJsonValue(42) << "entity";
        QTest::newRow("no entities") << QJsonValue(QJsonArray()) << "no entities";
        QTest::newRow("entity not an object") << QJsonValue(QJsonArray{QStringLiteral("x")}) << "Entity 1";
        QJsonObject device = entity(instance(1, QStringLiteral("2023-01")));
        device[QStringLiteral("type")] = QStringLiteral("Device");
        QTest::newRow("not a KPI entity") << QJsonValue(device) << "Device";
        QTest::newRow("text value") << QJsonValue(entity(instance(QStringLiteral("high"), QStringLiteral("2023-01")))) << "instance 1";
        QTest::newRow("bad period") << QJsonValue(entity(instance(1, QStringLiteral("2023-13")))) << "2023-13";
        QTest::newRow("bad week") << QJsonValue(entity(instance(1, QStringLiteral("2023-W53")))) << "2023-W53";
        QTest::newRow("no period, no observedAt") << QJsonValue(entity(KpiFiware::property(1))) << "observedAt";
        QJsonObject badStatus = instance(1, QStringLiteral("2023-01"));
        badStatus[QStringLiteral("urbis:status")] = KpiFiware::property(QStringLiteral("excellent"));
        QTest::newRow("bad status") << QJsonValue(entity(badStatus)) << "urbis:status";
        QJsonObject notList = KpiFiware::toEntity(definition());
        notList[QStringLiteral("kpiValue")] = QStringLiteral("42");
        QTest::newRow("kpiValue not instances") << QJsonValue(notList) << "kpiValue";
        QJsonObject instanceNotObject = KpiFiware::toEntity(definition());
        instanceNotObject[QStringLiteral("kpiValue")] = QJsonArray{42};
        QTest::newRow("instance not an object") << QJsonValue(instanceNotObject) << "instance 1";
        QJsonObject dims = entity(instance(1, QStringLiteral("2023-01")));
        dims[QStringLiteral("urbis:dimensionValues")] = KpiFiware::property(QJsonArray{QStringLiteral("Athens")});
        QTest::newRow("dimension values not an object") << QJsonValue(dims) << "urbis:dimensionValues";
        QJsonObject other = entity(instance(1, QStringLiteral("2023-01")));
        other[QStringLiteral("id")] = QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:no2");
        QTest::newRow("two KPIs") << QJsonValue(QJsonArray{entity(instance(1, QStringLiteral("2023-01"))), other}) << "\"no2\"";
    }
    void malformed()
    {
        QFETCH(QJsonValue, json);
        QFETCH(QString, mentions);
        const Result<KpiResult> r = KpiNgsiLd::importResult(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void periodStart_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("start");
        QTest::newRow("year") << "2023" << QDate(2023, 1, 1);
        QTest::newRow("month") << "2023-02" << QDate(2023, 2, 1);
        QTest::newRow("day") << "2024-02-29" << QDate(2024, 2, 29);
        QTest::newRow("week 1 starts in the old year") << "2020-W01" << QDate(2019, 12, 30);
        QTest::newRow("week 5") << "2023-W05" << QDate(2023, 1, 30);
        QTest::newRow("week 53") << "2020-W53" << QDate(2020, 12, 28);
        QTest::newRow("no week 53") << "2023-W53" << QDate();
        QTest::newRow("week 0") << "2023-W00" << QDate();
        QTest::newRow("month 13") << "2023-13" << QDate();
        QTest::newRow("30 February") << "2023-02-30" << QDate();
        QTest::newRow("text") << "January" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }
    void periodStart()
    {
        QFETCH(QString, period);
        QFETCH(QDate, start);
        const QDateTime t = KpiNgsiLd::periodStart(period);
        QCOMPARE(t.isValid(), start.isValid());
        if (start.isValid()) {
            QCOMPARE(t, QDateTime(start, QTime(0, 0), Qt::UTC));
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
    }

    void periodOf_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("period");
        const QDateTime t(QDate(2021, 1, 2), QTime(23, 30), Qt::UTC);
        QTest::newRow("day") << t << int(TimeGrain::Day) << "2021-01-02";
        QTest::newRow("week belongs to the previous ISO year") << t << int(TimeGrain::Week) << "2020-W53";
        QTest::newRow("month") << t << int(TimeGrain::Month) << "2021-01";
        QTest::newRow("year") << t << int(TimeGrain::Year) << "2021";
        QTest::newRow("offset time is read in UTC") << QDateTime(QDate(2021, 1, 1), QTime(0, 30), QTimeZone(3600)) << int(TimeGrain::Year) << "2020";
    }
    void periodOf()
    {
        QFETCH(QDateTime, time);
        QFETCH(int, grain);
        QFETCH(QString, period);
        QCOMPARE(KpiNgsiLd::periodOf(time, TimeGrain(grain)), period);
    }
};

QTEST_GUILESS_MAIN(TestKpiNgsiLd)
#include "test_kpingsild.moc"
