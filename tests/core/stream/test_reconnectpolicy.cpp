// ReconnectPolicy: exponential backoff with full jitter, bounded, reset after a good connection.
#include "stream/reconnectpolicy.h"

#include <QTest>

#include <algorithm>

using namespace urbis;

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private slots:
    void staysWithinBounds_data()
    {
        QTest::addColumn<int>("initial");
        QTest::addColumn<int>("max");
        QTest::newRow("defaults") << 500 << 30'000;
        QTest::newRow("tight") << 100 << 100;
        QTest::newRow("odd") << 333 << 5'000;
        QTest::newRow("max below initial") << 1'000 << 10; // the first wait is the floor
    }

    void staysWithinBounds()
    {
        QFETCH(int, initial);
        QFETCH(int, max);
        for (quint32 seed = 1; seed <= 50; ++seed) {
            ReconnectPolicy p(initial, max, seed);
            for (int n = 0; n < 40; ++n) {
                const qint64 ceiling =
                    std::min<qint64>(std::max(initial, max), qint64(initial) << std::min(n, 30));
                const int wait = p.nextDelayMs();
                QVERIFY2(wait >= std::min<qint64>(initial / 2, ceiling) && wait <= ceiling,
                         qPrintable(QStringLiteral("attempt %1: %2 ms").arg(n).arg(wait)));
            }
            QCOMPARE(p.attempts(), 40);
        }
    }

    void growsUntilTheCeiling()
    {
        // The largest wait seen over many seeds approaches initial * 2^n, then max.
        QList<int> largest(8, 0);
        for (quint32 seed = 1; seed <= 300; ++seed) {
            ReconnectPolicy p(100, 3'000, seed);
            for (int n = 0; n < largest.size(); ++n)
                largest[n] = std::max(largest[n], p.nextDelayMs());
        }
        const int expected[] = {100, 200, 400, 800, 1600, 3000, 3000, 3000};
        for (int n = 0; n < largest.size(); ++n)
            QVERIFY2(largest[n] > expected[n] * 9 / 10 && largest[n] <= expected[n],
                     qPrintable(QStringLiteral("attempt %1: largest %2").arg(n).arg(largest[n])));
    }

    void jitterSpreadsTheWaits()
    {
        QSet<int> seen;
        for (quint32 seed = 1; seed <= 20; ++seed)
            seen.insert(ReconnectPolicy(1'000, 60'000, seed).nextDelayMs());
        QVERIFY2(seen.size() > 10, "clients restarted together must not retry in lockstep");
    }

    void resetStartsOver()
    {
        ReconnectPolicy p(200, 10'000, 7);
        for (int i = 0; i < 10; ++i)
            p.nextDelayMs();
        QCOMPARE(p.attempts(), 10);
        p.reset();
        QCOMPARE(p.attempts(), 0);
        const int wait = p.nextDelayMs();
        QVERIFY(wait >= 100 && wait <= 200);
    }

    void sameSeedSameWaits()
    {
        ReconnectPolicy a(500, 30'000, 42), b(500, 30'000, 42);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(a.nextDelayMs(), b.nextDelayMs());
    }
};

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "test_reconnectpolicy.moc"
