#include "stream/alertengine.h"

#include <QTest>

#include <limits>

using namespace urbis;

namespace {

constexpr double kAbsent = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kMinute = 60'000;

FieldMapping mapping()
{
    FieldMapping m;
    m.entityKey = QStringLiteral("station");
    m.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")},
                  {QStringLiteral("no2"), QStringLiteral("ug/m3")},
                  {QStringLiteral("level"), QString()}};
    return m;
}

TableField field(const QString &name, const QString &type)
{
    TableField f;
    f.name = name;
    f.type = type;
    return f;
}

// pm10 <= 100, no2 >= 0, level in {1, 2, 3}.
TableSchema schema()
{
    TableSchema s;
    TableField pm10 = field(QStringLiteral("pm10"), QStringLiteral("number"));
    pm10.constraints.maximum = 100;
    TableField no2 = field(QStringLiteral("no2"), QStringLiteral("number"));
    no2.constraints.minimum = 0;
    TableField level = field(QStringLiteral("level"), QStringLiteral("integer"));
    level.constraints.enumValues = {1, 2, 3};
    s.fields = {pm10, no2, level};
    return s;
}

AlertRule rule(AlertRule::Kind kind, const QString &measure, double threshold = 0, double hysteresis = 0)
{
    AlertRule r;
    r.name = QStringLiteral("Rule %1").arg(AlertRule::kindName(kind));
    r.kind = kind;
    r.measure = kind == AlertRule::Kind::NoData ? QString() : measure;
    r.threshold = threshold;
    r.hysteresis = hysteresis;
    return r;
}

// One sample with one measure set; the others are absent.
StreamSample sample(const QString &entity, qint64 t, const QString &measure, double value)
{
    StreamSample s;
    s.timeMs = t;
    s.receivedMs = t;
    s.entity = entity;
    s.values.assign(3, kAbsent);
    const QList<FieldMapping::Measure> measures = mapping().measures;
    for (qsizetype i = 0; i < measures.size(); ++i) {
        if (measures[i].key == measure)
            s.values[size_t(i)] = value;
    }
    return s;
}

