#include "common/taskrow.h"
#include "common/taskspanel.h"
#include "util/functiontask.h"
#include "util/taskmanager.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace urbis;

namespace {
// Bounded so a broken cancel path fails the test instead of hanging it.
Result<void> waitFor(const std::atomic<bool> &flag, Feedback &feedback)
{
    QElapsedTimer t;
    t.start();
    while (!flag.load() && !feedback.isCancelled()) {
        if (t.elapsed() > 20000)
            return Error(Error::Code::Internal, QStringLiteral("test task timed out"));
        QThread::msleep(5);
    }
    if (feedback.isCancelled())
        return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    return {};
}
} // namespace

class TestTasksPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsProgressAndSuccess()
    {
        TaskManager manager;
        TasksPanel panel(&manager);
        panel.show();
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto *task =
            new FunctionTask(QStringLiteral("Import things"), [release](Feedback &f) -> Result<void> {
                f.setProgress(40);
                f.setStatus(QStringLiteral("halfway"));
                return waitFor(*release, f);
            });
        manager.submit(task);
        QCOMPARE(panel.rowCount(), 1);
        TaskRow *row = panel.rowFor(task);
        QVERIFY(row);
        QVERIFY(row->findChild<QLabel *>(QStringLiteral("taskDescription"))
                    ->text()
                    .contains(QStringLiteral("Import")));
        QTRY_COMPARE(row->progress(), 40);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Running"));
        QTRY_COMPARE(row->findChild<QLabel *>(QStringLiteral("taskStatus"))->text(),
                     QStringLiteral("halfway"));
        QVERIFY(row->cancelButton()->isVisible());
        release->store(true);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Done"));
        QCOMPARE(row->progress(), 100);
        QVERIFY(!row->cancelButton()->isVisible());
        QCOMPARE(row->errorText(), QString());
    }

    void showsErrorOfFailedTask()
    {
        TaskManager manager;
        TasksPanel panel(&manager);
        panel.show();
        auto *task = new FunctionTask(QStringLiteral("Broken import"), [](Feedback &) -> Result<void> {
            return Error(Error::Code::InvalidData, QStringLiteral("row 7, column pm10: expected a number"));
        });
        manager.submit(task);
        TaskRow *row = panel.rowFor(task);
        QVERIFY(row);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Failed"));
        QCOMPARE(row->errorText(), QStringLiteral("row 7, column pm10: expected a number"));
    }

    void cancelButtonCancels()
    {
        TaskManager manager;
        TasksPanel panel(&manager);
        panel.show();
        auto never = std::make_shared<std::atomic<bool>>(false);
        auto *task =
            new FunctionTask(QStringLiteral("Endless"), [never](Feedback &f) { return waitFor(*never, f); });
        manager.submit(task);
        TaskRow *row = panel.rowFor(task);
        QVERIFY(row);
        QTRY_COMPARE(task->state(), Task::State::Running);
        QVERIFY(row->cancelButton()->isEnabled());
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(task->state(), Task::State::Cancelled);
        QTRY_COMPARE(row->stateText(), QStringLiteral("Cancelled"));
        QVERIFY(!row->cancelButton()->isVisible());
    }

    void clearFinishedKeepsRunning()
    {
        TaskManager manager;
        manager.setMaxThreadCount(2);
        auto *done = new FunctionTask(QStringLiteral("Quick"), [](Feedback &) -> Result<void> { return {}; });
        manager.submit(done);
        // Rows are created for tasks submitted before the panel existed too.
        TasksPanel panel(&manager);
        panel.show();
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto *running =
            new FunctionTask(QStringLiteral("Slow"), [release](Feedback &f) { return waitFor(*release, f); });
        manager.submit(running);
        QCOMPARE(panel.rowCount(), 2);
        auto *clear = panel.findChild<QPushButton *>(QStringLiteral("clearFinishedButton"));
        QVERIFY(clear);
        QTRY_VERIFY(done->hasExited());
        QTRY_VERIFY(clear->isEnabled());
        QPointer<Task> doneGuard(done);
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(panel.rowCount(), 1);
        QVERIFY(panel.rowFor(running));
        QTRY_VERIFY(doneGuard.isNull());
        release->store(true);
        QVERIFY(manager.waitForDone(20000));
    }

    void survivesManagerDeletion()
    {
        auto manager = std::make_unique<TaskManager>();
        TasksPanel panel(manager.get());
        manager->submit(
            new FunctionTask(QStringLiteral("Quick"), [](Feedback &) -> Result<void> { return {}; }));
        QCOMPARE(panel.rowCount(), 1);
        manager.reset();
        QCOMPARE(panel.rowCount(), 0);
        QTest::qWait(10); // pending queued signals to the deleted rows must not crash
    }
};

QTEST_MAIN(TestTasksPanel)
#include "test_taskspanel.moc"
