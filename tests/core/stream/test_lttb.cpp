#include "stream/lttb.h"

#include <QTest>

#include <algorithm>

using namespace urbis;

namespace {

ChannelSeries series(const QList<double> &values, qint64 step = 1000)
{
    ChannelSeries s;
    for (qsizetype i = 0; i < values.size(); ++i)
        s.append({qint64(i) * step, values[i]});
    return s;
}

// Deterministic noise (a linear congruential generator), so failures reproduce.
ChannelSeries noisy(int n)
{
    ChannelSeries s;
    quint32 state = 12345;
    for (int i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        s.append({qint64(i) * 50, double(state >> 8) / double(1 << 24) * 100.0 - 50.0});
    }
    return s;
}

bool isSubsequence(const ChannelSeries &part, const ChannelSeries &whole)
{
    qsizetype j = 0;
    for (const ChannelPoint &p : part) {
        while (j < whole.size() && !(whole[j] == p))
            ++j;
        if (j == whole.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT
private slots:
    void handWorkedExample()
    {
        // Buckets {1,2} and {3,4}: the first picks index 2 (triangle area 5 against 1 for index 1,
        // with the mean of the next bucket at (3.5, 2.5)), the second the peak at index 3.
        const ChannelSeries in = series({0, 1, 0, 5, 0, 0}, 1);
        const ChannelSeries out = Downsampling::lttb(in, 4);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out[0], in[0]);
        QCOMPARE(out[1], in[2]);
        QCOMPARE(out[2], in[3]);
        QCOMPARE(out[3], in[5]);
    }

    void spikeSurvives()
    {
        QList<double> values(1000, 1.0);
        values[437] = 80.0;
        values[800] = -60.0; // a dip in another bucket
        const ChannelSeries in = series(values);
        const ChannelSeries out = Downsampling::lttb(in, 50);
        QCOMPARE(out.size(), 50);
        QCOMPARE(out.first(), in.first());
        QCOMPARE(out.last(), in.last());
        QVERIFY(out.contains(in[437]));
        QVERIFY(out.contains(in[800]));
    }

    void sizeIsThreshold_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("threshold");
        QTest::newRow("just under") << 10 << 9;
        QTest::newRow("minimum") << 100 << 3;
        QTest::newRow("uneven buckets") << 1001 << 7;
        QTest::newRow("large") << 72'000 << 1000;
    }
    void sizeIsThreshold()
    {
        QFETCH(int, n);
        QFETCH(int, threshold);
        const ChannelSeries in = noisy(n);
        const ChannelSeries out = Downsampling::lttb(in, threshold);
        QCOMPARE(out.size(), threshold);
        QCOMPARE(out.first(), in.first());
        QCOMPARE(out.last(), in.last());
        QVERIFY(isSubsequence(out, in)); // original points, in time order, none twice
    }

    void shortSeriesUnchanged()
    {
        const ChannelSeries in = series({3, 1, 4, 1, 5});
        QCOMPARE(Downsampling::lttb(in, 5), in);
        QCOMPARE(Downsampling::lttb(in, 100), in);
        QCOMPARE(Downsampling::lttb(series({7, 8}), 3), series({7, 8}));
        QVERIFY(Downsampling::lttb({}, 10).isEmpty());
    }

    void minMaxHandWorked()
    {
        const ChannelSeries in = series({5, 1, 9, 3, 2, 8, 0, 4}, 1);
        const ChannelSeries out = Downsampling::minMaxBuckets(in, 2);
        // Bucket [0,4): min at 1, max at 2; bucket [4,8): max at 5, min at 6; each pair in time order.
        QCOMPARE(out, (ChannelSeries{in[1], in[2], in[5], in[6]}));
    }

    void minMaxKeepsEveryExtreme()
    {
        const ChannelSeries in = noisy(10'000);
        const int buckets = 137; // uneven bucket sizes
        const ChannelSeries out = Downsampling::minMaxBuckets(in, buckets);
        QVERIFY(out.size() <= 2 * buckets);
        QVERIFY(isSubsequence(out, in));
        for (int k = 0; k < buckets; ++k) {
            const auto begin = in.cbegin() + qsizetype(k) * in.size() / buckets;
            const auto end = in.cbegin() + qsizetype(k + 1) * in.size() / buckets;
            const auto byValue = [](const ChannelPoint &a, const ChannelPoint &b) {
                return a.value < b.value;
            };
            QVERIFY(out.contains(*std::min_element(begin, end, byValue)));
            QVERIFY(out.contains(*std::max_element(begin, end, byValue)));
        }
    }

    void minMaxSmallInputs()
    {
        const ChannelSeries in = series({1, 2, 3});
        QCOMPARE(Downsampling::minMaxBuckets(in, 2), in); // 2 per bucket holds them all
        QVERIFY(Downsampling::minMaxBuckets(in, 0).isEmpty());
        // A flat bucket gives its point once.
        QCOMPARE(Downsampling::minMaxBuckets(series({4, 4, 4, 4, 4, 4}), 1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "test_lttb.moc"
