#include "stream/channelbuffer.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace urbis;

namespace {

QList<qint64> times(const ChannelSeries &s)
{
    QList<qint64> out;
    for (const ChannelPoint &p : s)
        out << p.timeMs;
    return out;
}

bool timeOrdered(const ChannelSeries &s)
{
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s[i].timeMs < s[i - 1].timeMs)
            return false;
    }
    return true;
}

// A wavy series with a few extremes, one point every 50 ms (20 Hz).
ChannelBuffer wave(int n, int capacity)
{
    ChannelBuffer b(capacity);
    for (int i = 0; i < n; ++i)
        b.append(qint64(i) * 50, std::sin(i * 0.01) * 10 + (i % 97 == 0 ? 25 : 0));
    return b;
}

} // namespace

Q_DECLARE_METATYPE(urbis::ChannelBuffer::Downsample)

class TestChannelBuffer : public QObject
{
    Q_OBJECT
private slots:
    void ringWrapsAndCountsDropped()
    {
        ChannelBuffer b(5);
        QVERIFY(b.isEmpty());
        for (int i = 0; i < 8; ++i)
            b.append(i * 10, i);
        QCOMPARE(b.size(), 5);
        QCOMPARE(b.capacity(), 5);
        QCOMPARE(b.dropped(), 3);
        QCOMPARE(b.first(), (ChannelPoint{30, 3}));
        QCOMPARE(b.last(), (ChannelPoint{70, 7}));
        QCOMPARE(times(b.window(0, 1000, 100)), (QList<qint64>{30, 40, 50, 60, 70}));
        // Another full turn of the ring: still the newest five.
        for (int i = 8; i < 13; ++i)
            b.append(i * 10, i);
        QCOMPARE(b.dropped(), 8);
        QCOMPARE(times(b.window(0, 1000, 100)), (QList<qint64>{80, 90, 100, 110, 120}));
    }

