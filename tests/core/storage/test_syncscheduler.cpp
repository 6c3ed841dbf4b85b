// SyncScheduler retries a sync that failed for a network reason by itself and gets through once
// the remote answers again; a failure no wait can fix (no such remote) is not retried.
#include "storage/remote/remoteprofiles.h"
#include "storage/s3/s3client.h"
#include "storage/sync/syncengine.h"
#include "storage/sync/syncscheduler.h"
#include "storage/sync/synctask.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"
#include "loopbackhttpserver.h"
#include "s3rverfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace urbis;

class TestSyncScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    S3rverFixture m_s3rver;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // keys from the environment, never a keyring
        qputenv("AWS_ACCESS_KEY_ID", S3rverFixture::key.toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", S3rverFixture::secret.toUtf8());
        const QString started = m_s3rver.start(m_dir.filePath(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(s3::S3Client(m_s3rver.endpoint(QStringLiteral("sched")), {S3rverFixture::key, S3rverFixture::secret, {}}).createBucket());
    }

    void cleanupTestCase() { m_s3rver.stop(); }

    void retriesUntilTheNetworkIsBack()
    {
        std::atomic<bool> online{false};
        LoopbackHttpServer gate([&](const LoopbackHttpServer::Request &, int) {
            return online ? LoopbackHttpServer::forward() : LoopbackHttpServer::close();
        }, quint16(m_s3rver.port()));
        const QString dataDir = m_dir.filePath(QStringLiteral("laptop"));
        {
            Result<Workspace> ws = Workspace::open(dataDir);
            QVERIFY(ws);
            DatasetRecord r;
            r.title = QStringLiteral("Field survey");
            QVERIFY(ws->catalog().insert(r));
        }
        RemoteProfile p;
        p.name = QStringLiteral("office");
        p.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(gate.port()));
        p.bucket = QStringLiteral("sched");
        QVERIFY(RemoteProfiles(dataDir).add(p));

        TaskManager tasks;
        SyncScheduler scheduler(&tasks, dataDir);
        scheduler.setFirstRetryDelay(300);
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QVERIFY(scheduler.syncNow(QStringLiteral("office")));
        QVERIFY(!scheduler.syncNow(QStringLiteral("office"))); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(scheduler.nextRetry(QStringLiteral("office")).isValid());
        online = true;
        // No call from here on: the scheduler tries again by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(1).toBool(), 30000);
        QVERIFY(!scheduler.nextRetry(QStringLiteral("office")).isValid());
        Result<SyncStatus> st = SyncEngine::status(dataDir, QStringLiteral("office"));
        QVERIFY(st);
        QCOMPARE(st->pending, 0);
        QVERIFY(st->lastError.isEmpty());
        QVERIFY(st->lastSync.isValid());
        tasks.waitForDone(10000);
    }

    void unknownRemoteIsNotRetried()
    {
        TaskManager tasks;
        SyncScheduler scheduler(&tasks, m_dir.filePath(QStringLiteral("laptop")));
        scheduler.setFirstRetryDelay(100);
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QVERIFY(scheduler.syncNow(QStringLiteral("nowhere")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!scheduler.nextRetry(QStringLiteral("nowhere")).isValid());
        QTest::qWait(400);
        QCOMPARE(finished.size(), 1);
        tasks.waitForDone(10000);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "test_syncscheduler.moc"
