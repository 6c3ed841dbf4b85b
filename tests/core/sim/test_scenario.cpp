// The scenario file (CLI.md's minimal form and the full form), its refusals, the store, the grid
// georeferencing and the 4-connected barrier lines.
#include "geo/gridgeoref.h"
#include "scenariotestdata.h"
#include "sim/gridline.h"
#include "sim/scenariostore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using namespace scenariotest;

namespace {

QJsonObject fullWildfire()
{
    QJsonObject o = cliExampleJson();
    o.insert(QStringLiteral("id"), QStringLiteral("hill-fire"));
    o.insert(QStringLiteral("name"), QStringLiteral("Hill fire"));
    o.insert(QStringLiteral("description"), QStringLiteral("A test"));
    o.insert(QStringLiteral("terrain"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("Some DEM")}});
    o.insert(QStringLiteral("fuel"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("0123-fuel")}});
    o.insert(QStringLiteral("wind"), QJsonObject{{QStringLiteral("speed"), 7.5}, {QStringLiteral("direction"), 315}});
    o.insert(QStringLiteral("moisture"), 0.11);
    o.insert(QStringLiteral("stepMinutes"), 2);
    o.insert(QStringLiteral("spotting"), 0.01);
    o.insert(QStringLiteral("barriers"), QJsonArray{QJsonArray{QJsonArray{1, 2}, QJsonArray{3, 4}, QJsonArray{5, 4}},
                                                    QJsonObject{{QStringLiteral("dataset"), QStringLiteral("Roads")}}});
    o.insert(QStringLiteral("seed"), QStringLiteral("18446744073709551615"));
    return o;
}

