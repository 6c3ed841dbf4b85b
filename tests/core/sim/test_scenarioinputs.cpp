// ScenarioInputs: synthetic inputs, catalog GeoTIFFs warped onto the grid, vector barriers
// rasterised without diagonal leaks, and clear errors for datasets that cannot be used.
#include "scenariotestdata.h"
#include "sim/scenarioinputs.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace urbis;
using namespace scenariotest;

namespace {

constexpr int kSide = 40;

Scenario smallFire()
{
    QJsonObject o = cliExampleJson();
    o.insert(QStringLiteral("grid"), QJsonObject{{QStringLiteral("width"), kSide}, {QStringLiteral("height"), kSide},
                                                 {QStringLiteral("cellSize"), 30}, {QStringLiteral("origin"), QJsonArray{23.70, 38.05}}});
    o.insert(QStringLiteral("ignitions"), QJsonArray{QJsonArray{20, 20}});
    o.insert(QStringLiteral("barriers"), QJsonArray{QJsonArray{QJsonArray{0, 0}, QJsonArray{39, 30}}});
    return scenarioFrom(o);
}

// Elevation as a plane in degrees, so bilinear resampling reproduces it exactly.
double plane(double lon, double lat)
{
    return 100 + 1000 * (lon - 23.69) + 2000 * (lat - 38.035);
}

// Whether fire moving to any of the eight neighbours could get from `a` to `b` around the barriers.
bool reachable(const ByteGrid &barriers, QPoint a, QPoint b)
{
    ByteGrid seen(barriers.width(), barriers.height(), 0);
    std::deque<QPoint> queue{a};
    seen.at(a.x(), a.y()) = 1;
    while (!queue.empty()) {
        const QPoint p = queue.front();
        queue.pop_front();
        if (p == b)
            return true;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                const QPoint q(p.x() + dc, p.y() + dr);
                if (!barriers.contains(q.x(), q.y()) || barriers.at(q.x(), q.y()) || seen.at(q.x(), q.y()))
                    continue;
                seen.at(q.x(), q.y()) = 1;
                queue.push_back(q);
            }
    }
    return false;
}

} // namespace

class TestScenarioInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_ws;
    GridGeoref m_georef;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        Result<Workspace> ws = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws.emplace(std::move(*ws));
        Result<ScenarioInputs> in = ScenarioInputs::build(smallFire(), nullptr, nullptr);
        QVERIFY(in.ok());
        m_georef = in->georef;

        // A DEM in geographic coordinates covering the grid, 0.0001 degree pixels.
        const double demGt[6] = {23.69, 0.0001, 0, 38.055, 0, -0.0001};
        QVERIFY(writeGeoTiff(path(QStringLiteral("dem.tif")), "EPSG:4326", demGt, 300, 200, GDT_Float32,
                             [](int c, int r) { return plane(23.69 + (c + 0.5) * 0.0001, 38.055 - (r + 0.5) * 0.0001); }));
        // The same DEM cut to the grid's western part.
        QVERIFY(writeGeoTiff(path(QStringLiteral("dem-west.tif")), "EPSG:4326", demGt, 150, 200, GDT_Float32,
                             [](int c, int r) { return plane(23.69 + (c + 0.5) * 0.0001, 38.055 - (r + 0.5) * 0.0001); }));
        // Fuel classes on the grid's own cells (UTM), one class per band of 8 columns.
        const std::array<double, 6> gt = m_georef.geoTransform();
        QVERIFY(writeGeoTiff(path(QStringLiteral("fuel.tif")), "EPSG:32634", gt.data(), kSide, kSide, GDT_Byte,
                             [](int c, int) { return 1 + (c / 8) % 5; }));
        QVERIFY(writeGeoTiff(path(QStringLiteral("bad-fuel.tif")), "EPSG:32634", gt.data(), kSide, kSide, GDT_Byte,
                             [](int c, int r) { return c == 7 && r == 3 ? 9 : 1; }));
        // Somewhere else entirely (Lisbon).
        const double farGt[6] = {-9.2, 0.001, 0, 38.8, 0, -0.001};
        QVERIFY(writeGeoTiff(path(QStringLiteral("far.tif")), "EPSG:4326", farGt, 50, 50, GDT_Float32, [](int, int) { return 5.0; }));
        // A road from the grid's north-west corner to its south-east corner, in lon/lat.
        Result<std::array<QPointF, 4>> corners = m_georef.wgs84Corners();
        QVERIFY(corners.ok());
        QVERIFY(writeLines(path(QStringLiteral("road.geojson")), {{corners->at(0), corners->at(2)}}));

        for (const auto &[file, title] : {std::pair{"dem.tif", "Test DEM"}, std::pair{"dem-west.tif", "West DEM"},
                                          std::pair{"fuel.tif", "Test fuel"}, std::pair{"bad-fuel.tif", "Bad fuel"},
                                          std::pair{"far.tif", "Far DEM"}, std::pair{"road.geojson", "Test road"}}) {
            const DatasetRecord r = importFile(*m_ws, path(QLatin1String(file)), QLatin1String(title));
            QVERIFY2(!r.id.isEmpty(), file);
        }
    }

    void synthetic()
    {
        Result<ScenarioInputs> in = ScenarioInputs::build(smallFire(), nullptr, nullptr);
        QVERIFY2(in.ok(), qPrintable(in.error().toString()));
        QCOMPARE(in->georef.crs, QStringLiteral("EPSG:32634"));
        QCOMPARE(in->elevation, FloatGrid(kSide, kSide, 0.0f));
        QCOMPARE(in->fuel, ByteGrid(kSide, kSide, 1)); // "uniform": grass, the first burnable class
        QVERIFY(in->provenance.inputs.isEmpty());
        QCOMPARE(in->provenance.seed, quint64(7));
        QVERIFY(in->barriers.at(0, 0) && in->barriers.at(39, 30));
        QVERIFY(!reachable(in->barriers, QPoint(39, 0), QPoint(0, 39)));
        const WildfireInputs w = in->wildfire(smallFire());
        QCOMPARE(w.cellSize, 30.0);
        QCOMPARE(w.ignitions, QList<QPoint>{QPoint(20, 20)});
        QCOMPARE(w.fuel.width(), kSide);

        Scenario shrub = smallFire();
        shrub.uniformFuel = 2;
        QCOMPARE(ScenarioInputs::build(shrub, nullptr, nullptr)->fuel, ByteGrid(kSide, kSide, 2));
        Scenario onRoad = smallFire();
        onRoad.ignitions = {QPoint(20, 20), QPoint(0, 0)};
        onRoad.uniformFuel = 0;
        Result<ScenarioInputs> warned = ScenarioInputs::build(onRoad, nullptr, nullptr);
        QVERIFY(warned.ok());
        QCOMPARE(warned->warnings, QStringList{QStringLiteral("\"ignitions[1]\" (0, 0) lies on a barrier: it does not burn")});
        shrub.uniformFuel = 5; // water or rock
        QCOMPARE(ScenarioInputs::build(shrub, nullptr, nullptr)->warnings.size(), 1);
        shrub.uniformFuel = 77;
        QVERIFY(ScenarioInputs::build(shrub, nullptr, nullptr).error().message.contains(QLatin1String("77")));
    }

    void terrainFromGeoTiff_data()
    {
        QTest::addColumn<bool>("byId");
        QTest::newRow("by title") << false;
        QTest::newRow("by id") << true;
    }

    void terrainFromGeoTiff()
    {
        QFETCH(bool, byId);
        const DatasetRecord dem = *m_ws->catalog().get(*m_ws->catalog().latestByTitle(QStringLiteral("Test DEM")));
        Scenario s = smallFire();
        s.terrainDataset = byId ? dem.id : dem.title;
        Result<ScenarioInputs> in = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY2(in.ok(), qPrintable(in.error().toString()));
        QVERIFY(in->warnings.isEmpty());
        for (const QPoint cell : {QPoint(0, 0), QPoint(39, 39), QPoint(17, 5), QPoint(3, 33)}) {
            const QPointF centre = m_georef.cellsToWgs84({QPointF(cell.x() + 0.5, cell.y() + 0.5)})->first();
            const double expected = plane(centre.x(), centre.y());
            QVERIFY2(std::abs(in->elevation.at(cell.x(), cell.y()) - expected) < 0.05,
                     qPrintable(QStringLiteral("%1 vs %2").arg(in->elevation.at(cell.x(), cell.y())).arg(expected)));
        }
        QCOMPARE(in->provenance.inputs.size(), 1);
        const ScenarioProvenance::Input &p = in->provenance.inputs.first();
        QCOMPARE(p.role, QStringLiteral("terrain"));
        QCOMPARE(p.id, dem.id);
        QCOMPARE(p.version, 1);
        QCOMPARE(p.sha256, dem.sha256);
    }

    void partialTerrainIsFilledAndSaidSo()
    {
        Scenario s = smallFire();
        s.terrainDataset = QStringLiteral("West DEM");
        Result<ScenarioInputs> in = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY2(in.ok(), qPrintable(in.error().toString()));
        QCOMPARE(in->warnings.size(), 1);
        QVERIFY2(in->warnings.first().contains(QLatin1String("% of the grid lies outside the terrain \"West DEM\"")),
                 qPrintable(in->warnings.first()));
        for (float v : in->elevation.cells())
            QVERIFY(std::isfinite(v) && v > 50);
    }

    void fuelFromGeoTiff()
    {
        Scenario s = smallFire();
        s.fuelDataset = QStringLiteral("Test fuel");
        Result<ScenarioInputs> in = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY2(in.ok(), qPrintable(in.error().toString()));
        for (int r = 0; r < kSide; ++r)
            for (int c = 0; c < kSide; ++c)
                QCOMPARE(int(in->fuel.at(c, r)), 1 + (c / 8) % 5);
        QCOMPARE(in->provenance.inputs.first().role, QStringLiteral("fuel"));

        s.fuelDataset = QStringLiteral("Bad fuel");
        Result<ScenarioInputs> bad = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::InvalidData);
        QVERIFY2(bad.error().message.contains(QLatin1String("has the value 9 at cell (7, 3)")), qPrintable(bad.error().message));
    }

    void barriersFromVectorLayerDoNotLeak()
    {
        Scenario s = smallFire();
        s.barrierLines.clear();
        s.barrierDatasets = {QStringLiteral("Test road")};
        Result<ScenarioInputs> in = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY2(in.ok(), qPrintable(in.error().toString()));
        qint64 cells = 0;
        for (std::uint8_t b : in->barriers.cells())
            cells += b;
        QVERIFY2(cells >= kSide && cells < 4 * kSide, qPrintable(QString::number(cells)));
        QVERIFY(in->barriers.at(0, 0) && in->barriers.at(kSide - 1, kSide - 1));
        // The road cuts the grid in two: nothing gets from the south-west corner to the north-east one.
        QVERIFY(!reachable(in->barriers, QPoint(0, kSide - 1), QPoint(kSide - 1, 0)));
        QCOMPARE(in->provenance.inputs.first().role, QStringLiteral("barriers"));
        QCOMPARE(in->flood().barriers, in->barriers);
    }

    void refusesUnusableDatasets_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int notFound = int(Error::Code::NotFound), invalid = int(Error::Code::InvalidData);
        QTest::newRow("unknown") << "terrain" << "Nope" << notFound << "no dataset has the id or the exact title \"Nope\"";
        QTest::newRow("vector as terrain") << "terrain" << "Test road" << invalid << "The terrain \"Test road\" is not a raster";
        QTest::newRow("vector as fuel") << "fuel" << "Test road" << invalid << "The fuel map \"Test road\" is not a raster";
        QTest::newRow("raster as barriers") << "barriers" << "Test DEM" << invalid << "The barriers \"Test DEM\" are not a vector layer";
        QTest::newRow("elsewhere") << "terrain" << "Far DEM" << invalid << "does not overlap the scenario grid";
        QTest::newRow("raster as impact layer") << "impact" << "Test DEM" << invalid << "The impact layer \"Test DEM\" is not a vector layer";
        QTest::newRow("unknown impact layer") << "impact" << "Nope" << notFound << "no dataset has the id or the exact title \"Nope\"";
    }

    void refusesUnusableDatasets()
    {
        QFETCH(QString, role);
        QFETCH(QString, dataset);
        QFETCH(int, code);
        QFETCH(QString, message);
        Scenario s = smallFire();
        if (role == u"terrain")
            s.terrainDataset = dataset;
        else if (role == u"fuel")
            s.fuelDataset = dataset;
        else if (role == u"barriers")
            s.barrierDatasets = {dataset};
        else
            s.impacts = {ScenarioImpact{dataset, ImpactLayer::Kind::Assets, {}, {}, {}}};
        Result<ScenarioInputs> in = ScenarioInputs::build(s, &m_ws->catalog(), &m_ws->store());
        QVERIFY(!in.ok());
        QCOMPARE(int(in.error().code), code);
        QVERIFY2(in.error().message.contains(message), qPrintable(in.error().message));
        // Without a workspace a dataset cannot be read at all.
        QCOMPARE(ScenarioInputs::build(s, nullptr, nullptr).error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestScenarioInputs)
#include "test_scenarioinputs.moc"
