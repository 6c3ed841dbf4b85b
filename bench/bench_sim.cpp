// Simulation benchmarks (scenarios issue). Wildfire on a 2048 × 2048 grid: target >= 50 million
// cell updates/s on one core, where a cell update is one candidate arrival time evaluated for a
// cell from a burning neighbour (docs/simulation.md). Its memory traffic is compared with a
// measured memcpy bandwidth: ratio = bytes per update × updates/s ÷ copy bandwidth (read + write
// bytes per second, the STREAM convention). Floods: both schemes on 1024 × 1024.
// Run: urbis_bench --benchmark_filter=Sim
#include "sim/firespread.h"
#include "sim/floodmodel.h"
#include "sim/wildfiremodel.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstring>
#include <ctime>
#include <vector>

using namespace urbis;

namespace {

constexpr int kFireSize = 2048;
constexpr int kFloodSize = 1024;
constexpr size_t kCopyBytes = size_t(256) << 20;

// Mostly grass with shrub patches, some timber litter and urban blocks; a slope with hills.
const WildfireInputs &fireLandscape()
{
    static const WildfireInputs in = [] {
        WildfireInputs w;
        w.cellSize = 30;
        w.fuel = ByteGrid(kFireSize, kFireSize, 1);
        w.elevation = FloatGrid(kFireSize, kFireSize, 0.0f);
        for (int r = 0; r < kFireSize; ++r) {
            for (int c = 0; c < kFireSize; ++c) {
                const double hills = std::sin(c * 0.013) * std::cos(r * 0.011);
                w.elevation.at(c, r) = float(0.5 * r + 120 * hills);
                const unsigned hash =
                    (unsigned(c) * 2654435761u) ^ (unsigned(r) * 40503u) ^ (unsigned(c * r) >> 3);
                std::uint8_t fuel = hills > 0.5 ? 2 : 1;
                if (hash % 97 == 0)
                    fuel = 3;
                if ((c / 64 + r / 64) % 11 == 0 && (c % 64) < 40 && (r % 64) < 40)
                    fuel = 4;
                w.fuel.at(c, r) = fuel;
            }
        }
        w.ignitions = {QPoint(kFireSize / 2, kFireSize / 2)};
        return w;
    }();
    return in;
}

WildfireParams fireParams()
{
    WildfireParams p;
    p.windSpeed = 4;
    p.windFromDeg = 250;
    p.stepMinutes = 60;
    p.steps = 1200;
    return p;
}

// CPU time of this thread, like Google Benchmark's own rates: on a shared machine wall time
// mostly measures the other processes.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

/** memcpy of a 256 MB buffer, read + write bytes per CPU second (best of a few). */
double copyBandwidth()
{
    static const double bandwidth = [] {
        std::vector<char> a(kCopyBytes, 1), b(kCopyBytes, 2);
        double best = 0;
        for (int i = 0; i < 5; ++i) {
            const double t0 = cpuSeconds();
            std::memcpy(b.data(), a.data(), kCopyBytes);
            benchmark::DoNotOptimize(b.data());
            best = std::max(best, 2.0 * double(kCopyBytes) / (cpuSeconds() - t0));
        }
        return best;
    }();
    return bandwidth;
}

void BM_SimMemcpy256MB(benchmark::State &state)
{
    std::vector<char> a(kCopyBytes, 1), b(kCopyBytes, 2);
    for (auto _ : state) {
        std::memcpy(b.data(), a.data(), kCopyBytes);
        benchmark::DoNotOptimize(b.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(qint64(state.iterations()) * 2 * qint64(kCopyBytes)); // read + write
}
BENCHMARK(BM_SimMemcpy256MB)->Unit(benchmark::kMillisecond);

void BM_SimWildfire2048(benchmark::State &state)
{
    const WildfireInputs &in = fireLandscape();
    const WildfireParams p = fireParams();
    // The byte estimate needs the engine's own counts (the same deterministic run, not timed).
    FireSpread probe(in, p);
    for (int step = 1; step <= p.steps && !probe.isOut(); ++step)
        probe.burnStep(step, {});
    const double updates = double(probe.cellUpdates());
    // Per update: the neighbour's burned flag (1), slowness + elevation (8), tentative time (4).
    // Per queue push: time write (4), entry write and read (8). Per settled cell: its own cell,
    // time, flag and arrival (17) and the four flags read for the perimeter (4).
    const double bytesPerUpdate =
        13 + 12 * double(probe.queuePushes()) / updates + 21 * double(probe.burnedCells()) / updates;
    const double bandwidth = copyBandwidth();
    qint64 total = 0, burned = 0;
    double seconds = 0;
    for (auto _ : state) {
        const double t0 = cpuSeconds();
        Result<WildfireResult> r = WildfireModel::run(in, p);
        seconds += cpuSeconds() - t0;
        if (!r)
            state.SkipWithError(qPrintable(r.error().message));
        else {
            total += r->cellUpdates;
            burned = r->steps.last().burnedCells;
        }
    }
    const double perIteration = double(total) / double(state.iterations());
    state.counters["cell_updates"] = perIteration;
    state.counters["cell_updates_per_s"] = benchmark::Counter(double(total), benchmark::Counter::kIsRate);
    state.counters["cells_burned_per_s"] =
        benchmark::Counter(double(burned) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["burned_fraction"] = double(burned) / (double(kFireSize) * kFireSize);
    state.counters["bytes_per_update"] = bytesPerUpdate;
    state.counters["copy_bandwidth_Bps"] = bandwidth;
    state.counters["bandwidth_ratio"] = double(total) / seconds * bytesPerUpdate / bandwidth;
}
BENCHMARK(BM_SimWildfire2048)->Unit(benchmark::kMillisecond)->MinTime(2.0);

const FloodInputs &floodTerrain()
{
    static const FloodInputs in = [] {
        FloodInputs f;
        f.cellSize = 10;
        f.elevation = FloatGrid(kFloodSize, kFloodSize, 0.0f);
        for (int r = 0; r < kFloodSize; ++r) {
            for (int c = 0; c < kFloodSize; ++c)
                f.elevation.at(c, r) =
                    float(0.01 * (kFloodSize - c) + 2 * std::sin(c * 0.02) * std::sin(r * 0.017));
        }
        return f;
    }();
    return in;
}

void runFlood(benchmark::State &state, FloodParams::Scheme scheme)
{
    FloodParams p;
    p.scheme = scheme;
    p.stepSeconds = 60;
    p.steps = 5;
    p.rainfall = {{0, 50}, {300, 50}};
    p.inflow = {{0, 0}, {300, 50}};
    p.inflowCell = QPoint(100, kFloodSize / 2);
    qint64 total = 0;
    for (auto _ : state) {
        Result<FloodResult> r = FloodModel::run(floodTerrain(), p);
        if (!r)
            state.SkipWithError(qPrintable(r.error().message));
        else
            total += r->cellUpdates;
    }
    state.counters["cell_updates_per_s"] = benchmark::Counter(double(total), benchmark::Counter::kIsRate);
}

void BM_SimFloodLocalInertial1024(benchmark::State &state)
{
    runFlood(state, FloodParams::Scheme::LocalInertial);
}
BENCHMARK(BM_SimFloodLocalInertial1024)->Unit(benchmark::kMillisecond);

void BM_SimFloodFillSpill1024(benchmark::State &state)
{
    runFlood(state, FloodParams::Scheme::FillAndSpill);
}
BENCHMARK(BM_SimFloodFillSpill1024)->Unit(benchmark::kMillisecond);

} // namespace
