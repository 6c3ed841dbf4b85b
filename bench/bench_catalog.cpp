// Catalog benchmarks (issue: foundation): bulk insert of 100,000 records and combined searches
// (text + bbox + time + facet counts) over them, with p50/p95 per query shape.
#include "catalog/catalog.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace urbis;

namespace {

constexpr int kRecords = 100000;

const QStringList kWords{QStringLiteral("air"),      QStringLiteral("quality"),  QStringLiteral("traffic"),
                         QStringLiteral("energy"),   QStringLiteral("waste"),    QStringLiteral("flood"),
                         QStringLiteral("wildfire"), QStringLiteral("noise"),    QStringLiteral("sensor"),
                         QStringLiteral("station"),  QStringLiteral("buildings"), QStringLiteral("emissions"),
                         QStringLiteral("parking"),  QStringLiteral("recycling"), QStringLiteral("rainfall"),
                         QStringLiteral("temperature")};

QList<DatasetRecord> makeRecords(int n)
{
    QRandomGenerator rng(7);
    QList<DatasetRecord> out;
    out.reserve(n);
    const QStringList formats{QStringLiteral("CSV"), QStringLiteral("GeoJSON"), QStringLiteral("GPKG"), QStringLiteral("GTiff")};
    const QStringList licenses{QStringLiteral("CC-BY-4.0"), QStringLiteral("CC0-1.0"), QStringLiteral("ODbL-1.0")};
    for (int i = 0; i < n; ++i) {
        DatasetRecord r;
        const int city = int(rng.bounded(400));
        const QString domain = DatasetRecord::domains().at(int(rng.bounded(DatasetRecord::domains().size())));
        const QString w1 = kWords.at(int(rng.bounded(kWords.size()))), w2 = kWords.at(int(rng.bounded(kWords.size())));
        r.title = QStringLiteral("City %1 %2 %3 %4").arg(city).arg(w1, w2).arg(i);
        r.description = QStringLiteral("Synthetic %1 dataset about %2 and %3 in city %4").arg(domain, w1, w2).arg(city);
        r.source = QStringLiteral("Sensor network %1").arg(i % 97);
        r.city = QStringLiteral("City %1").arg(city);
        r.domain = domain;
        r.keywords = {w1, w2};
        r.license = licenses.at(i % licenses.size());
        r.format = formats.at(int(rng.bounded(formats.size())));
        const double lon = -10 + (city % 20) * 2.0 + rng.bounded(1.0), lat = 36 + (city / 20) * 1.0 + rng.bounded(0.5);
        r.bbox = Extent(lon, lat, lon + 0.2, lat + 0.15);
        const QDate start(2015 + int(rng.bounded(10)), 1 + int(rng.bounded(12)), 1);
        r.timeStart = QDateTime(start, QTime(0, 0), Qt::UTC);
        r.timeEnd = r.timeStart.addDays(30 + int(rng.bounded(700)));
        r.fields = {{QStringLiteral("time"), QStringLiteral("datetime"), {}, {}},
                    {w1, QStringLiteral("number"), QStringLiteral("1"), {}}};
        r.featureCount = rng.bounded(100000);
        out << r;
    }
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    std::optional<Catalog> catalog;
    double insertSeconds = 0;

    static Fixture &get()
    {
        static Fixture f;
        if (!f.catalog) {
            // URBIS_BENCH_DIR keeps the catalog for inspection (EXPLAIN QUERY PLAN in sqlite3).
            const QString dir = qEnvironmentVariable("URBIS_BENCH_DIR", f.dir.path());
            QFile::remove(dir + QStringLiteral("/bench.sqlite"));
            Result<Catalog> c = Catalog::open(dir + QStringLiteral("/bench.sqlite"));
            if (!c)
                qFatal("cannot open catalog: %s", qPrintable(c.error().toString()));
            f.catalog.emplace(std::move(*c));
            QList<DatasetRecord> records = makeRecords(kRecords);
            QElapsedTimer t;
            t.start();
            Result<QStringList> ids = f.catalog->insertMany(std::move(records));
            f.insertSeconds = double(t.nsecsElapsed()) / 1e9;
            if (!ids)
                qFatal("insert failed: %s", qPrintable(ids.error().toString()));
        }
        return f;
    }
};

void reportPercentiles(benchmark::State &state, std::vector<double> &ms, int matches)
{
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    state.counters["max_ms"] = ms.back();
    state.counters["matches"] = matches;
}

void runQuery(benchmark::State &state, CatalogQuery q)
{
    Catalog &c = *Fixture::get().catalog;
    std::vector<double> ms;
    int matches = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        Result<SearchResult> r = c.search(q);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        matches = int(r->total);
        benchmark::DoNotOptimize(r->records.size());
    }
    reportPercentiles(state, ms, matches);
}

CatalogQuery combined()
{
    CatalogQuery q;
    q.text = QStringLiteral("air");
    q.bbox = Extent(0, 40, 20, 50);
    q.from = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2021, 12, 31), QTime(0, 0), Qt::UTC);
    return q;
}

void BM_InsertMany100k(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Result<Catalog> c = Catalog::open(dir.filePath(QStringLiteral("insert.sqlite")));
        QList<DatasetRecord> records = makeRecords(kRecords);
        state.ResumeTiming();
        Result<QStringList> ids = c->insertMany(std::move(records));
        if (!ids)
            state.SkipWithError(qPrintable(ids.error().toString()));
    }
    state.counters["records"] = kRecords;
}
BENCHMARK(BM_InsertMany100k)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_SearchCombined(benchmark::State &state)
{
    runQuery(state, combined());
}
BENCHMARK(BM_SearchCombined)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_SearchCombinedFacetFiltered(benchmark::State &state)
{
    CatalogQuery q = combined();
    q.domains = {QStringLiteral("air"), QStringLiteral("climate")};
    q.formats = {QStringLiteral("CSV")};
    runQuery(state, q);
}
BENCHMARK(BM_SearchCombinedFacetFiltered)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_SearchTextOnlyBroad(benchmark::State &state)
{
    CatalogQuery q;
    q.text = QStringLiteral("station");
    runQuery(state, q);
}
BENCHMARK(BM_SearchTextOnlyBroad)->Unit(benchmark::kMillisecond)->Iterations(100);

void BM_SearchPrefixTyping(benchmark::State &state)
{
    CatalogQuery q;
    q.text = QStringLiteral("recy");
    q.bbox = Extent(-5, 38, 5, 45);
    runQuery(state, q);
}
BENCHMARK(BM_SearchPrefixTyping)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_ListEverythingWithFacets(benchmark::State &state)
{
    runQuery(state, CatalogQuery{});
}
BENCHMARK(BM_ListEverythingWithFacets)->Unit(benchmark::kMillisecond)->Iterations(50);

} // namespace
