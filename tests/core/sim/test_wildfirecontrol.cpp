// Wildfire run control (cancel, pause and resume from another thread) and input checks.

#include "firetestgrids.h"

#include "sim/simcontrol.h"
#include "sim/wildfiremodel.h"
#include "util/feedback.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace urbis;
using namespace urbis::test;

namespace {
constexpr int kDeadlineMs = 10000;

// Polls `done` until it holds or the deadline passes (the model thread gives no Qt signal).
template <typename F> bool waitFor(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > kDeadlineMs)
            return false;
        std::this_thread::yield();
    }
    return true;
}
} // namespace

class TestWildfireControl : public QObject
{
    Q_OBJECT
private slots:
    void cancelStopsTheRun()
    {
        Feedback feedback;
        SimControl control(&feedback);
        WildfireParams p;
        p.steps = 50;
        int seen = 0;
        Result<WildfireResult> r =
            WildfireModel::run(grassland(61, 61), p, &control, [&](const WildfireStep &, const IntGrid &) {
                if (++seen == 3)
                    feedback.cancel();
            });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(seen, 3);
    }

    void reportsProgress()
    {
        Feedback feedback;
        SimControl control(&feedback);
        WildfireParams p;
        p.steps = 10;
        Result<WildfireResult> r = WildfireModel::run(grassland(31, 31), p, &control);
        QVERIFY(r.ok());
        QCOMPARE(feedback.progress(), 100.0);
    }

    void pauseAndResumeFromAnotherThread()
    {
        Feedback feedback;
        SimControl control(&feedback);
        control.pause();
        std::atomic<int> seen{0};
        std::atomic<bool> finished{false};
        Result<WildfireResult> result = Error();
        WildfireParams p;
        p.steps = 20;
        std::thread worker([&] {
            result = WildfireModel::run(grassland(61, 61), p, &control,
                                        [&](const WildfireStep &, const IntGrid &) { ++seen; });
            finished = true;
        });
        QVERIFY(waitFor([&] { return seen.load() == 1; }));
        // Observing that nothing moves while paused needs a window of time; it synchronises nothing.
        QTest::qWait(100);
        QCOMPARE(seen.load(), 1);
        QVERIFY(!finished.load());
        QVERIFY(control.isPaused());
        control.resume();
        const bool done = waitFor([&] { return finished.load(); });
        worker.join();
        QVERIFY(done);
        QVERIFY(result.ok());
        QCOMPARE(seen.load(), 20);
        QCOMPARE(result->steps.size(), 20);
    }

    void cancelWhilePaused()
    {
        Feedback feedback;
        SimControl control(&feedback);
        control.pause();
        std::atomic<int> seen{0};
        std::atomic<bool> finished{false};
        Result<WildfireResult> result = Error();
        std::thread worker([&] {
            result = WildfireModel::run(grassland(61, 61), WildfireParams(), &control,
                                        [&](const WildfireStep &, const IntGrid &) { ++seen; });
            finished = true;
        });
        QVERIFY(waitFor([&] { return seen.load() == 1; }));
        feedback.cancel();
        control.wake();
        const bool done = waitFor([&] { return finished.load(); });
        worker.join();
        QVERIFY(done);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(seen.load(), 1);
    }

    void checkRejectsBadInput_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"empty fuel",
                               "elevation size",
                               "barrier size",
                               "ignition outside",
                               "no ignition",
                               "unknown fuel code",
                               "zero steps",
                               "zero step length",
                               "negative wind",
                               "spotting above 1",
                               "duplicate fuel code",
                               "negative spread rate",
                               "elevation without value",
                               "zero cell size"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void checkRejectsBadInput()
    {
        QFETCH(int, which);
        WildfireInputs in = grassland(20, 10);
        WildfireParams p;
        switch (which) {
        case 0:
            in.fuel = {};
            break;
        case 1:
            in.elevation = FloatGrid(10, 20);
            break;
        case 2:
            in.barriers = ByteGrid(20, 11);
            break;
        case 3:
            in.ignitions = {QPoint(20, 3)};
            break;
        case 4:
            in.ignitions.clear();
            break;
        case 5:
            in.fuel.at(3, 3) = 9;
            break;
        case 6:
            p.steps = 0;
            break;
        case 7:
            p.stepMinutes = 0;
            break;
        case 8:
            p.windSpeed = -1;
            break;
        case 9:
            p.spottingProbability = 1.5;
            break;
        case 10:
            p.fuels.append(p.fuels.first());
            break;
        case 11:
            p.fuels[0].spreadRate = -1;
            break;
        case 12:
            in.elevation = FloatGrid(20, 10, std::nanf(""));
            break;
        case 13:
            in.cellSize = 0;
            break;
        }
        const Result<void> c = WildfireModel::check(in, p);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::InvalidArgument);
        QVERIFY(!c.error().message.isEmpty());
        Result<WildfireResult> r = WildfireModel::run(in, p);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }

    void checkAcceptsGoodInput()
    {
        WildfireInputs in = mixedLandscape(20, 10);
        in.barriers = ByteGrid(20, 10, 0);
        QVERIFY(WildfireModel::check(in, WildfireParams()).ok());
    }
};

QTEST_GUILESS_MAIN(TestWildfireControl)
#include "test_wildfirecontrol.moc"
