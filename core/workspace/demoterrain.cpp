#include "demoterrain.h"

#include "../geo/gridgeoref.h"
#include "../geo/gridtiffwriter.h"
#include "../sim/scenariostore.h"
#include "workspace.h"

#include "../catalog/catalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace urbis {

namespace {

// North-west corner: the hills between Galatsi and Psychiko, north-east of the centre.
constexpr double kOriginLon = 23.73;
constexpr double kOriginLat = 38.07;
constexpr double kCellSize = 30;
constexpr int kGrass = 1, kShrub = 2, kTimber = 3, kUrban = 4, kWaterOrRock = 5; // WildfireParams::defaultFuels()

// Column of the river's centre line at `row`: it meanders south through the east half.
double riverColumn(double row)
{
    return 150 + 26 * std::sin(row / DemoTerrain::kSize * 2 * M_PI * 0.9 + 0.4);
}

struct Hill
{
    double col, row, height, radius;
};

const Hill kHills[] = {{50, 55, 190, 34}, {62, 200, 120, 30}, {215, 45, 170, 28},
                       {228, 205, 130, 34}, {100, 125, 85, 22}, {200, 130, 60, 18}};

Result<QByteArray> geoTiffBytes(const GridGeoref &g, GridTiffWriter::Type type,
                                const std::function<Result<void>(GridTiffWriter &)> &write)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.tif"));
    Result<GridTiffWriter> w = GridTiffWriter::create(path, g, 1, type);
    if (!w)
        return w.error();
    if (Result<void> r = write(*w); !r)
        return r.error();
    if (Result<void> c = w->close(); !c)
        return c.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, DemoTerrain::tr("Cannot read %1").arg(path), f.errorString());
    return f.readAll();
}

Result<GridGeoref> georef()
{
    const GridSpec g = DemoTerrain::grid();
    return GridGeoref::locate(g.originLon, g.originLat, g.crs, g.cellSize, g.width, g.height);
}

// A generator bug rather than a user error: the demo's own data must always be writable.
DemoFile rasterFile(const QString &name, GridTiffWriter::Type type, const std::function<Result<void>(GridTiffWriter &)> &write)
{
    DemoFile file;
    file.fileName = name;
    Result<GridGeoref> g = georef();
    if (!g)
        return file;
    if (Result<QByteArray> bytes = geoTiffBytes(*g, type, write))
        file.bytes = *bytes;
    return file;
}

QString coordinates(const QList<QPointF> &points)
{
    QStringList out;
    for (const QPointF &p : points)
        out << QStringLiteral("[%1, %2]").arg(QString::number(p.x(), 'f', 6), QString::number(p.y(), 'f', 6));
    return out.join(QStringLiteral(", "));
}

DemoFile barriersFile()
{
    DemoFile file;
    file.fileName = QStringLiteral("athens-outskirts-roads-river.geojson");
    file.schema.crs = QStringLiteral("EPSG:4326");
    file.schema.fields = {DemoFile::field(QStringLiteral("name"), QStringLiteral("string"), {}, DemoTerrain::tr("Name of the road or river")),
                          DemoFile::field(QStringLiteral("kind"), QStringLiteral("string"), {}, DemoTerrain::tr("road or river"))};
    Result<GridGeoref> g = georef();
    if (!g)
        return file;
    QList<std::pair<QString, QPolygonF>> lines;
    const QList<QPolygonF> roads = DemoTerrain::roads();
    lines << std::pair{QStringLiteral("Ridge Road"), roads.value(0)} << std::pair{QStringLiteral("West Avenue"), roads.value(1)}
          << std::pair{QStringLiteral("Kifisos tributary"), DemoTerrain::river()};
    // Written by hand so the key order, and so the bytes, are fixed.
    QTextStream out(&file.bytes);
    out << "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Result<QList<QPointF>> points = g->cellsToWgs84(QList<QPointF>(lines.at(i).second.begin(), lines.at(i).second.end()));
        if (!points)
            return file;
        const bool river = i == lines.size() - 1;
        out << "{\"type\": \"Feature\", \"properties\": {\"name\": \"" << lines.at(i).first << "\", \"kind\": \""
            << (river ? "river" : "road") << "\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": ["
            << coordinates(*points) << "]}}" << (i + 1 < lines.size() ? ",\n" : "\n");
    }
    out << "]\n}\n";
    out.flush();
    return file;
}

