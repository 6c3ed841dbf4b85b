#include "util/functiontask.h"
#include "util/taskmanager.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>

using namespace urbis;

namespace {
constexpr int kTimeoutMs = 10000;

// Work that runs until cancelled, with an upper bound so a broken cancel() cannot hang the test.
Result<void> runUntilCancelled(Feedback &feedback, std::atomic<bool> *started = nullptr)
{
    if (started)
        started->store(true);
    QElapsedTimer timer;
    timer.start();
    while (!feedback.isCancelled()) {
        if (timer.elapsed() > kTimeoutMs)
            return Error(Error::Code::Internal, QStringLiteral("never cancelled"));
        QThread::msleep(1);
    }
    return Error(Error::Code::Cancelled, QStringLiteral("stopped by the user"));
}

// Work that blocks until `release` is set (bounded), so tests control when a pool thread frees up.
Result<void> waitForRelease(const std::atomic<bool> &release)
{
    QElapsedTimer timer;
    timer.start();
    while (!release.load()) {
        if (timer.elapsed() > kTimeoutMs)
            return Error(Error::Code::Internal, QStringLiteral("never released"));
        QThread::msleep(1);
    }
    return {};
}
} // namespace

class TestTaskManager : public QObject
{
    Q_OBJECT
private slots:
    void taskSucceeds()
    {
        TaskManager manager;
        std::atomic<int> runs{0};
        auto *task = new FunctionTask(QStringLiteral("count"), [&runs](Feedback &feedback) -> Result<void> {
            ++runs;
            feedback.setStatus(QStringLiteral("working"));
            feedback.setProgress(50);
            return {};
        });
        QCOMPARE(task->state(), Task::State::Queued);
        QVERIFY(!task->isDone());
        QSignalSpy finished(task, &Task::finished);
        QSignalSpy managerFinished(&manager, &TaskManager::taskFinished);
        QSignalSpy added(&manager, &TaskManager::taskAdded);

        manager.submit(task);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<Task *>(), task);
        QCOMPARE(task->parent(), &manager);
        QCOMPARE(manager.tasks(), QList<Task *>{task});

        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(runs.load(), 1);
        QCOMPARE(task->state(), Task::State::Succeeded);
        QVERIFY(task->isDone());
        QVERIFY(task->hasExited());
        QVERIFY(!task->error().isError());
        QCOMPARE(task->feedback()->progress(), 100.0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(manager.runningCount(), 0);

        // The manager re-emits finished in its own (this) thread via a queued connection.
        QTRY_COMPARE_WITH_TIMEOUT(managerFinished.count(), 1, kTimeoutMs);
        QCOMPARE(managerFinished.at(0).at(0).value<Task *>(), task);
        QCOMPARE(managerFinished.at(0).at(1).toBool(), true);
    }

