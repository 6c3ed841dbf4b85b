#include "stream/channelset.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using namespace urbis;

namespace {

constexpr double kAbsent = std::numeric_limits<double>::quiet_NaN();

FieldMapping mapping(const QStringList &measures)
{
    FieldMapping m;
    m.timeKey = QStringLiteral("timeRecorded");
    m.entityKey = QStringLiteral("station");
    for (const QString &key : measures)
        m.measures.append({key, QStringLiteral("ug/m3")});
    m.attributes = {QStringLiteral("cityName")};
    return m;
}

StreamSample sample(const QString &entity, qint64 t, std::vector<double> values,
                    const QString &city = QString())
{
    StreamSample s;
    s.timeMs = t;
    s.receivedMs = t;
    s.entity = entity;
    s.values = std::move(values);
    s.attributes = {city};
    return s;
}

} // namespace

class TestChannelSet : public QObject
{
    Q_OBJECT
private slots:
    void appendAndRead()
    {
        ChannelSet set(100, 10);
        set.setMapping(mapping({QStringLiteral("pm10"), QStringLiteral("no2")}));
        set.append({sample(QStringLiteral("ST-2"), 1000, {10, 20}),
                    sample(QStringLiteral("ST-1"), 1000, {11, 21}),
                    sample(QStringLiteral("ST-2"), 2000, {12, 22})});
        QCOMPARE(set.entities(), (QStringList{QStringLiteral("ST-1"), QStringLiteral("ST-2")}));
        const ChannelSeries no2 = set.window(QStringLiteral("ST-2"), 1, 0, 5000, 100);
        QCOMPARE(no2, (ChannelSeries{{1000, 20}, {2000, 22}}));
        QCOMPARE(set.lastTimeMs(), 2000);
        double lo = 0, hi = 0;
        QVERIFY(set.range(QStringLiteral("ST-2"), 0, 0, 5000, &lo, &hi));
        QCOMPARE(lo, 10.0);
        QCOMPARE(hi, 12.0);
        // Unknown entity or measure: nothing, not a crash.
        QVERIFY(set.window(QStringLiteral("ST-9"), 0, 0, 5000, 100).isEmpty());
        QVERIFY(set.window(QStringLiteral("ST-1"), 2, 0, 5000, 100).isEmpty());
        QVERIFY(set.window(QStringLiteral("ST-1"), -1, 0, 5000, 100).isEmpty());
        QVERIFY(!set.range(QStringLiteral("ST-9"), 0, 0, 5000, &lo, &hi));
    }

    void absentMeasuresAddNoPointAndLatestMerges()
    {
        ChannelSet set(100, 10);
        set.setMapping(mapping({QStringLiteral("temperature"), QStringLiteral("humidity")}));
        StreamSample first = sample(QStringLiteral("S"), 1000, {21.5, 60}, QStringLiteral("Ioannina"));
        first.lat = 39.66;
        first.lon = 20.85;
        set.append({first});
        // An MQTT-style message with one measure and no position.
        set.append({sample(QStringLiteral("S"), 2000, {kAbsent, 58}, QString())});
        QCOMPARE(set.window(QStringLiteral("S"), 0, 0, 5000, 100).size(), 1); // NaN is no gap marker
        QCOMPARE(set.window(QStringLiteral("S"), 1, 0, 5000, 100).size(), 2);
        const StreamSample latest = set.latest().value(QStringLiteral("S"));
        QCOMPARE(latest.timeMs, 2000);
        QCOMPARE(latest.values, (std::vector<double>{21.5, 58}));
        QCOMPARE(latest.attributes, QStringList{QStringLiteral("Ioannina")});
        QVERIFY(latest.hasPosition());
        QCOMPARE(latest.lat, 39.66);
    }

    void mappingChangeClears()
    {
        ChannelSet set(100, 10);
        const FieldMapping m = mapping({QStringLiteral("pm10")});
        set.setMapping(m);
        set.append({sample(QStringLiteral("A"), 1000, {1})});
        FieldMapping sameMeasures = m;
        sameMeasures.latKey = QStringLiteral("lat");
        set.setMapping(sameMeasures);
        QCOMPARE(set.entities().size(), 1);
        set.setMapping(mapping({QStringLiteral("pm25")}));
        QVERIFY(set.entities().isEmpty());
        QVERIFY(set.latest().isEmpty());
        QCOMPARE(set.lastTimeMs(), 0);
        QCOMPARE(set.mapping().measures.first().key, QStringLiteral("pm25"));
    }

