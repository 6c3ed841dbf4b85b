// The command line contract of CLI.md, checked against the real `urbis` binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    Run urbis(const QStringList &args, const QByteArray &stdinData = {}, const QString &dataDir = QString())
    {
        QProcess p;
        p.setProgram(QStringLiteral(URBIS_EXE));
        const bool ownDir = std::any_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--data-dir")); });
        p.setArguments(ownDir ? args : QStringList{QStringLiteral("--data-dir"), dataDir.isEmpty() ? m_dir.path() : dataDir} + args);
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }
    QString firstIdMatching(const QString &text)
    {
        const QJsonArray ds = urbis({QStringLiteral("catalog"), QStringLiteral("search"), text, QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("datasets"))
                                  .toArray();
        return ds.isEmpty() ? QString() : ds.first().toObject().value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = urbis({QStringLiteral("demo"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        m_demoCount = int(r.json().value(QStringLiteral("created")).toArray().size());
        QVERIFY(m_demoCount >= 8);
    }

    void version()
    {
        Run r = urbis({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("urbis "));
        r = urbis({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        for (const char *k : {"version", "qt", "gdal", "sqlite"})
            QVERIFY2(!r.json().value(QLatin1String(k)).toString().isEmpty(), k);
    }

    void demoIsIdempotent()
    {
        const Run r = urbis({QStringLiteral("demo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("created")).toArray().size(), 0);
        QCOMPARE(r.json().value(QStringLiteral("existing")).toArray().size(), m_demoCount);
    }

    void searchAirJson()
    {
        const Run r = urbis({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("air"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 8);
        const QJsonArray ds = o.value(QStringLiteral("datasets")).toArray();
        QCOMPARE(ds.size(), 8);
        for (const QJsonValue &d : ds) {
            const QJsonObject rec = d.toObject();
            QCOMPARE(rec.value(QStringLiteral("domain")).toString(), QStringLiteral("air"));
            QCOMPARE(rec.value(QStringLiteral("id")).toString().size(), 36);
            QCOMPARE(rec.value(QStringLiteral("bbox")).toArray().size(), 4);
        }
        const QJsonArray cities = o.value(QStringLiteral("facets")).toObject().value(QStringLiteral("city")).toArray();
        QCOMPARE(cities.size(), 8);
    }

    void searchFilters_data()
    {
        // The demo's simulation terrain near Athens (DEM, fuel map; roads and river, buildings as
        // GeoJSON) has a place but no time.
        const int kTerrainLayers = 4;
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("total");
        QTest::newRow("bbox Athens") << QStringList{QStringLiteral("--bbox"), QStringLiteral("23.6,37.9,23.9,38.1")} << 3 + kTerrainLayers;
        QTest::newRow("bbox=Athens air") << QStringList{QStringLiteral("air"), QStringLiteral("--bbox=23.6,37.9,23.9,38.1")} << 1;
        QTest::newRow("bbox Atlantic") << QStringList{QStringLiteral("--bbox"), QStringLiteral("-40,0,-30,10")} << 0;
        QTest::newRow("bbox Iberia") << QStringList{QStringLiteral("--bbox"), QStringLiteral("-10,36,3,44")} << 1;
        QTest::newRow("city+domain") << QStringList{QStringLiteral("--city"), QStringLiteral("Sofia"), QStringLiteral("--domain"), QStringLiteral("mobility")} << 1;
        QTest::newRow("two cities") << QStringList{QStringLiteral("--city"), QStringLiteral("Sofia,Torino")} << 5;
        QTest::newRow("time 2020") << QStringList{QStringLiteral("--from"), QStringLiteral("2020"), QStringLiteral("--to"), QStringLiteral("2020")} << 3;
        QTest::newRow("time Jan 2023") << QStringList{QStringLiteral("--from"), QStringLiteral("2023-01-15"), QStringLiteral("--to"), QStringLiteral("2023-01")} << m_demoCount - kTerrainLayers;
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("GeoJSON")} << 3 + 2;
    }
    void searchFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(int, total);
        const Run r = urbis(QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--json")} + args);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), total);
    }

    void listAndHumanOutput()
    {
        Run r = urbis({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), m_demoCount);
        r = urbis({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("torino")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Torino WEEE"));
        QVERIFY(r.json().isEmpty()); // human text, not JSON
    }

    void showAndDelete()
    {
        const QString id = firstIdMatching(QStringLiteral("maribor"));
        QVERIFY(!id.isEmpty());
        Run r = urbis({QStringLiteral("catalog"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
        QVERIFY(r.json().value(QStringLiteral("fields")).toArray().size() > 5);
        QCOMPARE(r.json().value(QStringLiteral("history")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("create"));
        r = urbis({QStringLiteral("catalog"), QStringLiteral("delete"), id});
        QCOMPARE(r.code, 0);
        r = urbis({QStringLiteral("catalog"), QStringLiteral("show"), id});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(id.toUtf8()));
        // Put it back for the other tests.
        QCOMPARE(urbis({QStringLiteral("demo")}).code, 0);
    }

    void addRecordsFromNdjson()
    {
        QTemporaryDir dir;
        const QByteArray lines = "{\"title\":\"Line one\",\"city\":\"Athens\",\"domain\":\"air\"}\n"
                                 "\n"
                                 "{\"title\":\"Line two\",\"bbox\":[1,2,3,4]}\n";
        Run r = urbis({QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("-")}, lines, dir.path());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 2);
        // A bad line stops with its line number; earlier lines stay committed.
        r = urbis({QStringLiteral("catalog"), QStringLiteral("add")}, "{\"title\":\"ok\"}\n{\"title\":\n", dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 2"), r.err.constData());
        r = urbis({QStringLiteral("catalog"), QStringLiteral("add")}, "{\"title\":\"\"}\n", dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("title"));
        r = urbis({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")}, {}, dir.path());
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{QStringLiteral("--json")} << QByteArray("usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--bogus")} << QByteArray("--bogus");
        QTest::newRow("missing value") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--bbox")} << QByteArray("needs a value");
        QTest::newRow("bad bbox") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--bbox"), QStringLiteral("1,2,3")} << QByteArray("W,S,E,N");
        QTest::newRow("bbox out of range") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--bbox"), QStringLiteral("0,0,200,10")} << QByteArray("longitude");
        QTest::newRow("bad time") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("yesterday")} << QByteArray("ISO 8601");
        QTest::newRow("from after to") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023")} << QByteArray("--from");
        QTest::newRow("bad domain") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--domain"), QStringLiteral("finance")} << QByteArray("finance");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")} << QByteArray("--limit");
        QTest::newRow("catalog alone") << QStringList{QStringLiteral("catalog")} << QByteArray("subcommand");
        QTest::newRow("show without id") << QStringList{QStringLiteral("catalog"), QStringLiteral("show")} << QByteArray("id");
        QTest::newRow("catalog option on demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--bbox"), QStringLiteral("1,2,3,4")} << QByteArray("--bbox");
        QTest::newRow("empty data dir") << QStringList{QStringLiteral("--data-dir="), QStringLiteral("catalog"), QStringLiteral("list")} << QByteArray("is empty");
        QTest::newRow("bad fts syntax") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("\"open")} << QByteArray("not a valid query");
    }
    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = urbis(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void jsonErrorShape()
    {
        Run u = urbis({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--bbox"), QStringLiteral("1,2,3")});
        QCOMPARE(u.code, 2);
        QCOMPARE(u.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        const Run r = urbis({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("no-such-id"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not-found"));
    }

    void unwritableDataDirIsIoError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A data dir below a regular file can never be created.
        const Run r = urbis({QStringLiteral("catalog"), QStringLiteral("list")}, {}, dir.filePath(QStringLiteral("file/sub")));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("file/sub"));
    }

    // The translations are compiled in; --lang picks one regardless of the system locale.
    void langOverridesLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("erreur");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Fehler");
        QTest::newRow("el") << QStringLiteral("el") << QStringLiteral("σφάλμα");
        QTest::newRow("en (no translation)") << QStringLiteral("en") << QStringLiteral("error");
    }
    void langOverridesLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const Run r = urbis({QStringLiteral("--lang"), lang, QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected, Qt::CaseInsensitive), r.err.constData());
    }

    void validateContract()
    {
        const QString data = QStringLiteral(URBIS_CONFORMANCE_DIR "/frictionless/data/");
        Run r = urbis({QStringLiteral("validate"), data + QStringLiteral("table.csv"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("stats")).toObject().value(QStringLiteral("rows")).toInt(), 2);
        r = urbis({QStringLiteral("validate"), data + QStringLiteral("invalid.csv"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonArray errors = r.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 8);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("blank-label"));
        QVERIFY(errors.first().toObject().value(QStringLiteral("rowNumber")).isNull());
        r = urbis({QStringLiteral("validate"), data + QStringLiteral("invalid.csv"), QStringLiteral("--limit-errors"), QStringLiteral("3")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("invalid.csv, row 2, column 3"), r.out.constData());
        r = urbis({QStringLiteral("validate"), data + QStringLiteral("unique-field.csv"), QStringLiteral("--schema"),
                   data + QStringLiteral("unique-field.json"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().size(), 2);
        QCOMPARE(urbis({QStringLiteral("validate"), QStringLiteral("/no/such.csv")}).code, 2);
        QCOMPARE(urbis({QStringLiteral("validate"), data + QStringLiteral("table.csv"), QStringLiteral("--schema"), QStringLiteral("/no/schema.json")}).code, 2);
        QCOMPARE(urbis({QStringLiteral("validate"), data + QStringLiteral("table.csv"), QStringLiteral("--limit-errors"), QStringLiteral("x")}).code, 2);
        QCOMPARE(urbis({QStringLiteral("validate"), data + QStringLiteral("table.csv"), QStringLiteral("--checks"), QStringLiteral("bogus")}).code, 2);
        QCOMPARE(urbis({QStringLiteral("validate")}).code, 2);
    }

    void quietSilencesStderr()
    {
        QTemporaryDir dir;
        const Run r = urbis({QStringLiteral("demo"), QStringLiteral("--quiet")}, {}, dir.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(!r.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_demoCount = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