// Houses in the town and on the valley floor, farms in the grass, cabins on the shrub slopes: what
// the scenarios' impact analysis counts. A fixed hash picks the cells, so the bytes never change.
DemoFile buildingsFile()
{
    DemoFile file;
    file.fileName = QStringLiteral("athens-outskirts-buildings.geojson");
    file.schema.crs = QStringLiteral("EPSG:4326");
    file.schema.fields = {DemoFile::field(QStringLiteral("id"), QStringLiteral("integer"), {}, DemoTerrain::tr("Building number")),
                          DemoFile::field(QStringLiteral("use"), QStringLiteral("string"), {}, DemoTerrain::tr("residential, farm or cabin"))};
    Result<GridGeoref> g = georef();
    if (!g)
        return file;
    const ByteGrid fuel = DemoTerrain::fuel(DemoTerrain::elevation());
    QList<QPointF> cells;
    QStringList uses;
    for (int row = 2; row < DemoTerrain::kSize; row += 5) {
        for (int col = 2; col < DemoTerrain::kSize; col += 5) {
            const quint32 h = (quint32(row) * 73856093u) ^ (quint32(col) * 19349663u);
            const int f = fuel.at(col, row);
            const int chance = f == kUrban ? 90 : f == kGrass ? 25 : f == kShrub ? 6 : 0; // percent
            if (int((h >> 8) % 100) >= chance)
                continue;
            cells << QPointF(col + 0.5, row + 0.5);
            uses << QLatin1String(f == kUrban ? "residential" : f == kGrass ? "farm" : "cabin");
        }
    }
    Result<QList<QPointF>> points = g->cellsToWgs84(cells);
    if (!points)
        return file;
    QTextStream out(&file.bytes);
    out << "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n";
    for (qsizetype i = 0; i < points->size(); ++i)
        out << "{\"type\": \"Feature\", \"properties\": {\"id\": " << i + 1 << ", \"use\": \"" << uses.at(i)
            << "\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": " << coordinates({points->at(i)}) << "}}"
            << (i + 1 < points->size() ? ",\n" : "\n");
    out << "]\n}\n";
    out.flush();
    return file;
}

} // namespace

GridSpec DemoTerrain::grid()
{
    GridSpec g;
    g.width = kSize;
    g.height = kSize;
    g.cellSize = kCellSize;
    g.originLon = kOriginLon;
    g.originLat = kOriginLat;
    g.crs = QStringLiteral("EPSG:4326");
    return g;
}

FloatGrid DemoTerrain::elevation()
{
    FloatGrid e(kSize, kSize);
    for (int row = 0; row < kSize; ++row) {
        // The valley floor falls from 230 m in the north to 140 m in the south.
        const double floor = 230 - 90.0 * row / (kSize - 1);
        const double river = riverColumn(row);
        for (int col = 0; col < kSize; ++col) {
            const double d = std::abs(col - river) * kCellSize; // metres from the river
            double z = floor + 70 * (1 - std::exp(-(d * d) / (700.0 * 700.0)));
            for (const Hill &h : kHills) {
                const double r2 = (col - h.col) * (col - h.col) + (row - h.row) * (row - h.row);
                z += h.height * std::exp(-r2 / (2 * h.radius * h.radius));
            }
            z += 2.5 * std::sin(col * 0.31) * std::cos(row * 0.23); // some texture for the slopes
            if (d < 1.5 * kCellSize)
                z -= 3; // the channel
            e.at(col, row) = float(z);
        }
    }
    return e;
}