AlertEngine engine(const QList<AlertRule> &rules)
{
    AlertEngine e;
    e.setMapping(mapping());
    e.setSchema(schema());
    e.setRules(rules);
    return e;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT
private slots:
    void hoveringRaisesAndClearsOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("hysteresis");
        QTest::addColumn<QList<double>>("values"); // one a minute
        QTest::addColumn<int>("raiseAt");
        QTest::addColumn<int>("clearAt");
        const QString pm10 = QStringLiteral("pm10");
        QTest::newRow("above") << int(AlertRule::Kind::Above) << pm10 << 50.0 << 5.0
                               << QList<double>{40, 51, 49, 52, 46, 50.5, 45.5, 44, 48} << 1 << 7;
        QTest::newRow("below") << int(AlertRule::Kind::Below) << pm10 << 10.0 << 2.0
                               << QList<double>{15, 9, 11, 8, 11.9, 9.5, 12.5, 11} << 1 << 6;
        // Rates a minute: 5, 11, 10, 9, 8.5, 6.5, 9.5.
        QTest::newRow("rate") << int(AlertRule::Kind::RateOfChange) << pm10 << 10.0 << 2.0
                              << QList<double>{0, 5, 16, 26, 35, 43.5, 50, 59.5} << 2 << 6;
        // pm10 <= 100: back inside only once value + 5 is inside too.
        QTest::newRow("constraint maximum") << int(AlertRule::Kind::OutsideConstraints) << pm10 << 0.0 << 5.0
                                            << QList<double>{50, 101, 99, 100.5, 96, 94, 99} << 1 << 5;
        QTest::newRow("constraint minimum")
            << int(AlertRule::Kind::OutsideConstraints) << QStringLiteral("no2") << 0.0 << 1.0
            << QList<double>{5, -1, 0.5, -0.2, 2, 0.1} << 1 << 4;
    }
    void hoveringRaisesAndClearsOnce()
    {
        QFETCH(int, kind);
        QFETCH(QString, measure);
        QFETCH(double, threshold);
        QFETCH(double, hysteresis);
        QFETCH(QList<double>, values);
        QFETCH(int, raiseAt);
        QFETCH(int, clearAt);
        AlertEngine e = engine({rule(AlertRule::Kind(kind), measure, threshold, hysteresis)});
        QList<AlertEvent> events;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QList<AlertEvent> got =
                e.process({sample(QStringLiteral("ST-1"), i * kMinute, measure, values[i])});
            QVERIFY(got.size() <= 1);
            if (!got.isEmpty()) {
                events << got;
                QCOMPARE(got.first().timeMs, i * kMinute);
                QCOMPARE(got.first().raised, i == raiseAt);
                QVERIFY2(i == raiseAt || i == clearAt, qPrintable(QStringLiteral("event at %1").arg(i)));
            }
            QCOMPARE(e.active().size(), i >= raiseAt && i < clearAt ? 1 : 0);
        }
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].entity, QStringLiteral("ST-1"));
        QCOMPARE(events[0].measure, measure);
        QCOMPARE(events[0].ruleId, QStringLiteral("rule-%1").arg(AlertRule::kindName(AlertRule::Kind(kind))));
        QVERIFY(!events[0].message.isEmpty() && !events[1].message.isEmpty());
    }

    void longExceedanceIsOneEvent()
    {
        AlertEngine e = engine({rule(AlertRule::Kind::Above, QStringLiteral("pm10"), 50)});
        StreamBatch batch;
        for (int i = 0; i < 100; ++i)
            batch << sample(QStringLiteral("A"), i, QStringLiteral("pm10"), 60 + i);
        const QList<AlertEvent> events = e.process(batch);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value, 60.0);
        QCOMPARE(events.first().severity, AlertRule::Severity::Warning);
    }

    void rateValueIsPerMinute()
    {
        AlertEngine e = engine({rule(AlertRule::Kind::RateOfChange, QStringLiteral("pm10"), 100)});
        QVERIFY(e.process({sample(QStringLiteral("A"), 0, QStringLiteral("pm10"), 10)}).isEmpty());
        // +5 in 2 s is 150 a minute.
        const QList<AlertEvent> up =
            e.process({sample(QStringLiteral("A"), 2000, QStringLiteral("pm10"), 15)});
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.first().value, 150.0);
        // A late sample gives no rate and does not become the reference.
        QVERIFY(e.process({sample(QStringLiteral("A"), 1000, QStringLiteral("pm10"), 1000)}).isEmpty());
        const QList<AlertEvent> calm =
            e.process({sample(QStringLiteral("A"), 62'000, QStringLiteral("pm10"), 16)});
        QCOMPARE(calm.size(), 1);
        QVERIFY(!calm.first().raised);
        QCOMPARE(calm.first().value, 1.0);
    }

    void perEntityState()
    {
        AlertEngine e = engine({rule(AlertRule::Kind::Above, QStringLiteral("pm10"), 50)});
        QCOMPARE(e.process({sample(QStringLiteral("A"), 1000, QStringLiteral("pm10"), 60)}).size(), 1);
        QCOMPARE(e.process({sample(QStringLiteral("B"), 2000, QStringLiteral("pm10"), 70)}).size(), 1);
        QVERIFY(e.process({sample(QStringLiteral("A"), 3000, QStringLiteral("pm10"), 65)}).isEmpty());
        const QList<AlertEvent> active = e.active();
        QCOMPARE(active.size(), 2);
        QCOMPARE(active[0].entity, QStringLiteral("B")); // newest first
        QCOMPARE(active[1].entity, QStringLiteral("A"));
        const QList<AlertEvent> cleared =
            e.process({sample(QStringLiteral("A"), 4000, QStringLiteral("pm10"), 10)});
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.first().entity, QStringLiteral("A"));
        QCOMPARE(e.active().size(), 1);
    }

    void entityFilterAndAbsentValues()
    {
        AlertRule onlyB = rule(AlertRule::Kind::Above, QStringLiteral("pm10"), 50);
        onlyB.entity = QStringLiteral("B");
        AlertRule disabled = rule(AlertRule::Kind::Below, QStringLiteral("pm10"), 1000);
        disabled.enabled = false;
        AlertEngine e = engine({onlyB, disabled});
        QVERIFY(e.process({sample(QStringLiteral("A"), 0, QStringLiteral("pm10"), 99)}).isEmpty());
        // B's message without pm10: no verdict either way.
        QVERIFY(e.process({sample(QStringLiteral("B"), 0, QStringLiteral("no2"), 99)}).isEmpty());
        QCOMPARE(e.process({sample(QStringLiteral("B"), 1, QStringLiteral("pm10"), 99)}).size(), 1);
        QVERIFY(e.process({sample(QStringLiteral("B"), 2, QStringLiteral("no2"), 1)}).isEmpty());
        QCOMPARE(e.active().size(), 1);
    }

    void constraintKinds()
    {
        AlertEngine e = engine({rule(AlertRule::Kind::OutsideConstraints, QStringLiteral("level")),
                                rule(AlertRule::Kind::OutsideConstraints, QStringLiteral("pm10")),
                                rule(AlertRule::Kind::OutsideConstraints, QStringLiteral("no2"))});
        const auto one = [&](const QString &measure, double v) {
            return e.process({sample(QStringLiteral("S"), 0, measure, v)});
        };
        QVERIFY(one(QStringLiteral("level"), 3).isEmpty());
        QList<AlertEvent> got = one(QStringLiteral("level"), 4);
        QCOMPARE(got.size(), 1);
        QVERIFY2(got.first().message.contains(QStringLiteral("enum")), qPrintable(got.first().message));
        QVERIFY(one(QStringLiteral("level"), 2.5).isEmpty()); // not an integer: no verdict, stays raised
        QCOMPARE(one(QStringLiteral("level"), 2).size(), 1);
        got = one(QStringLiteral("pm10"), 100.01);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().message.contains(QStringLiteral("maximum")));
        QVERIFY(one(QStringLiteral("pm10"), 100).size() == 1); // the bound itself is inside
        got = one(QStringLiteral("no2"), -0.5);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().message.contains(QStringLiteral("minimum")));
        // A measure the schema does not constrain never raises.
        AlertEngine free = engine({rule(AlertRule::Kind::OutsideConstraints, QStringLiteral("pm10"))});
        free.setSchema(TableSchema());
        QVERIFY(free.process({sample(QStringLiteral("S"), 0, QStringLiteral("pm10"), 1e9)}).isEmpty());
    }

    void noDataForTheStream()
    {
        AlertRule r = rule(AlertRule::Kind::NoData, QString());
        r.noDataSecs = 10;
        AlertEngine e = engine({r});
        QVERIFY(e.process({sample(QStringLiteral("A"), 1000, QStringLiteral("pm10"), 1)}).isEmpty());
        QVERIFY(e.tick(5000).isEmpty());
        QVERIFY(e.tick(10'999).isEmpty());
        QList<AlertEvent> raised = e.tick(11'000);
        QCOMPARE(raised.size(), 1);
        QVERIFY(raised.first().raised);
        QCOMPARE(raised.first().timeMs, 11'000);
        QVERIFY(std::isnan(raised.first().value));
        QVERIFY(e.tick(12'000).isEmpty()); // still raised: no repeat
        QCOMPARE(e.active().size(), 1);
        // Any entity's data ends a stream-wide silence.
        const QList<AlertEvent> cleared =
            e.process({sample(QStringLiteral("B"), 13'000, QStringLiteral("no2"), 1)});
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared.first().raised);
        QCOMPARE(cleared.first().timeMs, 13'000);
        QVERIFY(e.tick(14'000).isEmpty());
        QVERIFY(e.process({sample(QStringLiteral("B"), 14'500, QStringLiteral("no2"), 1)}).isEmpty());
        QCOMPARE(e.tick(24'500).size(), 1); // silent again for 10 s
    }

    void noDataForOneEntity()
    {
        AlertRule r = rule(AlertRule::Kind::NoData, QString());
        r.entity = QStringLiteral("ST-7");
        r.noDataSecs = 30;
        AlertEngine e = engine({r});
        // Never seen: the wait starts at the first tick.
        QVERIFY(e.tick(100'000).isEmpty());
        // Other stations do not count.
        QVERIFY(e.process({sample(QStringLiteral("ST-1"), 110'000, QStringLiteral("pm10"), 1)}).isEmpty());
        QVERIFY(e.tick(129'999).isEmpty());
        const QList<AlertEvent> raised = e.tick(130'000);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().entity, QStringLiteral("ST-7"));
        QVERIFY(raised.first().message.contains(QStringLiteral("ST-7")));
        const QList<AlertEvent> cleared =
            e.process({sample(QStringLiteral("ST-7"), 131'000, QStringLiteral("pm10"), 1)});
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared.first().raised);
        QVERIFY(e.active().isEmpty());
    }

    void setRulesKeepsUnchangedState()
    {
        AlertRule r = rule(AlertRule::Kind::Above, QStringLiteral("pm10"), 50);
        AlertEngine e = engine({r});
        QCOMPARE(e.process({sample(QStringLiteral("A"), 0, QStringLiteral("pm10"), 60)}).size(), 1);
        // Same id, new threshold: still raised, so 55 raises nothing and 30 clears.
        r.id = e.rules().first().id;
        r.threshold = 40;
        r.hysteresis = 5;
        e.setRules({r});
        QCOMPARE(e.active().size(), 1);
        QVERIFY(e.process({sample(QStringLiteral("A"), 1, QStringLiteral("pm10"), 55)}).isEmpty());
        QCOMPARE(e.process({sample(QStringLiteral("A"), 2, QStringLiteral("pm10"), 30)}).size(), 1);
        QCOMPARE(e.process({sample(QStringLiteral("A"), 3, QStringLiteral("pm10"), 60)}).size(), 1);
        // Another kind under the same id starts afresh; so does a rule that is gone.
        r.kind = AlertRule::Kind::Below;
        e.setRules({r});
        QVERIFY(e.active().isEmpty());
        QCOMPARE(e.process({sample(QStringLiteral("A"), 4, QStringLiteral("pm10"), 1)}).size(), 1);
        e.setRules({});
        QVERIFY(e.active().isEmpty());
    }

    void idsAreAssignedAndUnique()
    {
        AlertEngine e = engine({rule(AlertRule::Kind::Above, QStringLiteral("pm10"), 50),
                                rule(AlertRule::Kind::Above, QStringLiteral("no2"), 50)});
        QCOMPARE(e.rules()[0].id, QStringLiteral("rule-above"));
        QCOMPARE(e.rules()[1].id, QStringLiteral("rule-above-2"));
        // Two rules, two alerts for the same entity.
        StreamSample s = sample(QStringLiteral("A"), 0, QStringLiteral("pm10"), 60);
        s.values[1] = 70;
        QCOMPARE(e.process({s}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "test_alertengine.moc"
