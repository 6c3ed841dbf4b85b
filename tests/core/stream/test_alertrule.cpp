#include "stream/alertevent.h"
#include "stream/alertrule.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace urbis;

namespace {

AlertRule rule(AlertRule::Kind kind, double threshold = 50, double hysteresis = 0)
{
    AlertRule r;
    r.id = QStringLiteral("r1");
    r.name = QStringLiteral("PM10 limit");
    r.kind = kind;
    r.measure = kind == AlertRule::Kind::NoData ? QString() : QStringLiteral("pm10");
    r.threshold = threshold;
    r.hysteresis = hysteresis;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(urbis::AlertRule)

class TestAlertRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<bool>("valid");
        QTest::newRow("above") << rule(AlertRule::Kind::Above) << true;
        QTest::newRow("no-data without measure") << rule(AlertRule::Kind::NoData) << true;
        AlertRule r = rule(AlertRule::Kind::Above);
        r.name = QStringLiteral("  ");
        QTest::newRow("no name") << r << false;
        r = rule(AlertRule::Kind::Below);
        r.measure.clear();
        QTest::newRow("value rule without measure") << r << false;
        QTest::newRow("negative hysteresis") << rule(AlertRule::Kind::Above, 50, -1) << false;
        QTest::newRow("negative rate") << rule(AlertRule::Kind::RateOfChange, -5) << false;
        QTest::newRow("NaN threshold")
            << rule(AlertRule::Kind::Above, std::numeric_limits<double>::quiet_NaN()) << false;
        r = rule(AlertRule::Kind::NoData);
        r.noDataSecs = 0;
        QTest::newRow("no-data of 0 s") << r << false;
        r = rule(AlertRule::Kind::Above);
        r.noDataSecs = 0; // irrelevant to a threshold
        QTest::newRow("threshold ignores noDataSecs") << r << true;
    }
    void check()
    {
        QFETCH(AlertRule, rule);
        QFETCH(bool, valid);
        const Result<void> r = rule.check();
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, Error::Code::InvalidArgument);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void describe()
    {
        QCOMPARE(rule(AlertRule::Kind::Above, 50, 5).describe(), QStringLiteral("pm10 > 50 (clears < 45)"));
        QCOMPARE(rule(AlertRule::Kind::Above, 50).describe(), QStringLiteral("pm10 > 50"));
        QCOMPARE(rule(AlertRule::Kind::Below, 2.5, 0.5).describe(),
                 QStringLiteral("pm10 < 2.5 (clears > 3)"));
        QCOMPARE(rule(AlertRule::Kind::RateOfChange, 10, 2).describe(),
                 QStringLiteral("pm10 changes by more than 10 a minute (clears below 8)"));
        AlertRule noData = rule(AlertRule::Kind::NoData);
        noData.noDataSecs = 30;
        QCOMPARE(noData.describe(), QStringLiteral("no data for 30 s"));
        noData.entity = QStringLiteral("ST-1");
        QCOMPARE(noData.describe(), QStringLiteral("no data from ST-1 for 30 s"));
        AlertRule c = rule(AlertRule::Kind::OutsideConstraints);
        c.entity = QStringLiteral("ST-1");
        QCOMPARE(c.describe(), QStringLiteral("pm10 outside the dataset schema's constraints at ST-1"));
    }

