// TransferMeter: overall progress over several transfers reported from several threads, and the
// status text the Sync panel shows (done of total, speed, time left).
#include "storage/sync/transfermeter.h"
#include "util/feedback.h"

#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace urbis;

class TestTransferMeter : public QObject
{
    Q_OBJECT

private slots:
    void progressAddsUpOverTransfers()
    {
        Feedback feedback;
        TransferMeter meter(&feedback, 4 * 1000);
        meter.report(QStringLiteral("a"), 1000, 0.5, QStringLiteral("A"));
        QCOMPARE(meter.done(), qint64(500));
        meter.report(QStringLiteral("a"), 1000, 0.25, QStringLiteral("A")); // a late, smaller report never goes back
        QCOMPARE(meter.done(), qint64(500));
        meter.report(QStringLiteral("b"), 3000, 1.0, QStringLiteral("B"));
        QCOMPARE(meter.done(), qint64(3500));
        QCOMPARE(int(feedback.progress()), 87);
    }

    void threadsReportTogether()
    {
        Feedback feedback;
        const int threads = 4, steps = 200;
        TransferMeter meter(&feedback, qint64(threads) * 1000000);
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&meter, t] {
                for (int i = 1; i <= steps; ++i)
                    meter.report(QString::number(t), 1000000, double(i) / steps, QStringLiteral("part"));
            });
        for (std::thread &th : pool)
            th.join();
        QCOMPARE(meter.done(), qint64(threads) * 1000000);
        QCOMPARE(feedback.progress(), 100.0);
    }

    void statusSaysSizeSpeedAndTimeLeft()
    {
        Feedback feedback;
        QString status;
        connect(&feedback, &Feedback::statusChanged, this, [&](const QString &s) { status = s; }, Qt::DirectConnection);
        TransferMeter meter(&feedback, 100LL * 1024 * 1024);
        QThread::msleep(600); // the speed is only claimed after half a second
        meter.report(QStringLiteral("x"), 100LL * 1024 * 1024, 0.5, QStringLiteral("Noise map"));
        QVERIFY2(status.startsWith(QStringLiteral("Noise map")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("50.0 MB of 100.0 MB")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("/s")) && status.contains(QStringLiteral("left")), qPrintable(status));
        QCOMPARE(TransferMeter::sizeText(1536), QStringLiteral("2 kB"));
        QCOMPARE(TransferMeter::sizeText(3LL * 1024 * 1024 * 1024), QStringLiteral("3.00 GB"));
    }
};

QTEST_GUILESS_MAIN(TestTransferMeter)
#include "test_transfermeter.moc"