    void memoryStaysWithinCapacity()
    {
        ChannelBuffer b(1000);
        QCOMPARE(b.memoryBytes(), 0);
        b.append(0, 1);
        QVERIFY(b.memoryBytes() < 1000 * qint64(sizeof(ChannelPoint)));
        for (int i = 0; i < 100'000; ++i)
            b.append(i, i);
        QCOMPARE(b.memoryBytes(), 1000 * qint64(sizeof(ChannelPoint)));
        QCOMPARE(b.size(), 1000);
        QCOMPARE(b.dropped(), 100'000 + 1 - 1000);
    }

    void gapMarkers()
    {
        ChannelBuffer b(16);
        b.appendGap(5); // nothing to break yet
        QVERIFY(b.isEmpty());
        b.append(10, 1);
        b.appendGap(15);
        b.appendGap(16); // one break is enough
        QCOMPARE(b.size(), 2);
        QVERIFY(b.last().isGap());
        ChannelPoint p;
        QVERIFY(b.lastValue(&p));
        QCOMPARE(p, (ChannelPoint{10, 1}));
        b.append(20, 2);
        QVERIFY(b.lastValue(&p));
        QCOMPARE(p.timeMs, 20);
        ChannelBuffer onlyGap(4);
        QVERIFY(!onlyGap.lastValue(&p));
    }

    void windowBounds()
    {
        ChannelBuffer b(1000);
        for (int i = 0; i < 100; ++i)
            b.append(i * 10, i);
        QCOMPARE(times(b.window(200, 250, 100)), (QList<qint64>{200, 210, 220, 230, 240, 250})); // inclusive
        QCOMPARE(times(b.window(195, 205, 100)), (QList<qint64>{200}));
        QVERIFY(b.window(2000, 3000, 100).isEmpty());
        QVERIFY(b.window(500, 400, 100).isEmpty());
        QCOMPARE(
            b.window(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 1000).size(),
            100);
    }

    void windowSizes_data()
    {
        QTest::addColumn<ChannelBuffer::Downsample>("mode");
        QTest::addColumn<int>("maxPoints");
        for (int max : {3, 4, 10, 101, 1000}) {
            QTest::addRow("lttb %d", max) << ChannelBuffer::Downsample::Lttb << max;
            QTest::addRow("minmax %d", max) << ChannelBuffer::Downsample::MinMax << max;
        }
    }
    void windowSizes()
    {
        QFETCH(ChannelBuffer::Downsample, mode);
        QFETCH(int, maxPoints);
        const ChannelBuffer b = wave(20'000, 20'000);
        const ChannelSeries s = b.window(0, 20'000 * 50, maxPoints, mode);
        QVERIFY(s.size() <= maxPoints);
        if (mode == ChannelBuffer::Downsample::Lttb)
            QCOMPARE(s.size(), maxPoints);
        else
            QVERIFY(s.size() >= maxPoints - 1); // 2 per bucket plus the ends
        QCOMPARE(s.first(), b.first());
        QCOMPARE(s.last(), b.last());
        QVERIFY(timeOrdered(s));
        // A part of the buffer: its own first and last point.
        const ChannelSeries part = b.window(100'000, 200'000, maxPoints, mode);
        QVERIFY(part.size() <= maxPoints);
        QCOMPARE(part.first().timeMs, 100'000);
        QCOMPARE(part.last().timeMs, 200'000);
    }

    void minMaxWindowKeepsExtremes()
    {
        const ChannelBuffer b = wave(20'000, 20'000);
        double lo = 0, hi = 0;
        QVERIFY(b.range(0, 1'000'000, &lo, &hi));
        const ChannelSeries s = b.window(0, 1'000'000, 200, ChannelBuffer::Downsample::MinMax);
        double slo = std::numeric_limits<double>::infinity(), shi = -slo;
        for (const ChannelPoint &p : s) {
            slo = std::min(slo, p.value);
            shi = std::max(shi, p.value);
        }
        QCOMPARE(slo, lo);
        QCOMPARE(shi, hi);
    }

    void gapsSurviveDownsampling_data()
    {
        QTest::addColumn<ChannelBuffer::Downsample>("mode");
        QTest::newRow("lttb") << ChannelBuffer::Downsample::Lttb;
        QTest::newRow("minmax") << ChannelBuffer::Downsample::MinMax;
    }
    void gapsSurviveDownsampling()
    {
        QFETCH(ChannelBuffer::Downsample, mode);
        ChannelBuffer b(20'000);
        // Runs of 3000, 1 (a lone point between two breaks), 5000 and 2000 points.
        qint64 t = 0;
        const auto run = [&](int n) {
            for (int i = 0; i < n; ++i, t += 50)
                b.append(t, std::cos(t * 0.001));
        };
        run(3000);
        b.appendGap(t);
        const qint64 gap1 = t;
        t += 10'000;
        run(1);
        b.appendGap(t);
        const qint64 gap2 = t;
        t += 10'000;
        run(5000);
        b.appendGap(t);
        const qint64 gap3 = t;
        t += 10'000;
        run(2000);
        const ChannelSeries s = b.window(0, t, 100, mode);
        QVERIFY(s.size() <= 100);
        QVERIFY(timeOrdered(s));
        QList<qint64> gaps;
        for (const ChannelPoint &p : s) {
            if (p.isGap())
                gaps << p.timeMs;
        }
        QCOMPARE(gaps, (QList<qint64>{gap1, gap2, gap3}));
        // Each run's first and last point are there: around every gap and at both ends.
        const ChannelSeries all = b.window(0, t, 1'000'000);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const bool runStart = !all[i].isGap() && (i == 0 || all[i - 1].isGap());
            const bool runEnd = !all[i].isGap() && (i + 1 == all.size() || all[i + 1].isGap());
            if (runStart || runEnd)
                QVERIFY2(s.contains(all[i]), qPrintable(QString::number(all[i].timeMs)));
        }
    }

    void breaksAreNeverHidden()
    {
        // More breaks than points to draw: every break stays, so the chart shows the flapping link.
        ChannelBuffer b(1000);
        for (int i = 0; i < 50; ++i) {
            b.append(i * 100, i);
            b.appendGap(i * 100 + 50);
        }
        const ChannelSeries s = b.window(0, 10'000, 10);
        QCOMPARE(s.size(), 100);
        QCOMPARE(std::count_if(s.cbegin(), s.cend(), [](const ChannelPoint &p) { return p.isGap(); }), 50);
    }

    void latePointsAreFound()
    {
        ChannelBuffer b(4);
        b.append(10, 1);
        b.append(5, 2); // late
        b.append(20, 3);
        QCOMPARE(times(b.window(0, 7, 10)), (QList<qint64>{5}));
        QCOMPARE(times(b.window(8, 100, 10)), (QList<qint64>{10, 20}));
        // The late point leaves the ring: back to ordered data.
        b.append(30, 4);
        b.append(40, 5);
        b.append(50, 6);
        QCOMPARE(times(b.window(15, 45, 10)), (QList<qint64>{20, 30, 40}));
        QCOMPARE(times(b.window(0, 100, 10)), (QList<qint64>{20, 30, 40, 50}));
    }

    void rangeSkipsGaps()
    {
        ChannelBuffer b(100);
        b.append(0, 5);
        b.append(10, -3);
        b.appendGap(15);
        b.append(20, 12);
        b.append(30, 100);
        double lo = 0, hi = 0;
        QVERIFY(b.range(0, 20, &lo, &hi));
        QCOMPARE(lo, -3.0);
        QCOMPARE(hi, 12.0);
        QVERIFY(!b.range(12, 18, &lo, &hi)); // only the gap
        QVERIFY(!b.range(40, 50, &lo, &hi));
    }
};

QTEST_GUILESS_MAIN(TestChannelBuffer)
#include "test_channelbuffer.moc"
