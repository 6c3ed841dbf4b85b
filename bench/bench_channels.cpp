// Channel benchmarks (streams issue): how many samples a second ChannelSet::append takes in
// Annex B shaped batches (24 stations, 16 measures, as the worker hands them over), and what a chart
// redraw costs: window() over one hour at 20 Hz (72,000 points) down to 1,000 points, by LTTB and
// by min/max, through ChannelSet (lock and copy included).
#include "stream/channelset.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace urbis;

namespace {

constexpr int kStations = 24;
constexpr qint64 kHourAt20Hz = 72'000;

// The numeric keys of the Annex B air-quality record.
FieldMapping annexBMapping()
{
    FieldMapping m;
    m.timeKey = QStringLiteral("timeRecorded");
    m.entityKey = QStringLiteral("station");
    m.latKey = QStringLiteral("lat");
    m.lonKey = QStringLiteral("lon");
    for (const char *key :
         {"humidity", "co", "no2", "pressure", "pm10", "pm25", "temperature", "temp_min", "temp_max",
          "windspeed", "windgust", "winddegree", "ozone", "dew", "sulphurDioxide", "visibility"})
        m.measures.append({QString::fromLatin1(key), QString()});
    m.attributes = {QStringLiteral("cityName"), QStringLiteral("dominentpol")};
    return m;
}

StreamBatch annexBBatch(int size, qint64 &t, const QStringList &stations)
{
    StreamBatch batch;
    batch.reserve(size);
    for (int i = 0; i < size; ++i, t += 50) {
        StreamSample s;
        s.timeMs = s.receivedMs = t;
        s.entity = stations[int(t / 50 % kStations)];
        s.lat = 39.66;
        s.lon = 20.85;
        s.values.resize(16);
        for (size_t m = 0; m < s.values.size(); ++m)
            s.values[m] = double(m) * 10 + std::sin(double(t) * 1e-4);
        s.attributes = {QStringLiteral("Ioannina"), QStringLiteral("pm25")};
        batch.append(std::move(s));
    }
    return batch;
}

void BM_ChannelSetAppend(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    ChannelSet set;
    set.setMapping(annexBMapping());
    QStringList stations;
    for (int i = 0; i < kStations; ++i)
        stations << QStringLiteral("ST-%1").arg(i);
    // Batches are built outside the timed loop: only append() is measured.
    qint64 t = 1'700'000'000'000;
    QList<StreamBatch> batches;
    for (int i = 0; i < 64; ++i)
        batches.append(annexBBatch(batchSize, t, stations));
    qint64 n = 0;
    for (auto _ : state)
        set.append(batches[n++ % batches.size()]);
    state.SetItemsProcessed(qint64(state.iterations()) * batchSize);
    state.counters["MB"] = double(set.memoryBytes()) / 1e6;
}
BENCHMARK(BM_ChannelSetAppend)->Arg(1)->Arg(100)->Arg(1000);

void channelWindow(benchmark::State &state, ChannelBuffer::Downsample mode)
{
    ChannelSet set{int(kHourAt20Hz)};
    FieldMapping m;
    m.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")}};
    set.setMapping(m);
    const qint64 t0 = 1'700'000'000'000;
    StreamBatch batch;
    for (qint64 i = 0; i < kHourAt20Hz; ++i) {
        StreamSample s;
        s.timeMs = s.receivedMs = t0 + i * 50;
        s.values = {20 + 10 * std::sin(double(i) * 0.001) + (i % 997 == 0 ? 40 : 0)};
        batch.append(std::move(s));
    }
    set.append(batch);
    qsizetype points = 0;
    for (auto _ : state) {
        const ChannelSeries s = set.window(QString(), 0, t0, t0 + kHourAt20Hz * 50, 1000, mode);
        points = s.size();
        benchmark::DoNotOptimize(s.constData());
    }
    if (points > 1000)
        state.SkipWithError("window() returned more points than asked");
    state.counters["points"] = double(points);
    state.SetItemsProcessed(qint64(state.iterations()) * kHourAt20Hz);
}

void BM_ChannelWindowLttb(benchmark::State &state)
{
    channelWindow(state, ChannelBuffer::Downsample::Lttb);
}
BENCHMARK(BM_ChannelWindowLttb)->Unit(benchmark::kMicrosecond);

void BM_ChannelWindowMinMax(benchmark::State &state)
{
    channelWindow(state, ChannelBuffer::Downsample::MinMax);
}
BENCHMARK(BM_ChannelWindowMinMax)->Unit(benchmark::kMicrosecond);

} // namespace