ByteGrid DemoTerrain::fuel(const FloatGrid &elevation)
{
    ByteGrid f(kSize, kSize, kShrub);
    for (int row = 0; row < kSize; ++row) {
        const double floor = 230 - 90.0 * row / (kSize - 1);
        for (int col = 0; col < kSize; ++col) {
            const double d = std::abs(col - riverColumn(row));
            const double above = elevation.at(col, row) - floor; // height over the valley floor
            std::uint8_t code = kShrub;
            if (d < 1.5)
                code = kWaterOrRock;
            else if (col < 90 && row > 175)
                code = kUrban; // the edge of the city, south-west
            else if (above > 240)
                code = kWaterOrRock; // bare hill tops
            else if (above > 150)
                code = kTimber; // pine on the hills
            else if (d < 45 && above < 70)
                code = kGrass; // dry grass on the valley floor
            f.at(col, row) = code;
        }
    }
    return f;
}

QList<QPolygonF> DemoTerrain::roads()
{
    return {QPolygonF{{0, 96}, {60, 104}, {118, 99}, {175, 108}, {255, 101}},
            QPolygonF{{38, 0}, {44, 70}, {41, 150}, {47, 255}}};
}

QPolygonF DemoTerrain::river()
{
    QPolygonF line;
    for (int row = 0; row < kSize; row += 8)
        line << QPointF(riverColumn(row) + 0.5, row + 0.5);
    line << QPointF(riverColumn(kSize - 1) + 0.5, kSize - 0.5);
    return line;
}

QList<DemoTerrain::Layer> DemoTerrain::layers()
{
    const QStringList common{QStringLiteral("synthetic"), QStringLiteral("demo")};
    return {
        {QStringLiteral("demo-dem"), tr("Athens north-east outskirts terrain (synthetic DEM)"),
         tr("Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. "
            "Synthetic demo data, not a survey."),
         QStringLiteral("hazard"), QStringList{QStringLiteral("demo-dem"), QStringLiteral("elevation"), QStringLiteral("terrain")} + common,
         [] {
             return rasterFile(QStringLiteral("athens-outskirts-dem.tif"), GridTiffWriter::Type::Float32,
                               [](GridTiffWriter &w) { return w.writeBand(1, elevation().data(), tr("elevation (m)")); });
         }},
        {QStringLiteral("demo-fuel"), tr("Athens north-east outskirts fuel map (synthetic)"),
         tr("Wildfire fuel classes on the terrain's grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, "
            "5 water or rock (docs/simulation.md). Derived from the synthetic terrain."),
         QStringLiteral("hazard"), QStringList{QStringLiteral("demo-fuel"), QStringLiteral("fuel"), QStringLiteral("wildfire")} + common,
         [] {
             return rasterFile(QStringLiteral("athens-outskirts-fuel.tif"), GridTiffWriter::Type::Byte,
                               [](GridTiffWriter &w) { return w.writeBand(1, fuel(elevation()).data(), tr("fuel class")); });
         }},
        {QStringLiteral("demo-barriers"), tr("Athens north-east outskirts roads and river (synthetic)"),
         tr("Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data."),
         QStringLiteral("hazard"), QStringList{QStringLiteral("demo-barriers"), QStringLiteral("roads"), QStringLiteral("river")} + common,
         [] { return barriersFile(); }},
        {QStringLiteral("demo-buildings"), tr("Athens north-east outskirts buildings (synthetic)"),
         tr("Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data."),
         QStringLiteral("hazard"), QStringList{QStringLiteral("demo-buildings"), QStringLiteral("buildings")} + common,
         [] { return buildingsFile(); }},
    };
}

ScenarioImpact DemoTerrain::buildingsImpact(const QString &buildings)
{
    ScenarioImpact i;
    i.dataset = buildings;
    i.kind = ImpactLayer::Kind::Assets;
    i.metric = QStringLiteral("buildings");
    i.categoryField = QStringLiteral("use");
    return i;
}

