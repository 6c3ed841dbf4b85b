#include "scenarioinputs.h"

#include "../catalog/catalog.h"
#include "../geo/gridrasterizer.h"
#include "../geo/gridwarp.h"
#include "../storage/localobjectstore.h"
#include "gridline.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <deque>

namespace urbis {

namespace {


struct Located
{
    DatasetRecord record;
    QString path;
};

// By id first, then the latest version with exactly that title (as KPI sources are found).
Result<Located> locate(const QString &name, const QString &role, Catalog *catalog, const LocalObjectStore *store)
{
    if (!catalog || !store)
        return Error(Error::Code::InvalidArgument,
                     ScenarioInputs::tr("The scenario's %1 names the dataset \"%2\": it needs a workspace to run").arg(role, name));
    Result<DatasetRecord> r = catalog->get(name);
    if (!r) {
        Result<QString> byTitle = catalog->latestByTitle(name);
        if (!byTitle)
            return byTitle.error();
        if (byTitle->isEmpty())
            return Error(Error::Code::NotFound, ScenarioInputs::tr("The scenario's %1: no dataset has the id or the exact title \"%2\"").arg(role, name));
        r = catalog->get(*byTitle);
        if (!r)
            return r.error();
    }
    const QString path = store->pathFor(r->sha256);
    if (r->sha256.isEmpty() || !QFileInfo(path).isFile())
        return Error(Error::Code::NotFound, ScenarioInputs::tr("The data of \"%1\" is not in this workspace (not downloaded yet?)").arg(r->title));
    return Located{*r, path};
}

bool isRaster(const DatasetRecord &r)
{
    return r.mediaType.startsWith(QLatin1String("image/tiff")) || r.format == u"GTiff" || r.format == u"COG";
}

bool isVector(const DatasetRecord &r)
{
    return r.mediaType.startsWith(QLatin1String("application/geopackage"));
}

ScenarioProvenance::Input provenanceOf(const QString &role, const DatasetRecord &r)
{
    return {role, r.id, r.title, r.version, r.sha256};
}

// Cells the dataset does not cover take the value of the nearest covered cell (breadth first, 4-neighbours).
void fillNearest(std::vector<float> &v, int width, int height)
{
    std::deque<size_t> queue;
    for (size_t i = 0; i < v.size(); ++i)
        if (std::isfinite(v[i]))
            queue.push_back(i);
    while (!queue.empty()) {
        const size_t i = queue.front();
        queue.pop_front();
        const int col = int(i % size_t(width)), row = int(i / size_t(width));
        const int dc[4] = {1, -1, 0, 0}, dr[4] = {0, 0, 1, -1};
        for (int k = 0; k < 4; ++k) {
            const int c = col + dc[k], r = row + dr[k];
            if (c < 0 || r < 0 || c >= width || r >= height)
                continue;
            const size_t j = size_t(r) * size_t(width) + size_t(c);
            if (!std::isfinite(v[j])) {
                v[j] = v[i];
                queue.push_back(j);
            }
        }
    }
}

QString percentOutside(qint64 valid, const GridGeoref &g)
{
    const double total = double(g.width) * double(g.height);
    return QString::number(100.0 * (total - double(valid)) / total, 'f', 1);
}

Result<void> readTerrain(const Scenario &s, Catalog *catalog, const LocalObjectStore *store, ScenarioInputs &in)
{
    if (s.terrainDataset.isEmpty()) {
        in.elevation = FloatGrid(s.grid.width, s.grid.height, 0.0f);
        return {};
    }
    Result<Located> d = locate(s.terrainDataset, ScenarioInputs::tr("terrain"), catalog, store);
    if (!d)
        return d.error();
    if (!isRaster(d->record))
        return Error(Error::Code::InvalidData, ScenarioInputs::tr("The terrain \"%1\" is not a raster (it is %2): give a GeoTIFF elevation model")
                                                   .arg(d->record.title, d->record.format));
    Result<GridWarp::Output> w = GridWarp::read(d->path, in.georef, GridWarp::Resampling::Bilinear);
    if (!w)
        return Error(w.error().code, ScenarioInputs::tr("The terrain \"%1\": %2").arg(d->record.title, w.error().message), w.error().detail);
    if (w->validCells < qint64(w->values.size())) {
        in.warnings << ScenarioInputs::tr("%1% of the grid lies outside the terrain \"%2\": those cells take the nearest elevation")
                           .arg(percentOutside(w->validCells, in.georef), d->record.title);
        fillNearest(w->values, s.grid.width, s.grid.height);
    }
    in.elevation = FloatGrid(s.grid.width, s.grid.height);
    in.elevation.cells() = std::move(w->values);
    in.provenance.inputs << provenanceOf(QStringLiteral("terrain"), d->record);
    return {};
}

Result<void> readFuel(const Scenario &s, Catalog *catalog, const LocalObjectStore *store, ScenarioInputs &in)
{
    QSet<int> known{0};
    int firstBurnable = 0;
    for (const FuelType &f : WildfireParams::defaultFuels()) {
        known.insert(f.code);
        if (firstBurnable == 0 && f.code > 0 && f.spreadRate > 0)
            firstBurnable = f.code;
    }
    if (s.fuelDataset.isEmpty()) {
        const int code = s.uniformFuel > 0 ? s.uniformFuel : firstBurnable;
        if (!known.contains(code))
            return Error(Error::Code::InvalidData, ScenarioInputs::tr("Scenario: \"fuel.uniform\" %1 is not a fuel class (see docs/simulation.md)").arg(code));
        in.fuel = ByteGrid(s.grid.width, s.grid.height, std::uint8_t(code));
        return {};
    }
    Result<Located> d = locate(s.fuelDataset, ScenarioInputs::tr("fuel"), catalog, store);
    if (!d)
        return d.error();
    if (!isRaster(d->record))
        return Error(Error::Code::InvalidData, ScenarioInputs::tr("The fuel map \"%1\" is not a raster (it is %2): give a GeoTIFF of fuel classes")
                                                   .arg(d->record.title, d->record.format));
    Result<GridWarp::Output> w = GridWarp::read(d->path, in.georef, GridWarp::Resampling::Nearest);
    if (!w)
        return Error(w.error().code, ScenarioInputs::tr("The fuel map \"%1\": %2").arg(d->record.title, w.error().message), w.error().detail);
    if (w->validCells < qint64(w->values.size()))
        in.warnings << ScenarioInputs::tr("%1% of the grid lies outside the fuel map \"%2\": those cells do not burn")
                           .arg(percentOutside(w->validCells, in.georef), d->record.title);
    in.fuel = ByteGrid(s.grid.width, s.grid.height, 0);
    for (size_t i = 0; i < w->values.size(); ++i) {
        const float v = w->values[i];
        if (!std::isfinite(v))
            continue;
        if (v != std::floor(v) || !known.contains(int(v)))
            return Error(Error::Code::InvalidData, ScenarioInputs::tr("The fuel map \"%1\" has the value %2 at cell (%3, %4), which is not a fuel class")
                                                       .arg(d->record.title).arg(double(v)).arg(i % size_t(s.grid.width)).arg(i / size_t(s.grid.width)));
        in.fuel.cells()[i] = std::uint8_t(v);
    }
    in.provenance.inputs << provenanceOf(QStringLiteral("fuel"), d->record);
    return {};
}

Result<void> readBarriers(const Scenario &s, Catalog *catalog, const LocalObjectStore *store, ScenarioInputs &in)
{
    if (s.barrierLines.isEmpty() && s.barrierDatasets.isEmpty())
        return {};
    in.barriers = ByteGrid(s.grid.width, s.grid.height, 0);
    for (const QPolygon &line : s.barrierLines)
        GridLine::draw(in.barriers, line);
    for (const QString &name : s.barrierDatasets) {
        Result<Located> d = locate(name, ScenarioInputs::tr("barriers"), catalog, store);
        if (!d)
            return d.error();
        if (!isVector(d->record))
            return Error(Error::Code::InvalidData, ScenarioInputs::tr("The barriers \"%1\" are not a vector layer (it is %2): give roads or rivers as lines")
                                                       .arg(d->record.title, d->record.format));
        Result<GridRasterizer::Output> r = GridRasterizer::rasterize(d->path, in.georef);
        if (!r)
            return Error(r.error().code, ScenarioInputs::tr("The barriers \"%1\": %2").arg(d->record.title, r.error().message), r.error().detail);
        for (size_t i = 0; i < r->cells.size(); ++i)
            in.barriers.cells()[i] |= r->cells[i];
        in.provenance.inputs << provenanceOf(QStringLiteral("barriers"), d->record);
    }
    GridLine::sealDiagonals(in.barriers);
    return {};
}

Result<void> readImpacts(const Scenario &s, Catalog *catalog, const LocalObjectStore *store, ScenarioInputs &in)
{
    for (const ScenarioImpact &impact : s.impacts) {
        Result<Located> d = locate(impact.dataset, ScenarioInputs::tr("impact layer"), catalog, store);
        if (!d)
            return d.error();
        if (!isVector(d->record))
            return Error(Error::Code::InvalidData,
                         ScenarioInputs::tr("The impact layer \"%1\" is not a vector layer (it is %2)").arg(d->record.title, d->record.format));
        in.impactLayers << impact.layer(d->path);
        in.provenance.inputs << provenanceOf(QStringLiteral("impact"), d->record);
    }
    return {};
}

// A fire lit on a road or on water goes nowhere; the run is still valid, but the user should know.
void warnAboutIgnitions(const Scenario &s, ScenarioInputs &in)
{
    QSet<int> burnable;
    for (const FuelType &f : WildfireParams::defaultFuels())
        if (f.code > 0 && f.spreadRate > 0)
            burnable.insert(f.code);
    for (int i = 0; i < s.ignitions.size(); ++i) {
        const QPoint p = s.ignitions.at(i);
        if (!in.barriers.isEmpty() && in.barriers.at(p.x(), p.y()))
            in.warnings << ScenarioInputs::tr("\"ignitions[%1]\" (%2, %3) lies on a barrier: it does not burn").arg(i).arg(p.x()).arg(p.y());
        else if (!burnable.contains(in.fuel.at(p.x(), p.y())))
            in.warnings << ScenarioInputs::tr("\"ignitions[%1]\" (%2, %3) lies on fuel that does not burn (class %4)")
                               .arg(i).arg(p.x()).arg(p.y()).arg(in.fuel.at(p.x(), p.y()));
    }
}

} // namespace

Result<ScenarioInputs> ScenarioInputs::build(const Scenario &s, Catalog *catalog, const LocalObjectStore *store, Feedback *feedback)
{
    if (Result<void> c = s.check(); !c)
        return c.error();
    ScenarioInputs in;
    Result<GridGeoref> g = GridGeoref::locate(s.grid.originLon, s.grid.originLat, s.grid.crs, s.grid.cellSize, s.grid.width, s.grid.height);
    if (!g)
        return Error(g.error().code, tr("Scenario grid: %1").arg(g.error().message), g.error().detail);
    in.georef = *g;
    in.provenance.seed = s.seed;
    const auto cancelled = [&] { return feedback && feedback->isCancelled(); };
    if (feedback)
        feedback->setStatus(tr("Reading the terrain"));
    if (Result<void> r = readTerrain(s, catalog, store, in); !r)
        return r.error();
    if (s.type == Scenario::Type::Wildfire) {
        if (cancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        if (feedback)
            feedback->setStatus(tr("Reading the fuel map"));
        if (Result<void> r = readFuel(s, catalog, store, in); !r)
            return r.error();
    }
    if (cancelled())
        return Error(Error::Code::Cancelled, tr("Cancelled"));
    if (feedback)
        feedback->setStatus(tr("Drawing the barriers"));
    if (Result<void> r = readBarriers(s, catalog, store, in); !r)
        return r.error();
    if (Result<void> r = readImpacts(s, catalog, store, in); !r)
        return r.error();
    if (s.type == Scenario::Type::Wildfire)
        warnAboutIgnitions(s, in);
    return in;
}

WildfireInputs ScenarioInputs::wildfire(const Scenario &s) const
{
    WildfireInputs w;
    w.cellSize = georef.cellSize;
    w.elevation = elevation;
    w.fuel = fuel;
    w.barriers = barriers;
    w.ignitions = s.ignitions;
    return w;
}

FloodInputs ScenarioInputs::flood() const
{
    FloodInputs f;
    f.cellSize = georef.cellSize;
    f.elevation = elevation;
    f.barriers = barriers;
    return f;
}

} // namespace urbis