    void gapInEveryChannel()
    {
        ChannelSet set(100, 10);
        set.setMapping(mapping({QStringLiteral("a"), QStringLiteral("b")}));
        set.append({sample(QStringLiteral("X"), 1000, {1, 2}), sample(QStringLiteral("Y"), 1000, {3, 4})});
        set.appendGap(1500);
        set.append({sample(QStringLiteral("X"), 2000, {5, 6}), sample(QStringLiteral("Y"), 2000, {7, 8})});
        for (const QString &e : {QStringLiteral("X"), QStringLiteral("Y")}) {
            for (int m = 0; m < 2; ++m) {
                const ChannelSeries s = set.window(e, m, 0, 3000, 100);
                QCOMPARE(s.size(), 3);
                QVERIFY(s[1].isGap());
                QCOMPARE(s[1].timeMs, 1500);
            }
        }
        set.clear();
        QVERIFY(set.entities().isEmpty());
    }

    void memoryBoundedWithManyEntities()
    {
        const int capacity = 256, maxEntities = 10, measures = 3;
        ChannelSet set(capacity, maxEntities);
        set.setMapping(mapping({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const auto feed = [&](qint64 t0) {
            for (qint64 t = t0; t < t0 + 1000; ++t) {
                StreamBatch batch;
                for (int e = 0; e < 100; ++e)
                    batch.append(sample(QStringLiteral("E%1").arg(e), t, {double(t), 1, 2}));
                set.append(batch);
            }
        };
        feed(0);
        const qint64 afterFirst = set.memoryBytes();
        feed(1000);
        QCOMPARE(set.entities().size(), maxEntities);
        QCOMPARE(set.ignoredEntities(), 90); // each refused entity counted once
        QCOMPARE(set.latest().size(), maxEntities);
        const qint64 points = qint64(maxEntities) * measures * capacity * qint64(sizeof(ChannelPoint));
        QVERIFY(set.memoryBytes() >= points);
        QVERIFY2(set.memoryBytes() < points + 64 * 1024, qPrintable(QString::number(set.memoryBytes())));
        QCOMPARE(set.memoryBytes(), afterFirst); // full rings: more data, same memory
        QCOMPARE(set.window(QStringLiteral("E0"), 0, 0, 10'000, 1000).size(), capacity);
    }

    void concurrentWriterAndReaders()
    {
        ChannelSet set(4096, 100);
        set.setMapping(mapping({QStringLiteral("pm10"), QStringLiteral("no2")}));
        std::atomic<bool> done{false};
        std::atomic<int> failures{0};
        std::atomic<int> started{0};
        const int entities = 5, batches = 2000, perBatch = 10;
        std::thread writer([&] {
            // Starts once every reader is reading, so reads and writes overlap.
            while (started.load() < 3)
                std::this_thread::yield();
            qint64 t = 0;
            for (int b = 0; b < batches; ++b) {
                StreamBatch batch;
                for (int i = 0; i < perBatch; ++i, ++t)
                    batch.append(sample(QStringLiteral("E%1").arg(t % entities), t, {double(t), -double(t)}));
                set.append(batch);
                if (b % 500 == 499)
                    set.appendGap(t);
            }
            done = true;
        });
        std::vector<std::thread> readers;
        for (int r = 0; r < 3; ++r) {
            readers.emplace_back([&, r] {
                ++started;
                do {
                    const QString e = QStringLiteral("E%1").arg(r);
                    const ChannelSeries s = set.window(e, r % 2, 0, std::numeric_limits<qint64>::max(), 100,
                                                       r == 2 ? ChannelBuffer::Downsample::MinMax
                                                              : ChannelBuffer::Downsample::Lttb);
                    bool ordered = true;
                    for (qsizetype i = 1; i < s.size(); ++i)
                        ordered = ordered && s[i].timeMs >= s[i - 1].timeMs;
                    if (!ordered || s.size() > 100 || set.entities().size() > entities ||
                        set.latest().size() > entities)
                        ++failures;
                } while (!done);
            });
        }
        writer.join();
        for (std::thread &t : readers)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(set.entities().size(), entities);
        // Every sample is in its channel: 20,000 samples over 5 entities, plus 4 gap markers each.
        const ChannelSeries all = set.window(QStringLiteral("E0"), 0, 0, batches * perBatch, 1'000'000);
        QCOMPARE(all.size(), batches * perBatch / entities + 4);
        QCOMPARE(set.lastTimeMs(), batches * perBatch - 1);
    }
};

QTEST_GUILESS_MAIN(TestChannelSet)
#include "test_channelset.moc"