Scenario DemoTerrain::wildfireScenario(const QString &dem, const QString &fuel, const QString &barriers,
                                       const QString &buildings)
{
    Scenario s;
    s.id = kWildfireId;
    s.name = tr("Athens outskirts wildfire (demo)");
    s.description = tr("A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge "
                       "road and the river stop it. Synthetic terrain and fuel.");
    s.type = Scenario::Type::Wildfire;
    s.seed = 42;
    s.steps = 240;
    s.grid = grid();
    s.terrainDataset = dem;
    s.fuelDataset = fuel;
    s.barrierDatasets = {barriers};
    s.windSpeed = 10;
    s.windDirection = 200;
    s.moisture = 0.05;
    s.stepMinutes = 3;
    s.ignitions = {QPoint(118, 165), QPoint(119, 165)};
    s.impacts = {buildingsImpact(buildings)};
    return s;
}

Scenario DemoTerrain::floodScenario(const QString &dem, const QString &buildings)
{
    Scenario s;
    s.id = kFloodId;
    s.name = tr("Athens outskirts river flood (demo)");
    s.description = tr("A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.");
    s.type = Scenario::Type::Flood;
    s.seed = 42;
    s.steps = 90;
    // Half the terrain's resolution (60 m cells, resampled from the DEM): a flood wave needs short
    // time steps, and four times fewer cells with twice the step keep the demo quick.
    s.grid = grid();
    s.grid.width = kSize / 2;
    s.grid.height = kSize / 2;
    s.grid.cellSize = 2 * kCellSize;
    s.terrainDataset = dem;
    s.stepSeconds = 120;
    s.inflowCell = QPoint(int(riverColumn(2)) / 2, 1);
    s.inflow = {{0, 20}, {1800, 300}, {3600, 700}, {7200, 150}, {10800, 20}};
    s.rainfall = {{0, 0}, {1800, 12}, {3600, 0}};
    s.manning = 0.04;
    s.impacts = {buildingsImpact(buildings)};
    return s;
}

namespace {

// Whether every dataset a stored demo scenario names is still in the catalog.
bool inputsPresent(Catalog &catalog, const Scenario &s)
{
    QStringList names = s.barrierDatasets;
    names << s.terrainDataset << s.fuelDataset;
    for (const ScenarioImpact &i : s.impacts)
        names << i.dataset;
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty() || catalog.get(name))
            continue;
        Result<QString> byTitle = catalog.latestByTitle(name);
        if (!byTitle || byTitle->isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<QStringList> DemoTerrain::saveScenarios(Workspace &ws)
{
    CatalogQuery q;
    q.cities = {kCity};
    q.domains = {QStringLiteral("hazard")};
    q.limit = 0;
    q.withFacets = false;
    Result<SearchResult> found = ws.catalog().search(q);
    if (!found)
        return found.error();
    QMap<QString, QString> ids; // tag -> dataset id
    for (const Layer &l : layers())
        for (const DatasetRecord &r : std::as_const(found->records))
            if (r.keywords.contains(l.tag) && r.keywords.contains(QStringLiteral("demo")))
                ids.insert(l.tag, r.id);
    if (ids.size() != layers().size())
        return QStringList(); // a layer is missing: nothing to refer to
    ScenarioStore store(ws.dataDir());
    QStringList written;
    const QString buildings = ids.value(QStringLiteral("demo-buildings"));
    for (const Scenario &s : {wildfireScenario(ids.value(QStringLiteral("demo-dem")), ids.value(QStringLiteral("demo-fuel")),
                                               ids.value(QStringLiteral("demo-barriers")), buildings),
                              floodScenario(ids.value(QStringLiteral("demo-dem")), buildings)}) {
        if (store.contains(s.id)) {
            Result<Scenario> kept = store.load(s.id);
            if (kept && inputsPresent(ws.catalog(), *kept))
                continue; // the user's copy, possibly edited
        }
        if (Result<void> saved = store.save(s); !saved)
            return saved.error();
        written << s.id;
    }
    return written;
}

} // namespace urbis
