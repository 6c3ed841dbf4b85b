// `urbis sim run` with CLI.md's scenario: the documented files and summary shape, byte-identical
// reruns, results in the catalog, exit codes for bad input, and the demo's stored scenarios.
#include "ingest/rasterprobe.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
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

const QByteArray kCliExample = R"({"type": "wildfire", "seed": 7, "steps": 120,
 "grid": {"width": 256, "height": 256, "cellSize": 30, "origin": [23.70, 38.05], "crs": "EPSG:4326"},
 "terrain": "flat", "fuel": "uniform", "wind": {"speed": 0, "direction": 0},
 "ignitions": [[128, 128]], "barriers": [[[100, 0], [100, 255]]]})";

QString sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? Sha256::hex(f.readAll()) : QString();
}

} // namespace

class TestCliSim : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run urbis(const QStringList &args, const QString &dataDir = {})
    {
        QProcess p;
        p.start(QStringLiteral(URBIS_EXE),
                QStringList{QStringLiteral("--data-dir"), dataDir.isEmpty() ? path(QStringLiteral("ws")) : dataDir} + args);
        if (!p.waitForFinished(180000))
            p.kill();
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void runsCliExample()
    {
        const QString config = write(QStringLiteral("example.json"), kCliExample);
        const Run r = urbis({QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("wildfire"), QStringLiteral("--config"),
                             config, QStringLiteral("--out"), path(QStringLiteral("out1"))});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QDir(path(QStringLiteral("out1"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("arrival.tif"), QStringLiteral("summary.json")}));
        QFile f(path(QStringLiteral("out1/summary.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray steps = summary.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 120);
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("step")).toInt(), i + 1);
            QVERIFY(s.value(QStringLiteral("burnedCells")).toInteger() >= 1);
            QCOMPARE(s.value(QStringLiteral("area_m2")).toDouble(), s.value(QStringLiteral("burnedCells")).toDouble() * 900);
        }
        const QJsonObject hashes = summary.value(QStringLiteral("sha256")).toObject();
        QCOMPARE(hashes.keys(), QStringList{QStringLiteral("arrival.tif")});
        QCOMPARE(hashes.value(QStringLiteral("arrival.tif")).toString(), sha256Of(path(QStringLiteral("out1/arrival.tif"))));
        Result<RasterInfo> info = RasterProbe::probe(path(QStringLiteral("out1/arrival.tif")));
        QVERIFY(info.ok());
        QCOMPARE(info->width, 256);
        QCOMPARE(info->bandTypes, QStringList{QStringLiteral("Int32")});
        QCOMPARE(info->noData, std::optional<double>(-1));
        QCOMPARE(info->crs, QStringLiteral("EPSG:32634"));
        // The results went into the catalog too: one id on stdout.
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
        QVERIFY2(r.err.contains("cells burned"), r.err.constData());
    }

    void rerunIsByteIdentical()
    {
        const QString config = write(QStringLiteral("example.json"), kCliExample);
        for (const char *dir : {"again1", "again2"}) {
            const Run r = urbis({QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("wildfire"), QStringLiteral("--config"), config,
                                 QStringLiteral("--out"), path(QLatin1String(dir)), QStringLiteral("--no-catalog"), QStringLiteral("--quiet")},
                                path(QStringLiteral("fresh")));
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(r.err.isEmpty());
        }
        for (const char *file : {"arrival.tif", "summary.json"})
            QCOMPARE(sha256Of(path(QStringLiteral("again1/") + QLatin1String(file))),
                     sha256Of(path(QStringLiteral("again2/") + QLatin1String(file))));
    }

    void jsonPrintsTheSummary()
    {
        const QString config = write(QStringLiteral("example.json"), kCliExample);
        const Run r = urbis({QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("wildfire"), QStringLiteral("--config"), config,
                             QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), 120);
        QVERIFY(o.value(QStringLiteral("sha256")).toObject().contains(QStringLiteral("arrival.tif")));
        QCOMPARE(o.value(QStringLiteral("datasets")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("out")).isNull());
        QCOMPARE(o.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("wildfire"));
        QVERIFY(o.value(QStringLiteral("provenance")).toObject().contains(QStringLiteral("engineVersion")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        const QStringList run{QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("wildfire")};
        const auto plus = [&](const QStringList &more) { return run + more; };
        QTest::newRow("no config") << run << QByteArray() << 2 << QByteArray("--config");
        QTest::newRow("missing file") << plus({QStringLiteral("--config"), QStringLiteral("/nonexistent/s.json")}) << QByteArray() << 2
                                      << QByteArray("no scenario file");
        QTest::newRow("not json") << run << QByteArray("{nope") << 1 << QByteArray("not valid JSON");
        QTest::newRow("invalid") << run << QByteArray(kCliExample).replace("\"steps\": 120", "\"steps\": 0") << 1 << QByteArray("\"steps\"");
        QTest::newRow("wrong type") << QStringList{QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("flood")} << kCliExample << 2
                                    << QByteArray("not a flood one");
        QTest::newRow("unknown type") << QStringList{QStringLiteral("sim"), QStringLiteral("run"), QStringLiteral("quake")} << kCliExample << 2
                                      << QByteArray("not a scenario type");
        QTest::newRow("nowhere") << plus({QStringLiteral("--no-catalog")}) << kCliExample << 2 << QByteArray("--no-catalog needs --out");
        QTest::newRow("unknown dataset") << run << QByteArray(kCliExample).replace("\"terrain\": \"flat\"", "\"terrain\": {\"dataset\": \"No such DEM\"}")
                                         << 2 << QByteArray("No such DEM");
        QTest::newRow("bad verb") << QStringList{QStringLiteral("sim"), QStringLiteral("walk")} << QByteArray() << 2 << QByteArray("usage: urbis sim");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, config);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        if (!config.isEmpty())
            args << QStringLiteral("--config") << write(QStringLiteral("bad.json"), config);
        const Run r = urbis(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void helpDocumentsTheOutputs()
    {
        const Run r = urbis({QStringLiteral("sim"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"--out DIR", "--no-catalog", "summary.json", "arrival.tif", "depth_max.tif", "catalog only"})
            QVERIFY2(r.out.contains(word), word);
        QVERIFY(urbis({QStringLiteral("--help")}).out.contains("sim run"));
    }

    void runsTheDemoScenarios()
    {
        const QString ws = path(QStringLiteral("demo"));
        QCOMPARE(urbis({QStringLiteral("demo"), QStringLiteral("--quiet")}, ws).code, 0);
        const Run list = urbis({QStringLiteral("sim"), QStringLiteral("list"), QStringLiteral("--json")}, ws);
        QCOMPARE(list.code, 0);
        const QJsonArray scenarios = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(scenarios.size(), 2);
        for (const QJsonValue &v : scenarios) {
            const QJsonObject s = v.toObject();
            const Run r = urbis({QStringLiteral("sim"), QStringLiteral("run"), s.value(QStringLiteral("type")).toString(), QStringLiteral("--config"),
                                 s.value(QStringLiteral("file")).toString(), QStringLiteral("--out"), path(QStringLiteral("demo-out/") + s.value(QStringLiteral("id")).toString())},
                                ws);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(!r.out.trimmed().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSim)
#include "test_cli_sim.moc"