    void stateSequence()
    {
        TaskManager manager;
        auto *task = new FunctionTask(QStringLiteral("noop"), [](Feedback &) -> Result<void> { return {}; });
        QSignalSpy states(task, &Task::stateChanged);
        manager.submit(task);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<Task::State>(), Task::State::Running);
        QCOMPARE(states.at(1).at(0).value<Task::State>(), Task::State::Succeeded);
    }

    void failingTaskKeepsError()
    {
        TaskManager manager;
        auto *task = new FunctionTask(QStringLiteral("fail"), [](Feedback &feedback) -> Result<void> {
            feedback.setProgress(30);
            return Error(Error::Code::InvalidData, QStringLiteral("row 3 is broken"),
                         QStringLiteral("col 2"));
        });
        QSignalSpy finished(task, &Task::finished);
        manager.submit(task);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(task->state(), Task::State::Failed);
        QCOMPARE(task->error().code, Error::Code::InvalidData);
        QCOMPARE(task->error().message, QStringLiteral("row 3 is broken"));
        QCOMPARE(task->error().detail, QStringLiteral("col 2"));
        // A failed task does not pretend it completed.
        QCOMPARE(task->feedback()->progress(), 30.0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // Failed tasks stay listed so the user can read why.
        QCOMPARE(manager.tasks().size(), 1);
    }

    void cancelWhileRunning()
    {
        TaskManager manager;
        std::atomic<bool> started{false};
        auto *task = new FunctionTask(QStringLiteral("loop"), [&started](Feedback &feedback) {
            return runUntilCancelled(feedback, &started);
        });
        QSignalSpy cancelled(task->feedback(), &Feedback::cancelled);
        QSignalSpy finished(task, &Task::finished);
        manager.submit(task);
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
        QCOMPARE(task->state(), Task::State::Running);
        QCOMPARE(manager.runningCount(), 1);

        task->cancel();
        task->cancel(); // idempotent
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(task->state(), Task::State::Cancelled);
        QCOMPARE(task->error().code, Error::Code::Cancelled);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(manager.runningCount(), 0);
    }

    void cancelledWorkReturningOtherErrorIsStillCancelled()
    {
        // A task that notices the cancel and bails out with its own error still counts as cancelled.
        TaskManager manager;
        std::atomic<bool> started{false};
        auto *task = new FunctionTask(QStringLiteral("bail"), [&started](Feedback &feedback) -> Result<void> {
            const Result<void> r = runUntilCancelled(feedback, &started);
            if (r.error().code == Error::Code::Cancelled)
                return Error(Error::Code::Io, QStringLiteral("stream closed"));
            return r;
        });
        manager.submit(task);
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
        task->cancel();
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(task->state(), Task::State::Cancelled);
        QCOMPARE(task->error().code, Error::Code::Io);
    }

    void cancelBeforeStartNeverRuns()
    {
        TaskManager manager;
        manager.setMaxThreadCount(1);
        std::atomic<bool> release{false};
        std::atomic<bool> secondRan{false};
        auto *blocker = new FunctionTask(QStringLiteral("blocker"),
                                         [&release](Feedback &) { return waitForRelease(release); });
        auto *second = new FunctionTask(QStringLiteral("second"), [&secondRan](Feedback &) -> Result<void> {
            secondRan.store(true);
            return {};
        });
        QSignalSpy finished(second, &Task::finished);
        manager.submit(blocker);
        manager.submit(second);
        QTRY_COMPARE_WITH_TIMEOUT(blocker->state(), Task::State::Running, kTimeoutMs);
        QCOMPARE(second->state(), Task::State::Queued); // the only pool thread is busy

        second->cancel();
        release.store(true);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QVERIFY(!secondRan.load());
        QCOMPARE(second->state(), Task::State::Cancelled);
        QCOMPARE(second->error().code, Error::Code::Cancelled);
        QVERIFY(second->hasExited());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(blocker->state(), Task::State::Succeeded);
    }

    void cancelAll()
    {
        TaskManager manager;
        constexpr int n = 4;
        manager.setMaxThreadCount(n);
        std::atomic<int> started{0};
        QList<Task *> tasks;
        for (int i = 0; i < n; ++i) {
            auto *task = new FunctionTask(QStringLiteral("loop %1").arg(i), [&started](Feedback &feedback) {
                ++started;
                return runUntilCancelled(feedback);
            });
            tasks.append(task);
            manager.submit(task);
        }
        QTRY_COMPARE_WITH_TIMEOUT(started.load(), n, kTimeoutMs);
        QCOMPARE(manager.runningCount(), n);
        manager.cancelAll();
        QVERIFY(manager.waitForDone(kTimeoutMs));
        for (const Task *t : std::as_const(tasks)) {
            QCOMPARE(t->state(), Task::State::Cancelled);
            QCOMPARE(t->error().code, Error::Code::Cancelled);
        }
        QCOMPARE(manager.runningCount(), 0);
    }

    void clearFinishedRemovesOnlyExitedTasks()
    {
        TaskManager manager;
        manager.setMaxThreadCount(2);
        std::atomic<bool> release{false};
        auto *done = new FunctionTask(QStringLiteral("quick"), [](Feedback &) -> Result<void> { return {}; });
        auto *failed = new FunctionTask(QStringLiteral("broken"), [](Feedback &) -> Result<void> {
            return Error(Error::Code::Io, QStringLiteral("disk full"));
        });
        auto *running = new FunctionTask(QStringLiteral("long"),
                                         [&release](Feedback &) { return waitForRelease(release); });
        QSignalSpy removed(&manager, &TaskManager::taskRemoved);
        manager.submit(running);
        manager.submit(done);
        manager.submit(failed);
        QTRY_VERIFY_WITH_TIMEOUT(done->hasExited() && failed->hasExited(), kTimeoutMs);
        QCOMPARE(running->state(), Task::State::Running);

        QPointer<Task> donePtr(done);
        QPointer<Task> failedPtr(failed);
        manager.clearFinished();
        QCOMPARE(manager.tasks(), QList<Task *>{running});
        QCOMPARE(removed.count(), 2);
        QList<Task *> removedTasks;
        for (const QList<QVariant> &args : std::as_const(removed))
            removedTasks.append(args.at(0).value<Task *>());
        QVERIFY(removedTasks.contains(done));
        QVERIFY(removedTasks.contains(failed));
        // Removed tasks are deleted later, on the manager's thread.
        QTRY_VERIFY_WITH_TIMEOUT(donePtr.isNull() && failedPtr.isNull(), kTimeoutMs);

        // Nothing else is exited: a second call removes nothing.
        manager.clearFinished();
        QCOMPARE(removed.count(), 2);

        release.store(true);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        manager.clearFinished();
        QVERIFY(manager.tasks().isEmpty());
        QCOMPARE(removed.count(), 3);
        QCOMPARE(removed.at(2).at(0).value<Task *>(), running);
    }

    void transientTasksLeaveUnlessTheyFail()
    {
        TaskManager manager;
        manager.setMaxThreadCount(2);
        auto *quick = new FunctionTask(QStringLiteral("refresh"), [](Feedback &) -> Result<void> { return {}; });
        auto *broken = new FunctionTask(QStringLiteral("refresh"), [](Feedback &) -> Result<void> {
            return Error(Error::Code::InvalidData, QStringLiteral("bad formula"));
        });
        auto *kept = new FunctionTask(QStringLiteral("import"), [](Feedback &) -> Result<void> { return {}; });
        quick->setTransient(true);
        broken->setTransient(true);
        QPointer<Task> quickPtr(quick), brokenPtr(broken), keptPtr(kept);
        QSignalSpy finished(&manager, &TaskManager::taskFinished);
        manager.submit(quick);
        manager.submit(broken);
        manager.submit(kept);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kTimeoutMs);
        // The successful transient task goes by itself (after taskFinished reached its listeners);
        // the failed one stays so its error can be read, and so does an ordinary task.
        QTRY_VERIFY_WITH_TIMEOUT(quickPtr.isNull(), kTimeoutMs);
        QVERIFY(!brokenPtr.isNull());
        QVERIFY(!keptPtr.isNull());
        QCOMPARE(manager.tasks().size(), 2);
        QVERIFY(manager.tasks().contains(broken) && manager.tasks().contains(kept));
    }

    void progressIsClamped_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("expected");
        QTest::newRow("inside") << 42.5 << 42.5;
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("hundred") << 100.0 << 100.0;
        QTest::newRow("negative") << -5.0 << 0.0;
        QTest::newRow("above") << 250.0 << 100.0;
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << 0.0;
        QTest::newRow("plus infinity") << std::numeric_limits<double>::infinity() << 100.0;
    }
    void progressIsClamped()
    {
        QFETCH(double, input);
        QFETCH(double, expected);
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::progressChanged);
        feedback.setProgress(input);
        QCOMPARE(feedback.progress(), expected);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), expected);
    }

    void progressIsThrottled()
    {
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::progressChanged);
        // 0.1, 0.2, ..., 100.0: a thousand calls but only 101 distinct whole percents.
        for (int i = 1; i <= 1000; ++i)
            feedback.setProgress(i / 10.0);
        QCOMPARE(feedback.progress(), 100.0);
        QVERIFY2(spy.count() <= 101, qPrintable(QString::number(spy.count())));
        QVERIFY(spy.count() >= 100); // every whole percent is still reported
        int last = -1;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const int whole = int(args.at(0).toDouble());
            QVERIFY2(whole > last, "at most one signal per whole percent, in increasing order");
            last = whole;
        }
        QCOMPARE(last, 100);

        // Small steps inside one percent are silent.
        Feedback fine;
        QSignalSpy fineSpy(&fine, &Feedback::progressChanged);
        for (int i = 0; i < 10; ++i)
            fine.setProgress(5.0 + i / 10.0);
        QCOMPARE(fineSpy.count(), 1);
        QCOMPARE(fine.progress(), 5.9);
    }

    void statusIsForwarded()
    {
        Feedback feedback;
        QSignalSpy spy(&feedback, &Feedback::statusChanged);
        feedback.setStatus(QStringLiteral("Reading rows"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Reading rows"));
    }

    void manyTasksInParallel()
    {
        TaskManager manager;
        manager.setMaxThreadCount(4);
        constexpr int n = 64;
        std::atomic<int> sum{0};
        QSignalSpy managerFinished(&manager, &TaskManager::taskFinished);
        for (int i = 1; i <= n; ++i) {
            manager.submit(new FunctionTask(QStringLiteral("add %1").arg(i),
                                            [i, &sum](Feedback &feedback) -> Result<void> {
                                                for (int step = 1; step <= 10; ++step)
                                                    feedback.setProgress(step * 10.0);
                                                sum += i;
                                                return {};
                                            }));
        }
        QCOMPARE(manager.tasks().size(), n);
        QVERIFY(manager.waitForDone(kTimeoutMs));
        QCOMPARE(sum.load(), n * (n + 1) / 2);
        for (const Task *t : manager.tasks())
            QCOMPARE(t->state(), Task::State::Succeeded);
        QCOMPARE(manager.runningCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(managerFinished.count(), n, kTimeoutMs);
        for (const QList<QVariant> &args : std::as_const(managerFinished))
            QVERIFY(args.at(1).toBool());
    }

    void destructorCancelsRunningTasks()
    {
        std::atomic<bool> started{false};
        std::atomic<bool> sawCancel{false};
        QElapsedTimer timer;
        timer.start();
        {
            TaskManager manager;
            manager.submit(new FunctionTask(QStringLiteral("loop"), [&](Feedback &feedback) {
                const Result<void> r = runUntilCancelled(feedback, &started);
                sawCancel.store(r.error().code == Error::Code::Cancelled);
                return r;
            }));
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
        } // ~TaskManager cancels and waits
        QVERIFY(sawCancel.load());
        QVERIFY(timer.elapsed() < kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestTaskManager)
#include "test_taskmanager.moc"
