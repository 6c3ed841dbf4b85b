// GeoPackage writing (issue: CSV import speed): 200,000 points through GpkgWriter, the spatial index
// included, and the R*Tree bulk load alone for 1,000,000 boxes (target ≤ 1.5 s).
#include "ingest/gpkgwriter.h"
#include "ingest/rtreebulkload.h"
#include "util/database.h"
#include "util/transaction.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <vector>

using namespace urbis;

namespace {

void BM_GpkgWrite200k(benchmark::State &state)
{
    constexpr int kRows = 200000;
    GpkgLayout layout;
    TableField lat, lon, pm10;
    lat.name = QStringLiteral("lat");
    lat.type = QStringLiteral("number");
    lon.name = QStringLiteral("lon");
    lon.type = QStringLiteral("number");
    pm10.name = QStringLiteral("pm10");
    pm10.type = QStringLiteral("number");
    layout.fields = {lat, lon, pm10};
    layout.geometry = GpkgLayout::Geometry::LatLon;
    layout.latField = 0;
    layout.lonField = 1;
    QRandomGenerator rng(11);
    QList<QList<QVariant>> rows;
    rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        rows.append({37.9 + rng.generateDouble() * 0.1, 23.65 + rng.generateDouble() * 0.1, rng.generateDouble() * 40});
    for (auto _ : state) {
        QTemporaryDir dir;
        Result<GpkgWriter> w = GpkgWriter::create(dir.filePath(QStringLiteral("b.gpkg")), layout);
        if (!w) {
            state.SkipWithError(qPrintable(w.error().toString()));
            return;
        }
        for (const QList<QVariant> &r : std::as_const(rows))
            if (!w->write(r)) {
                state.SkipWithError("write failed");
                return;
            }
        if (Result<void> f = w->finish(); !f) {
            state.SkipWithError(qPrintable(f.error().toString()));
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_GpkgWrite200k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RTreeBulkLoad1M(benchmark::State &state)
{
    constexpr int kEntries = 1000000;
    QRandomGenerator rng(12);
    std::vector<RTreeBulkLoad::Entry> entries;
    entries.reserve(kEntries);
    for (int i = 0; i < kEntries; ++i) {
        const double x = rng.generateDouble() * 360 - 180, y = rng.generateDouble() * 180 - 90;
        entries.push_back({i + 1, x, x, y, y});
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("r.sqlite")));
        if (!db || !db->exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                                            "CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)"))) {
            state.SkipWithError("cannot create the R*Tree");
            return;
        }
        std::vector<RTreeBulkLoad::Entry> copy = entries;
        state.ResumeTiming();
        Transaction t(*db);
        if (!RTreeBulkLoad::load(*db, QStringLiteral("r"), std::move(copy)) || !t.commit()) {
            state.SkipWithError("bulk load failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * kEntries);
}
BENCHMARK(BM_RTreeBulkLoad1M)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