// Replaces one key (a dotted path for nested objects); an undefined value removes it.
QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        o.insert(key.left(dot), with(o.value(key.left(dot)).toObject(), key.mid(dot + 1), value));
        return o;
    }
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void acceptsCliExample()
    {
        Result<Scenario> s = Scenario::fromJson(cliExampleJson());
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->type, Scenario::Type::Wildfire);
        QCOMPARE(s->seed, quint64(7));
        QCOMPARE(s->steps, 120);
        QCOMPARE(s->grid.width, 256);
        QCOMPARE(s->grid.height, 256);
        QCOMPARE(s->grid.cellSize, 30.0);
        QCOMPARE(s->grid.originLon, 23.70);
        QCOMPARE(s->grid.originLat, 38.05);
        QCOMPARE(s->grid.crs, QStringLiteral("EPSG:4326"));
        QVERIFY(s->terrainDataset.isEmpty());
        QVERIFY(s->fuelDataset.isEmpty());
        QCOMPARE(s->windSpeed, 0.0);
        QCOMPARE(s->ignitions, QList<QPoint>{QPoint(128, 128)});
        QCOMPARE(s->barrierLines.size(), 1);
        QCOMPARE(s->barrierLines.first(), QPolygon({QPoint(100, 0), QPoint(100, 255)}));
        // No id in the file: one from the content, the same every time.
        QVERIFY(s->id.startsWith(QLatin1String("wildfire-")));
        QCOMPARE(s->id, Scenario::fromJson(cliExampleJson())->id);
        QVERIFY(Scenario::isValidId(s->id));
        const QJsonObject other = with(cliExampleJson(), QStringLiteral("seed"), 8);
        QVERIFY(Scenario::fromJson(other)->id != s->id);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("cli example") << cliExampleJson();
        QTest::newRow("full wildfire") << fullWildfire();
        QTest::newRow("uniform code") << with(cliExampleJson(), QStringLiteral("fuel"), QJsonObject{{QStringLiteral("uniform"), 2}});
        QTest::newRow("flood") << smallFlood();
        QJsonObject flood = with(smallFlood(), QStringLiteral("scheme"), QStringLiteral("fill-and-spill"));
        flood = with(flood, QStringLiteral("dem"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("DEM")}});
        flood = with(flood, QStringLiteral("openBoundary"), false);
        flood = with(flood, QStringLiteral("barriers"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("Walls")}});
        QTest::newRow("flood, full") << flood;
    }

    void roundTrips()
    {
        QFETCH(QJsonObject, json);
        Result<Scenario> s = Scenario::fromJson(json);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        Result<Scenario> again = Scenario::fromJson(s->toJson());
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QVERIFY(*again == *s);
        QCOMPARE(again->toJson(), s->toJson());
    }

    void readsTheFullForm()
    {
        Result<Scenario> s = Scenario::fromJson(fullWildfire());
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->id, QStringLiteral("hill-fire"));
        QCOMPARE(s->displayName(), QStringLiteral("Hill fire"));
        QCOMPARE(s->terrainDataset, QStringLiteral("Some DEM"));
        QCOMPARE(s->fuelDataset, QStringLiteral("0123-fuel"));
        QCOMPARE(s->barrierDatasets, QStringList{QStringLiteral("Roads")});
        QCOMPARE(s->barrierLines.first().size(), 3);
        QCOMPARE(s->seed, std::numeric_limits<quint64>::max());
        const WildfireParams p = s->wildfireParams();
        QCOMPARE(p.windSpeed, 7.5);
        QCOMPARE(p.windFromDeg, 315.0);
        QCOMPARE(p.fuelMoisture, 0.11);
        QCOMPARE(p.stepMinutes, 2.0);
        QCOMPARE(p.spottingProbability, 0.01);
        QCOMPARE(p.steps, 120);
        QCOMPARE(p.seed, s->seed);

        // stepMinutes instead of stepSeconds.
        Result<Scenario> f = Scenario::fromJson(
            with(with(smallFlood(), QStringLiteral("stepSeconds"), QJsonValue::Undefined), QStringLiteral("stepMinutes"), 2));
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        const FloodParams fp = f->floodParams();
        QCOMPARE(fp.stepSeconds, 120.0);
        QCOMPARE(fp.inflowCell, QPoint(32, 2));
        QCOMPARE(fp.inflow.size(), 3);
        QCOMPARE(fp.inflow.at(1).timeSec, 900.0);
        QCOMPARE(fp.inflow.at(1).value, 20.0);
        QCOMPARE(fp.rainfall.size(), 2);
        QCOMPARE(fp.manningN, 0.03);
        QCOMPARE(fp.scheme, FloodParams::Scheme::LocalInertial);
        QCOMPARE(fp.steps, 30);
    }

    void refusesBadScenarios_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        const QJsonObject ok = cliExampleJson();
        const auto row = [](const char *name, const QJsonObject &o, const char *message) {
            QTest::newRow(name) << o << QString::fromUtf8(message);
        };
        row("no type", with(ok, QStringLiteral("type"), QJsonValue::Undefined), "\"type\" must be \"wildfire\" or \"flood\"");
        row("unknown type", with(ok, QStringLiteral("type"), QStringLiteral("tsunami")), "\"type\"");
        row("no grid", with(ok, QStringLiteral("grid"), QJsonValue::Undefined), "\"grid\" must be an object");
        row("width 0", with(ok, QStringLiteral("grid.width"), 0), "\"grid.width\" must be a whole number from 1 to 8192");
        row("width 2.5", with(ok, QStringLiteral("grid.width"), 2.5), "\"grid.width\"");
        row("no height", with(ok, QStringLiteral("grid.height"), QJsonValue::Undefined), "\"grid.height\" is missing");
        row("negative cell", with(ok, QStringLiteral("grid.cellSize"), -30), "\"grid.cellSize\"");
        row("origin", with(ok, QStringLiteral("grid.origin"), QJsonArray{200, 38}), "\"grid.origin\"");
        row("grid key", with(ok, QStringLiteral("grid.size"), 3), "unknown key \"grid.size\"");
        row("steps 0", with(ok, QStringLiteral("steps"), 0), "\"steps\"");
        row("seed -1", with(ok, QStringLiteral("seed"), -1), "\"seed\"");
        row("bad id", with(ok, QStringLiteral("id"), QStringLiteral("Bad Id")), "\"id\"");
        row("typo", with(ok, QStringLiteral("ignition"), QJsonArray{}), "unknown key \"ignition\"");
        row("fuel text", with(ok, QStringLiteral("fuel"), QStringLiteral("grassy")), "\"fuel\" must be \"uniform\" or {\"dataset\"");
        row("fuel code", with(ok, QStringLiteral("fuel"), QJsonObject{{QStringLiteral("uniform"), 0}}), "\"fuel.uniform\"");
        row("terrain", with(ok, QStringLiteral("terrain"), QJsonObject{{QStringLiteral("file"), QStringLiteral("x")}}), "\"terrain\"");
        row("terrain and dem", with(ok, QStringLiteral("dem"), QStringLiteral("flat")), "not both");
        row("wind number", with(ok, QStringLiteral("wind"), 5), "\"wind\" must be an object");
        row("wind direction", with(ok, QStringLiteral("wind.direction"), 400), "\"wind.direction\"");
        row("moisture", with(ok, QStringLiteral("moisture"), 1.5), "\"moisture\"");
        row("no ignitions", with(ok, QStringLiteral("ignitions"), QJsonArray{}), "at least one cell in \"ignitions\"");
        row("ignition outside", with(ok, QStringLiteral("ignitions"), QJsonArray{QJsonArray{256, 3}}), "\"ignitions[0]\" (256, 3) is outside the 256 x 256 grid");
        row("ignition shape", with(ok, QStringLiteral("ignitions"), QJsonArray{QJsonArray{1}}), "\"ignitions[0]\" must be a cell");
        row("barrier outside", with(ok, QStringLiteral("barriers"), QJsonArray{QJsonArray{QJsonArray{0, 0}, QJsonArray{0, 300}}}), "\"barriers[0][1]\"");
        row("barrier shape", with(ok, QStringLiteral("barriers"), 3), "\"barriers\" must be polylines");
        row("flood key in wildfire", with(ok, QStringLiteral("rainfall"), QJsonArray{}), "unknown key \"rainfall\"");
        const QJsonObject flood = smallFlood();
        row("flood without water", with(with(flood, QStringLiteral("inflow"), QJsonValue::Undefined), QStringLiteral("rainfall"), QJsonValue::Undefined),
            "a flood needs \"inflow\"");
        row("fuel in flood", with(flood, QStringLiteral("fuel"), QStringLiteral("uniform")), "unknown key \"fuel\"");
        row("inflow outside", with(flood, QStringLiteral("inflow.cell"), QJsonArray{64, 0}), "\"inflow.cell\" (64, 0) is outside");
        row("hydrograph order", with(flood, QStringLiteral("inflow.hydrograph"), QJsonArray{QJsonArray{10, 1}, QJsonArray{5, 1}}),
            "\"inflow.hydrograph\" must be a list [[seconds, m3/s]");
        row("rain negative", with(flood, QStringLiteral("rainfall"), QJsonArray{QJsonArray{0, -1}}), "\"rainfall\"");
        row("scheme", with(flood, QStringLiteral("scheme"), QStringLiteral("magic")), "\"scheme\" must be \"local-inertial\" or \"fill-and-spill\"");
        row("manning", with(flood, QStringLiteral("manning"), 0), "\"manning\"");
        row("two steps", with(flood, QStringLiteral("stepMinutes"), 1), "not both");
        row("open boundary", with(flood, QStringLiteral("openBoundary"), QStringLiteral("yes")), "\"openBoundary\" must be true or false");
    }

    void refusesBadScenarios()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        Result<Scenario> s = Scenario::fromJson(json);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidData);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QVERIFY2(s.error().message.startsWith(QLatin1String("Scenario: ")), qPrintable(s.error().message));
    }

    void storeSavesAtomicallyAndLists()
    {
        QTemporaryDir dir;
        ScenarioStore store(dir.path());
        QCOMPARE(store.list()->size(), 0);
        Scenario fire = scenarioFrom(fullWildfire());
        Scenario flood = scenarioFrom(smallFlood());
        flood.id = QStringLiteral("valley-flood");
        flood.name = QStringLiteral("A valley flood");
        QVERIFY(store.save(fire).ok());
        QVERIFY(store.save(flood).ok());
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files), (QStringList{QStringLiteral("hill-fire.json"), QStringLiteral("valley-flood.json")}));
        Result<Scenario> loaded = store.load(QStringLiteral("hill-fire"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QVERIFY(*loaded == fire);
        Result<QList<ScenarioStore::Entry>> entries = store.list();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).name, QStringLiteral("A valley flood"));
        QCOMPARE(entries->at(0).type, Scenario::Type::Flood);
        QCOMPARE(entries->at(1).id, QStringLiteral("hill-fire"));

        // A broken file is listed with its error, and can be removed.
        QFile broken(QDir(store.folder()).filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"type\": \"wildfire\",");
        broken.close();
        entries = store.list();
        QCOMPARE(entries->size(), 3);
        const auto b = std::find_if(entries->begin(), entries->end(), [](const auto &e) { return e.id == u"broken"; });
        QVERIFY(b != entries->end());
        QVERIFY2(b->error.contains(QLatin1String("not valid JSON")), qPrintable(b->error));
        Result<Scenario> bad = store.load(QStringLiteral("broken"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("broken.json")), qPrintable(bad.error().message));
        QVERIFY(store.remove(QStringLiteral("broken")).ok());
        QCOMPARE(store.remove(QStringLiteral("broken")).error().code, Error::Code::NotFound);

        Scenario badId = fire;
        badId.id = QStringLiteral("../escape");
        QCOMPARE(store.save(badId).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store.load(QStringLiteral("../escape")).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store.load(QStringLiteral("missing")).error().code, Error::Code::NotFound);
        Scenario unchecked = fire;
        unchecked.ignitions.clear();
        QCOMPARE(store.save(unchecked).error().code, Error::Code::InvalidData);
    }

    void readFileNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(with(cliExampleJson(), QStringLiteral("steps"), -3)).toJson());
        f.close();
        Result<Scenario> s = ScenarioStore::readFile(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(path + QStringLiteral(": Scenario: \"steps\"")), qPrintable(s.error().message));
        QCOMPARE(ScenarioStore::readFile(dir.filePath(QStringLiteral("none.json"))).error().code, Error::Code::NotFound);
    }

    void georeferencesTheGrid()
    {
        // CLI.md's example: a geographic CRS means the origin's UTM zone (34N for 23.7 E).
        Result<GridGeoref> g = GridGeoref::locate(23.70, 38.05, QStringLiteral("EPSG:4326"), 30, 256, 256);
        QVERIFY2(g.ok(), qPrintable(g.error().toString()));
        QCOMPARE(g->crs, QStringLiteral("EPSG:32634"));
        QVERIFY(g->originX > 700000 && g->originX < 800000);
        QVERIFY(g->originY > 4200000 && g->originY < 4250000);
        Result<std::array<QPointF, 4>> corners = g->wgs84Corners();
        QVERIFY(corners.ok());
        QVERIFY(std::abs(corners->at(0).x() - 23.70) < 1e-7 && std::abs(corners->at(0).y() - 38.05) < 1e-7);
        // The south-east corner is 7.68 km east and south.
        QVERIFY(corners->at(2).x() > 23.78 && corners->at(2).x() < 23.80);
        QVERIFY(corners->at(2).y() > 37.97 && corners->at(2).y() < 37.99);
        Result<Extent> box = g->wgs84Extent();
        QVERIFY(box.ok() && box->west < 23.70 + 1e-6 && box->north >= 38.05 - 1e-6);
        QCOMPARE(GridGeoref::utmEpsg(-9.4, 38.7), 32629);
        QCOMPARE(GridGeoref::utmEpsg(150, -33.9), 32756);

        // A projected CRS in metres is used as it is; feet and nonsense are refused.
        Result<GridGeoref> greek = GridGeoref::locate(23.70, 38.05, QStringLiteral("EPSG:2100"), 30, 10, 10);
        QVERIFY2(greek.ok(), qPrintable(greek.error().toString()));
        QCOMPARE(greek->crs, QStringLiteral("EPSG:2100"));
        Result<GridGeoref> feet = GridGeoref::locate(-122.4, 37.8, QStringLiteral("EPSG:2227"), 30, 10, 10);
        QVERIFY(!feet.ok());
        QVERIFY2(feet.error().message.contains(QLatin1String("not in metres")), qPrintable(feet.error().message));
        QCOMPARE(GridGeoref::locate(23.7, 38, QStringLiteral("EPSG:999999"), 30, 10, 10).error().code, Error::Code::InvalidData);
    }

    void barrierLinesHaveNoDiagonalGaps_data()
    {
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        QTest::newRow("diagonal") << QPoint(0, 0) << QPoint(19, 19);
        QTest::newRow("anti-diagonal") << QPoint(19, 0) << QPoint(0, 19);
        QTest::newRow("steep") << QPoint(3, 0) << QPoint(9, 19);
        QTest::newRow("shallow") << QPoint(0, 15) << QPoint(19, 2);
        QTest::newRow("vertical") << QPoint(7, 0) << QPoint(7, 19);
    }

    void barrierLinesHaveNoDiagonalGaps()
    {
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        ByteGrid g(20, 20, 0);
        GridLine::draw(g, from, to);
        QVERIFY(g.at(from.x(), from.y()) && g.at(to.x(), to.y()));
        // Every marked cell but the last has a marked edge neighbour: the line is 4-connected...
        int marked = 0;
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 20; ++c) {
                if (!g.at(c, r))
                    continue;
                ++marked;
                const bool edge = (g.contains(c + 1, r) && g.at(c + 1, r)) || (g.contains(c - 1, r) && g.at(c - 1, r))
                                  || (g.contains(c, r + 1) && g.at(c, r + 1)) || (g.contains(c, r - 1) && g.at(c, r - 1));
                QVERIFY2(edge, qPrintable(QStringLiteral("isolated cell %1, %2").arg(c).arg(r)));
            }
        QVERIFY(marked >= std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y())) + 1);
        // ...so sealing finds no corner-only contacts to close.
        QCOMPARE(GridLine::sealDiagonals(g), 0);
    }

    void sealsDiagonalContacts()
    {
        ByteGrid g(4, 4, 0);
        g.at(0, 0) = g.at(1, 1) = g.at(2, 2) = 1; // an 8-connected staircase
        g.at(3, 0) = g.at(2, 1) = 1;              // and its mirror
        QCOMPARE(GridLine::sealDiagonals(g), 2);
        QVERIFY(g.at(1, 0) && g.at(2, 0));
        QCOMPARE(GridLine::sealDiagonals(g), 0);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
