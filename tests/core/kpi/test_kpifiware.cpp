#include "kpi/kpifiware.h"

#include <QJsonDocument>
#include <QTest>

using namespace urbis;

namespace {

KpiSource source(const QString &alias, const QString &domain, QStringList fields, const QString &timeField = {})
{
    KpiSource s;
    s.alias = alias;
    s.domain = domain;
    s.requiredFields = std::move(fields);
    s.timeField = timeField;
    return s;
}

KpiDefinition minimal()
{
    KpiDefinition k;
    k.id = QStringLiteral("count");
    k.formula = QStringLiteral("count()");
    KpiSource s;
    s.datasets = {QStringLiteral("Sofia city-centre traffic counts, January 2023")};
    k.sources = {s};
    return k;
}

KpiDefinition full()
{
    KpiDefinition k;
    k.id = QStringLiteral("co2.per_capita-2");
    k.name = QStringLiteral("GHG total emission per capita");
    k.description = QStringLiteral("CO₂ per resident, \"monthly\"");
    k.domain = QStringLiteral("climate");
    k.category = QStringLiteral("SC5");
    k.unit = QStringLiteral("t");
    k.formula = QStringLiteral("sum(emissions) / sum(pop.population) where district != 'Lasauvage'");
    k.sources = {source({}, QStringLiteral("climate"), {QStringLiteral("emissions")}),
                 source(QStringLiteral("pop"), QStringLiteral("other"), {QStringLiteral("population")}, QStringLiteral("year"))};
    k.sources[0].city = QStringLiteral("Differdange");
    k.grain = TimeGrain::Year;
    k.dimensions = {QStringLiteral("cityName"), QStringLiteral("district")};
    k.target = 0.1 + 0.2; // not exactly representable: the number must survive the text
    k.targetDate = QDate(2030, 12, 31);
    k.baseline = 7.25;
    k.baselineYear = 2019;
    k.direction = KpiDefinition::Direction::LowerIsBetter;
    k.thresholds = {0.4, 0.6};
    k.frequency = QStringLiteral("monthly");
    k.divisionByZero = KpiDefinition::DivisionByZero::Error;
    return k;
}

QJsonObject throughText(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QJsonObject withAttribute(QJsonObject e, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        e.remove(name);
    else
        e[name] = value;
    return e;
}

} // namespace

class TestKpiFiware : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<KpiDefinition>("kpi");
        QTest::addColumn<KpiFiware::Extras>("extras");
        QTest::newRow("minimal") << minimal() << KpiFiware::Extras();
        QTest::newRow("every field") << full() << KpiFiware::Extras();
        KpiDefinition higher = full();
        higher.direction = KpiDefinition::Direction::HigherIsBetter;
        higher.thresholds = {50};
        higher.target.reset();
        higher.baseline.reset();
        higher.category.clear();
        higher.grain = TimeGrain::Week;
        QTest::newRow("higher, one threshold, no category") << higher << KpiFiware::Extras();
        KpiDefinition baselineYearOnly = minimal();
        baselineYearOnly.baselineYear = 2020;
        QTest::newRow("baseline year without value") << baselineYearOnly << KpiFiware::Extras();
        KpiFiware::Extras extras;
        extras.organization = QStringLiteral("Comune di Torino");
        extras.effectiveSince = QDateTime(QDate(2023, 5, 1), QTime(8, 30, 0, 250), Qt::UTC);
        extras.kpiValue = 49.12;
        extras.status = QStringLiteral("warn");
        QTest::newRow("with extras") << full() << extras;
    }
    void roundTrip()
    {
        QFETCH(KpiDefinition, kpi);
        QFETCH(KpiFiware::Extras, extras);
        const QJsonObject entity = throughText(KpiFiware::toEntity(kpi, extras));
        KpiFiware::Extras backExtras;
        const Result<KpiDefinition> back = KpiFiware::fromEntity(entity, &backExtras);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(*back == kpi);
        QVERIFY(backExtras == extras);
    }

    void entityShape()
    {
        KpiFiware::Extras extras;
        extras.kpiValue = 0.55;
        extras.status = QStringLiteral("good");
        const KpiDefinition k = full();
        const QJsonObject e = KpiFiware::toEntity(k, extras);
        QCOMPARE(e.value(QStringLiteral("id")).toString(), QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:co2.per_capita-2"));
        QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("KeyPerformanceIndicator"));
        const QJsonArray context = e.value(QStringLiteral("@context")).toArray();
        QVERIFY(context.contains(QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld")));
        QCOMPARE(context.last().toString(), QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"));
        // Normalized form: every attribute is a Property object with a value.
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (it.key() == QLatin1String("id") || it.key() == QLatin1String("type") || it.key() == QLatin1String("@context"))
                continue;
            const QJsonObject p = it.value().toObject();
            QVERIFY2(p.value(QStringLiteral("type")).toString() == QLatin1String("Property") && p.contains(QStringLiteral("value")),
                     qPrintable(it.key()));
            QVERIFY2(!p.value(QStringLiteral("value")).isNull(), qPrintable(it.key()));
        }
        const auto value = [&](const char *name) { return KpiFiware::propertyValue(e.value(QLatin1String(name))); };
        QCOMPARE(value("name").toString(), k.name);
        QCOMPARE(value("calculationFormula").toString(), k.formula);
        QCOMPARE(value("calculationMethod").toString(), QStringLiteral("automatic"));
        QCOMPARE(value("calculationFrequency").toString(), QStringLiteral("monthly"));
        QCOMPARE(value("category").toArray(), (QJsonArray{QStringLiteral("quantitative"), QStringLiteral("SC5")}));
        QCOMPARE(value("process").toString(), QStringLiteral("climate"));
        QCOMPARE(value("kpiValue").toDouble(), 0.55);
        QCOMPARE(e.value(QStringLiteral("kpiValue")).toObject().value(QStringLiteral("unitCode")).toString(), QStringLiteral("TNE"));
        QCOMPARE(value("currentStanding").toString(), QStringLiteral("good"));
        QCOMPARE(value("urbis:unit").toString(), QStringLiteral("t"));
        QCOMPARE(value("urbis:sources").toArray().size(), 2);
        QVERIFY(!e.contains(QStringLiteral("organization"))); // optional attributes only when known
        QVERIFY(!e.contains(QStringLiteral("effectiveSince")));
    }

    void keyValuesForm()
    {
        const QJsonObject e{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:kpi-2016-containers")},
                            {QStringLiteral("type"), QStringLiteral("KeyPerformanceIndicator")},
                            {QStringLiteral("name"), QStringLiteral("Incidences")},
                            {QStringLiteral("category"), QJsonArray{QStringLiteral("quantitative")}},
                            {QStringLiteral("calculationFrequency"), QStringLiteral("monthly")},
                            {QStringLiteral("currentStanding"), QStringLiteral("veryBad")},
                            {QStringLiteral("kpiValue"), 20},
                            {QStringLiteral("process"), QStringLiteral("waste")}};
        KpiFiware::Extras extras;
        const Result<KpiDefinition> k = KpiFiware::fromEntity(e, &extras);
        QVERIFY2(k.ok(), qPrintable(k.error().message));
        QCOMPARE(k->id, QStringLiteral("kpi-2016-containers"));
        QCOMPARE(k->name, QStringLiteral("Incidences"));
        QCOMPARE(k->domain, QStringLiteral("waste"));
        QCOMPARE(k->frequency, QStringLiteral("monthly"));
        QVERIFY(k->category.isEmpty()); // "quantitative" is the model's word, not a framework code
        QCOMPARE(extras.kpiValue, std::optional<double>(20));
        QCOMPARE(extras.status, QStringLiteral("bad"));
    }

    void malformed_data()
    {
        QTest::addColumn<QJsonObject>("entity");
        QTest::addColumn<QString>("mentions");
        const QJsonObject e = KpiFiware::toEntity(full());
        const auto prop = [](const QJsonValue &v) { return QJsonValue(KpiFiware::property(v)); };
        QTest::newRow("wrong type") << withAttribute(e, QStringLiteral("type"), QStringLiteral("Device")) << "Device";
        QTest::newRow("no id") << withAttribute(e, QStringLiteral("id"), QJsonValue::Undefined) << "urn:ngsi-ld:KeyPerformanceIndicator:";
        QTest::newRow("id not a KPI urn") << withAttribute(e, QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:Device:x")) << "urn:ngsi-ld:Device:x";
        QTest::newRow("id without KPI id") << withAttribute(e, QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:")) << "must start";
        QTest::newRow("name not text") << withAttribute(e, QStringLiteral("name"), prop(42)) << "\"name\"";
        QTest::newRow("category not a list") << withAttribute(e, QStringLiteral("category"), prop(QStringLiteral("SC5"))) << "\"category\"";
        QTest::newRow("thresholds not numbers") << withAttribute(e, QStringLiteral("urbis:thresholds"), prop(QJsonArray{QStringLiteral("low")})) << "urbis:thresholds";
        QTest::newRow("bad grain") << withAttribute(e, QStringLiteral("urbis:grain"), prop(QStringLiteral("quarter"))) << "urbis:grain";
        QTest::newRow("bad direction") << withAttribute(e, QStringLiteral("urbis:direction"), prop(QStringLiteral("up"))) << "urbis:direction";
        QTest::newRow("target not a number") << withAttribute(e, QStringLiteral("urbis:target"), prop(QStringLiteral("20"))) << "urbis:target";
        QTest::newRow("bad target date") << withAttribute(e, QStringLiteral("urbis:targetDate"), prop(QStringLiteral("2030-13-01"))) << "urbis:targetDate";
        QTest::newRow("sources not objects") << withAttribute(e, QStringLiteral("urbis:sources"), prop(QJsonArray{1})) << "urbis:sources";
        QTest::newRow("bad division policy") << withAttribute(e, QStringLiteral("urbis:divisionByZero"), prop(QStringLiteral("zero"))) << "urbis:divisionByZero";
        QTest::newRow("bad effectiveSince") << withAttribute(e, QStringLiteral("effectiveSince"), prop(QStringLiteral("yesterday"))) << "effectiveSince";
    }
    void malformed()
    {
        QFETCH(QJsonObject, entity);
        QFETCH(QString, mentions);
        const Result<KpiDefinition> k = KpiFiware::fromEntity(entity);
        QVERIFY(!k.ok());
        QCOMPARE(k.error().code, Error::Code::InvalidData);
        QVERIFY2(k.error().message.contains(mentions), qPrintable(k.error().message));
    }

    void unitCodes_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("code");
        QTest::newRow("ug/m3") << "ug/m3" << "GQ";
        QTest::newRow("µg/m3") << QStringLiteral("µg/m3") << "GQ";
        QTest::newRow("kWh") << "kWh" << "KWH";
        QTest::newRow("tonne") << "t" << "TNE";
        QTest::newRow("percent") << "%" << "P1";
        QTest::newRow("one") << "1" << "C62";
        QTest::newRow("unknown") << "vehicles" << "";
        QTest::newRow("empty") << "" << "";
    }
    void unitCodes()
    {
        QFETCH(QString, unit);
        QFETCH(QString, code);
        QCOMPARE(KpiFiware::unitCode(unit), code);
    }

    void standings_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("standing");
        QTest::newRow("good") << "good" << "good";
        QTest::newRow("warn") << "warn" << "fair";
        QTest::newRow("bad") << "bad" << "bad";
        QTest::newRow("none") << "" << "";
        QTest::newRow("unknown") << "meh" << "";
    }
    void standings()
    {
        QFETCH(QString, status);
        QFETCH(QString, standing);
        QCOMPARE(KpiFiware::standing(status), standing);
    }
};

QTEST_GUILESS_MAIN(TestKpiFiware)
#include "test_kpifiware.moc"
