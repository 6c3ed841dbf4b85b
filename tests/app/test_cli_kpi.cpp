// `urbis kpi eval` as users run it, on the demo workspace: CLI.md's definition file and the
// must-work formulas, compared with SQLite's own aggregates over the same stored GeoPackage.

#include "util/database.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

struct Run
{
    int code;
    QByteArray out, err;
};

const QString kAthens = QStringLiteral("Athens air quality, January 2023");

} // namespace

class TestCliKpi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("ws")); }

    Run urbis(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(URBIS_EXE), QStringList{QStringLiteral("--data-dir"), dataDir()} + args);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(o).toJson());
        return path;
    }

    /** SQLite's own answer over the stored GeoPackage of a dataset. */
    QVariant sqlite(const QString &title, const QString &sql)
    {
        Result<Workspace> ws = Workspace::open(dataDir());
        if (!ws)
            return {};
        Result<QString> id = ws->catalog().latestByTitle(title);
        Result<DatasetRecord> rec = ws->catalog().get(*id);
        if (!rec)
            return {};
        Result<Database> db = Database::open(ws->store().pathFor(rec->sha256), Database::Mode::ReadOnly);
        if (!db)
            return {};
        Result<QVariant> v = db->scalar(sql);
        return v ? *v : QVariant();
    }

    static QJsonObject kpi(const QString &id, const QString &formula, const QJsonValue &dataset = kAthens)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("unit"), QStringLiteral("ug/m3")},
                {QStringLiteral("dataset"), dataset}, {QStringLiteral("formula"), formula}, {QStringLiteral("grain"), QStringLiteral("month")},
                {QStringLiteral("dimensions"), QJsonArray{QStringLiteral("cityName")}}, {QStringLiteral("target"), 20},
                {QStringLiteral("direction"), QStringLiteral("lower")}, {QStringLiteral("thresholds"), QJsonArray{20, 40}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run demo = urbis({QStringLiteral("demo")});
        QVERIFY2(demo.code == 0, demo.err.constData());
    }

    void mustWorkFormulas_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("sql");
        QTest::newRow("avg") << "avg(pm10)" << "SELECT avg(pm10) FROM data";
        QTest::newRow("ratio") << "sum(pm10) / sum(no2)" << "SELECT sum(pm10) / sum(no2) FROM data";
        QTest::newRow("count") << "count()" << "SELECT count(*) FROM data";
        QTest::newRow("range") << "max(pm10) - min(pm10)" << "SELECT max(pm10) - min(pm10) FROM data";
        QTest::newRow("where") << "avg(pm10) where station = 'ATH-01'" << "SELECT avg(pm10) FROM data WHERE station = 'ATH-01'";
    }
    void mustWorkFormulas()
    {
        QFETCH(QString, formula);
        QFETCH(QString, sql);
        const QString file = writeFile(QStringLiteral("kpi.json"), {{QStringLiteral("kpis"), QJsonArray{kpi(QStringLiteral("pm10-monthly"), formula)}}});
        const Run r = urbis({QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("eval"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray kpis = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 1);
        const QJsonObject k = kpis.first().toObject();
        QCOMPARE(k.value(QStringLiteral("id")).toString(), QStringLiteral("pm10-monthly"));
        QCOMPARE(k.value(QStringLiteral("unit")).toString(), QStringLiteral("ug/m3"));
        const QJsonArray values = k.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 1); // the demo's Athens data is one month
        const QJsonObject v = values.first().toObject();
        QCOMPARE(v.value(QStringLiteral("period")).toString(), QStringLiteral("2023-01"));
        QCOMPARE(v.value(QStringLiteral("dims")).toObject().value(QStringLiteral("cityName")).toString(), QStringLiteral("Athens"));
        const double expected = sqlite(kAthens, sql).toDouble();
        QVERIFY(expected != 0);
        QVERIFY2(qAbs(v.value(QStringLiteral("value")).toDouble() - expected) < 1e-9 * qMax(1.0, qAbs(expected)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(v.value(QStringLiteral("value")).toDouble()).arg(expected)));
        const double value = v.value(QStringLiteral("value")).toDouble();
        const QString status = value <= 20 ? QStringLiteral("good") : value <= 40 ? QStringLiteral("warn") : QStringLiteral("bad");
        QCOMPARE(v.value(QStringLiteral("status")).toString(), status);
    }

    void optionsFilterAndRegroup()
    {
        // Every city's air quality through a domain source, by city and week; --city narrows, --grain regroups.
        QJsonObject all = kpi(QStringLiteral("pm10"), QStringLiteral("avg(pm10)"));
        all.remove(QStringLiteral("dataset"));
        all.insert(QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("air")},
                                                                     {QStringLiteral("requiredFields"), QJsonArray{QStringLiteral("pm10")}}}});
        const QString file = writeFile(QStringLiteral("all.json"), {{QStringLiteral("kpis"), QJsonArray{all}}});
        const Run every = urbis({QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("eval"), file});
        QVERIFY2(every.code == 0, every.err.constData());
        QCOMPARE(QJsonDocument::fromJson(every.out)["kpis"][0]["values"].toArray().size(), 8); // eight cities, one month
        const Run two = urbis({QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("eval"), file, QStringLiteral("--city"),
                               QStringLiteral("Sofia"), QStringLiteral("--city"), QStringLiteral("Maribor"), QStringLiteral("--grain"),
                               QStringLiteral("week"), QStringLiteral("--from"), QStringLiteral("2023-01-09"), QStringLiteral("--to"),
                               QStringLiteral("2023-01-15")});
        QVERIFY2(two.code == 0, two.err.constData());
        const QJsonArray values = QJsonDocument::fromJson(two.out)["kpis"][0]["values"].toArray();
        QCOMPARE(values.size(), 2); // one ISO week, two cities
        QSet<QString> cities;
        for (const QJsonValue &v : values) {
            QCOMPARE(v[QStringLiteral("period")].toString(), QStringLiteral("2023-W02"));
            cities.insert(v[QStringLiteral("dims")][QStringLiteral("cityName")].toString());
        }
        QCOMPARE(cities, (QSet<QString>{QStringLiteral("Sofia"), QStringLiteral("Maribor")}));
        const double sofia = sqlite(QStringLiteral("Sofia air quality, January 2023"),
                                    QStringLiteral("SELECT avg(pm10) FROM data WHERE timeRecorded >= '2023-01-09' AND timeRecorded < '2023-01-16'"))
                                 .toDouble();
        for (const QJsonValue &v : values)
            if (v[QStringLiteral("dims")][QStringLiteral("cityName")].toString() == QLatin1String("Sofia"))
                QVERIFY(qAbs(v[QStringLiteral("value")].toDouble() - sofia) < 1e-9);
    }

    void ngsiLdOutput()
    {
        const QString file = writeFile(QStringLiteral("ngsi.json"), {{QStringLiteral("kpis"), QJsonArray{kpi(QStringLiteral("pm10-monthly"), QStringLiteral("avg(pm10)"))}}});
        const Run r = urbis({QStringLiteral("kpi"), QStringLiteral("eval"), file, QStringLiteral("--ngsi-ld")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray entities = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(entities.size(), 1); // one entity per dimension tuple: Athens
        const QJsonObject e = entities.first().toObject();
        QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("KeyPerformanceIndicator"));
        QVERIFY(e.value(QStringLiteral("id")).toString().startsWith(QLatin1String("urn:ngsi-ld:KeyPerformanceIndicator:pm10-monthly")));
        const QJsonArray values = e.value(QStringLiteral("kpiValue")).toArray();
        QCOMPARE(values.size(), 1);
        const double expected = sqlite(kAthens, QStringLiteral("SELECT avg(pm10) FROM data")).toDouble();
        QVERIFY(qAbs(values.first()[QStringLiteral("value")].toDouble() - expected) < 1e-9);
    }

    void forecastContinuesEachSeries()
    {
        // 31 daily means of January: a weekly Holt-Winters fits (two full weeks and more).
        QJsonObject daily = kpi(QStringLiteral("pm10-daily"), QStringLiteral("avg(pm10)"));
        daily.insert(QStringLiteral("grain"), QStringLiteral("day"));
        const QJsonObject monthly = kpi(QStringLiteral("pm10-monthly"), QStringLiteral("avg(pm10)"));
        const QString file = writeFile(QStringLiteral("forecast.json"), {{QStringLiteral("kpis"), QJsonArray{daily, monthly}}});
        const Run r = urbis({QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("eval"), file,
                             QStringLiteral("--forecast"), QStringLiteral("7")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray kpis = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 2);
        const QJsonArray dayForecast = kpis.at(0)[QStringLiteral("forecast")].toArray();
        QCOMPARE(dayForecast.size(), 1); // one series: Athens
        const QJsonObject f = dayForecast.first().toObject();
        QCOMPARE(f[QStringLiteral("dims")].toObject()[QStringLiteral("cityName")].toString(), QStringLiteral("Athens"));
        QCOMPARE(f[QStringLiteral("method")].toString(), QStringLiteral("holt-winters"));
        const QJsonArray values = f[QStringLiteral("values")].toArray();
        QCOMPARE(values.size(), 7);
        QCOMPARE(values.first()[QStringLiteral("period")].toString(), QStringLiteral("2023-02-01"));
        QCOMPARE(values.last()[QStringLiteral("period")].toString(), QStringLiteral("2023-02-07"));
        double previousWidth = 0;
        for (const QJsonValue &v : values) {
            const double value = v[QStringLiteral("value")].toDouble(), lower = v[QStringLiteral("lower")].toDouble(),
                         upper = v[QStringLiteral("upper")].toDouble();
            QVERIFY(lower < value && value < upper);
            QVERIFY(upper - lower >= previousWidth - 1e-9); // uncertainty grows with the horizon
            previousWidth = upper - lower;
        }
        // One monthly value cannot be forecast: said per series, not a failure of the command.
        const QJsonObject m = kpis.at(1)[QStringLiteral("forecast")].toArray().first().toObject();
        QVERIFY(!m[QStringLiteral("error")].toString().isEmpty());
        QVERIFY(!m.contains(QStringLiteral("values")));

        const Run bad = urbis({QStringLiteral("kpi"), QStringLiteral("eval"), file, QStringLiteral("--forecast"), QStringLiteral("0")});
        QCOMPARE(bad.code, 2);
        QVERIFY(QString::fromUtf8(bad.err).contains(QStringLiteral("--forecast")));
    }

    void whatIfRespondsThroughTheDriver()
    {
        // Daily PM10 against daily wind speed in Athens (the demo's wind dilutes pollution); wind
        // +50 % from 20 January.
        QJsonObject pm10 = kpi(QStringLiteral("pm10-daily"), QStringLiteral("avg(pm10)"));
        pm10.insert(QStringLiteral("grain"), QStringLiteral("day"));
        QJsonObject wind = kpi(QStringLiteral("wind"), QStringLiteral("avg(windspeed)"));
        wind.insert(QStringLiteral("grain"), QStringLiteral("day"));
        wind.insert(QStringLiteral("unit"), QStringLiteral("m/s"));
        const QString file = writeFile(QStringLiteral("whatif.json"), {{QStringLiteral("kpis"), QJsonArray{pm10, wind}}});
        const Run r = urbis({QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("eval"), file,
                             QStringLiteral("--what-if"), QStringLiteral("wind:+50%:2023-01-20")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray kpis = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kpis")).toArray();
        QVERIFY(!kpis.at(1).toObject().contains(QStringLiteral("whatIf"))); // the driver itself
        const QJsonArray series = kpis.at(0)[QStringLiteral("whatIf")].toArray();
        QCOMPARE(series.size(), 1);
        const QJsonObject w = series.first().toObject();
        QVERIFY2(!w.contains(QStringLiteral("error")), qPrintable(w[QStringLiteral("error")].toString()));
        // The fitted slope is the least-squares slope of the daily means, computed here in SQL.
        const double slope = sqlite(kAthens, QStringLiteral(
            "SELECT (count(*) * sum(x * y) - sum(x) * sum(y)) / (count(*) * sum(x * x) - sum(x) * sum(x)) "
            "FROM (SELECT avg(windspeed) AS x, avg(pm10) AS y FROM data GROUP BY substr(timeRecorded, 1, 10))")).toDouble();
        const double fitted = w[QStringLiteral("model")].toObject()[QStringLiteral("slope")].toDouble();
        QVERIFY2(qAbs(fitted - slope) < 1e-9 * std::max(1.0, qAbs(slope)), qPrintable(QStringLiteral("%1 vs %2").arg(fitted).arg(slope)));
        QVERIFY2(slope < 0, "the demo's wind dilutes PM10");
        int changedDays = 0;
        for (const QJsonValue &v : w[QStringLiteral("periods")].toArray()) {
            const QJsonObject p = v.toObject();
            const QString period = p[QStringLiteral("period")].toString();
            const double base = p[QStringLiteral("driverBaseline")].toDouble(), changed = p[QStringLiteral("driverScenario")].toDouble();
            if (period < QLatin1String("2023-01-20")) {
                QCOMPARE(p[QStringLiteral("difference")].toDouble(), 0.0);
                continue;
            }
            if (p[QStringLiteral("forecast")].toBool())
                continue;
            ++changedDays;
            QVERIFY(qAbs(changed - 1.5 * base) < 1e-9 * std::max(1.0, base));
            QVERIFY(qAbs(p[QStringLiteral("difference")].toDouble() - slope * (changed - base)) < 1e-6);
        }
        QCOMPARE(changedDays, 12); // 20 to 31 January
        QVERIFY(w[QStringLiteral("totalDifference")].toDouble() < 0);

        const Run bad = urbis({QStringLiteral("kpi"), QStringLiteral("eval"), file, QStringLiteral("--what-if"), QStringLiteral("traffic:-20%:2023-01-20")});
        QCOMPARE(bad.code, 2);
        QVERIFY(QString::fromUtf8(bad.err).contains(QStringLiteral("traffic")));
        const Run malformed = urbis({QStringLiteral("kpi"), QStringLiteral("eval"), file, QStringLiteral("--what-if"), QStringLiteral("wind:lots")});
        QCOMPARE(malformed.code, 2);
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{kpis: [") << 1 << "not a JSON object";
        QTest::newRow("no kpis") << QByteArray("{\"x\": 1}") << 1 << "no \"kpis\"";
        QTest::newRow("bad grain") << QByteArray("{\"kpis\":[{\"id\":\"a\",\"dataset\":\"x\",\"formula\":\"count()\",\"grain\":\"hour\"}]}") << 1 << "grain";
        QTest::newRow("bad formula") << QByteArray("{\"kpis\":[{\"id\":\"a\",\"dataset\":\"Athens air quality, January 2023\",\"formula\":\"avg(pm10\"}]}") << 1 << "')'";
        QTest::newRow("unknown dataset") << QByteArray("{\"kpis\":[{\"id\":\"a\",\"dataset\":\"Atlantis\",\"formula\":\"count()\"}]}") << 1 << "Atlantis";
    }
    void badInputIsExplained()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const Run r = urbis({QStringLiteral("kpi"), QStringLiteral("eval"), path});
        QVERIFY2(r.code != 0, r.out.constData());
        Q_UNUSED(code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKpi)
#include "test_cli_kpi.moc"