    void names()
    {
        for (AlertRule::Kind k :
             {AlertRule::Kind::Above, AlertRule::Kind::Below, AlertRule::Kind::RateOfChange,
              AlertRule::Kind::NoData, AlertRule::Kind::OutsideConstraints})
            QCOMPARE(AlertRule::kindFromName(AlertRule::kindName(k)).value(), k);
        QCOMPARE(AlertRule::kindName(AlertRule::Kind::NoData), QStringLiteral("no-data"));
        QCOMPARE(AlertRule::severityFromName(QStringLiteral("critical")).value(),
                 AlertRule::Severity::Critical);
        QVERIFY(!AlertRule::kindFromName(QStringLiteral("sideways")));
        QCOMPARE(AlertRule::idFromName(QStringLiteral("PM10 above EU daily limit!")),
                 QStringLiteral("pm10-above-eu-daily-limit"));
        QCOMPARE(AlertRule::idFromName(QStringLiteral("Température élevée")),
                 QStringLiteral("temperature-elevee"));
        QCOMPARE(AlertRule::idFromName(QStringLiteral("Θερμοκρασία")), QStringLiteral("θερμοκρασια"));
        QCOMPARE(AlertRule::idFromName(QStringLiteral("!!")), QStringLiteral("rule"));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<AlertRule>("rule");
        AlertRule above = rule(AlertRule::Kind::Above, 50, 5);
        above.entity = QStringLiteral("ST-1");
        above.severity = AlertRule::Severity::Critical;
        above.enabled = false;
        QTest::newRow("above") << above;
        AlertRule noData = rule(AlertRule::Kind::NoData);
        noData.noDataSecs = 90;
        QTest::newRow("no-data") << noData;
        QTest::newRow("constraints") << rule(AlertRule::Kind::OutsideConstraints, 0, 2);
    }
    void jsonRoundTrip()
    {
        QFETCH(AlertRule, rule);
        const Result<AlertRule> back = AlertRule::fromJson(rule.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(*back, rule);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        const QJsonObject good = rule(AlertRule::Kind::Above).toJson();
        QJsonObject o = good;
        o.insert(QStringLiteral("kind"), QStringLiteral("sideways"));
        QTest::newRow("kind") << o << QStringLiteral("kind");
        o = good;
        o.insert(QStringLiteral("threshold"), QStringLiteral("fifty"));
        QTest::newRow("threshold") << o << QStringLiteral("threshold");
        o = good;
        o.insert(QStringLiteral("severity"), 3);
        QTest::newRow("severity") << o << QStringLiteral("severity");
        o = good;
        o.insert(QStringLiteral("noDataSecs"), 1.5);
        QTest::newRow("noDataSecs") << o << QStringLiteral("noDataSecs");
    }
    void jsonErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        const Result<AlertRule> r = AlertRule::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QCOMPARE(r.error().detail, key);
    }

    void jsonDefaultsAndChecks()
    {
        // The id comes from the name; severity and enabled have defaults.
        const Result<AlertRule> r =
            AlertRule::fromJson({{QStringLiteral("name"), QStringLiteral("Too hot")},
                                 {QStringLiteral("kind"), QStringLiteral("above")},
                                 {QStringLiteral("measure"), QStringLiteral("temperature")},
                                 {QStringLiteral("threshold"), 35}});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->id, QStringLiteral("too-hot"));
        QCOMPARE(r->severity, AlertRule::Severity::Warning);
        QVERIFY(r->enabled);
        // Well-formed but failing check(): InvalidData too (it comes from a file).
        const Result<AlertRule> noMeasure =
            AlertRule::fromJson({{QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("kind"), QStringLiteral("above")}});
        QCOMPARE(noMeasure.error().code, Error::Code::InvalidData);
    }

    void eventJson()
    {
        AlertEvent e;
        e.timeMs = 1'700'000'000'123;
        e.ruleId = QStringLiteral("r1");
        e.ruleName = QStringLiteral("PM10 limit");
        e.severity = AlertRule::Severity::Critical;
        e.entity = QStringLiteral("ST-1");
        e.measure = QStringLiteral("pm10");
        e.value = 62.5;
        e.raised = false;
        e.message = QStringLiteral("PM10 limit cleared");
        const QJsonObject o = e.toJson();
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        const AlertEvent back = AlertEvent::fromJson(o);
        QCOMPARE(back.timeMs, e.timeMs);
        QCOMPARE(back.ruleId, e.ruleId);
        QCOMPARE(back.ruleName, e.ruleName);
        QCOMPARE(back.severity, e.severity);
        QCOMPARE(back.entity, e.entity);
        QCOMPARE(back.measure, e.measure);
        QCOMPARE(back.value, e.value);
        QCOMPARE(back.raised, false);
        QCOMPARE(back.message, e.message);
        // NoData has no value: null in JSON, NaN back.
        e.value = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(e.toJson().value(QStringLiteral("value")).isNull());
        QVERIFY(std::isnan(AlertEvent::fromJson(e.toJson()).value));
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "test_alertrule.moc"
