#include "common/taskrow.h"
#include "storage/remote/remoteprofiles.h"
#include "storage/sync/syncscheduler.h"
#include "sync/conflictsview.h"
#include "sync/remotedialog.h"
#include "sync/remotelistmodel.h"
#include "sync/remotelistview.h"
#include "sync/syncpanel.h"
#include "sync/syncplanmodel.h"
#include "sync/transfersview.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace urbis;

namespace {

RemoteProfile profile(const QString &name, const QString &endpoint, const QString &bucket)
{
    RemoteProfile p;
    p.name = name;
    p.endpoint = QUrl(endpoint);
    p.bucket = bucket;
    return p;
}

/** Keys in the environment for one test (RemoteCredentials reads them first). */
class EnvKeys
{
public:
    EnvKeys()
    {
        qputenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        qputenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI");
    }
    ~EnvKeys()
    {
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
    }
    EnvKeys(const EnvKeys &) = delete;
    EnvKeys &operator=(const EnvKeys &) = delete;
};

/** Longest gap between ticks of a 20 ms timer while it runs: a frozen GUI thread shows up here. */
class FreezeWatch
{
public:
    FreezeWatch()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_worst = std::max(m_worst, m_clock.restart()); });
        m_timer.start(20);
    }
    qint64 worstGapMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace

/** The Sync dock and the remote dialog on the offscreen platform, each test in its own data dir. */
class TestSyncPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<SyncScheduler> m_scheduler;

    QString dataDir() const { return m_dir->path(); }
    std::unique_ptr<SyncPanel> makePanel()
    {
        auto panel = std::make_unique<SyncPanel>(m_tasks.get(), m_scheduler.get(), dataDir());
        panel->resize(640, 560);
        panel->show();
        return panel;
    }
    static void settle(SyncPanel &panel)
    {
        QTRY_VERIFY(!panel.isRefreshing());
        QCoreApplication::processEvents();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A real workspace, so the ledger has a catalog to live in.
        QVERIFY(Workspace::open(dataDir(), QStringLiteral("test")).ok());
        m_tasks = std::make_unique<TaskManager>();
        m_scheduler = std::make_unique<SyncScheduler>(m_tasks.get(), dataDir());
        m_scheduler->setAutoRetry(false);
    }

    void cleanup()
    {
        m_tasks->cancelAll();
        QVERIFY(m_tasks->waitForDone(30000));
        QCoreApplication::processEvents();
        m_scheduler.reset();
        m_tasks.reset();
        m_dir.reset();
    }

    void emptyStateShown()
    {
        auto panel = makePanel();
        settle(*panel);
        QCOMPARE(panel->remoteList()->remoteCount(), 0);
        QVERIFY(panel->remoteList()->isEmptyStateShown());
        QVERIFY(panel->remoteList()->emptyStateLabel()->isVisible());
        QVERIFY(panel->remoteList()->emptyStateLabel()->text().contains(QStringLiteral("No remote yet")));
        QVERIFY(panel->addRemoteAction()->isEnabled());
        QVERIFY(!panel->syncNowAction()->isEnabled());
        QVERIFY(!panel->previewAction()->isEnabled());
        QCOMPARE(panel->messageText(), QString());
    }

    void addedRemoteIsListed()
    {
        auto panel = makePanel();
        settle(*panel);
        QVERIFY(RemoteProfiles(dataDir()).add(profile(QStringLiteral("city-minio"),
                                                      QStringLiteral("http://127.0.0.1:9000"),
                                                      QStringLiteral("urbis-city"))));
        panel->refresh();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 1);
        settle(*panel);
        QVERIFY(!panel->remoteList()->isEmptyStateShown());
        QVERIFY(panel->remoteList()->view()->isVisible());
        QCOMPARE(panel->selectedRemote(), QStringLiteral("city-minio")); // the only remote is selected
        const QModelIndex name = panel->remoteList()->view()->model()->index(0, 0);
        QCOMPARE(name.data().toString(), QStringLiteral("city-minio"));
        QVERIFY(panel->remoteList()->view()->model()->index(0, 1).data().toString().contains(
            QStringLiteral("urbis-city")));
        QCOMPARE(panel->remoteList()->view()->model()->index(0, 2).data().toString(),
                 QStringLiteral("never"));
        QVERIFY(panel->syncNowAction()->isEnabled());
        QCOMPARE(panel->syncNowAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        QVERIFY(panel->previewAction()->isEnabled());
    }

    void filterFilters()
    {
        QVERIFY(RemoteProfiles(dataDir()).add(profile(QStringLiteral("city-minio"),
                                                      QStringLiteral("http://127.0.0.1:9000"),
                                                      QStringLiteral("urbis-city"))));
        QVERIFY(RemoteProfiles(dataDir()).add(profile(QStringLiteral("backup"),
                                                      QStringLiteral("https://s3.eu-west-1.amazonaws.com"),
                                                      QStringLiteral("city-archive"))));
        auto panel = makePanel();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 2);
        settle(*panel);
        QCOMPARE(panel->remoteList()->visibleRemoteCount(), 2);
        QTest::keyClicks(panel->remoteList()->filterEdit(), QStringLiteral("MINIO"));
        QCOMPARE(panel->remoteList()->visibleRemoteCount(), 1);
        QCOMPARE(panel->remoteList()->view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("city-minio"));
        panel->remoteList()->filterEdit()->setText(QStringLiteral("archive")); // matches the bucket column
        QCOMPARE(panel->remoteList()->visibleRemoteCount(), 1);
        QCOMPARE(panel->remoteList()->view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("backup"));
        panel->remoteList()->filterEdit()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(panel->remoteList()->visibleRemoteCount(), 0);
        QVERIFY(!panel->syncNowAction()->isEnabled()); // nothing selected any more
        panel->remoteList()->filterEdit()->clear();
        QCOMPARE(panel->remoteList()->visibleRemoteCount(), 2);
    }

    void dialogValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("problem"); // empty: acceptable
        QTest::newRow("valid") << "city-minio"
                               << "http://127.0.0.1:9000"
                               << "urbis-city"
                               << ""
                               << "";
        QTest::newRow("valid with keys") << "city"
                                         << "https://minio.example.org"
                                         << "urbis.city"
                                         << "AKIA"
                                         << "";
        QTest::newRow("no scheme") << "city"
                                   << "minio.example.org:9000"
                                   << "urbis-city"
                                   << ""
                                   << "endpoint";
        QTest::newRow("ftp") << "city"
                             << "ftp://minio.example.org"
                             << "urbis-city"
                             << ""
                             << "endpoint";
        QTest::newRow("empty endpoint") << "city"
                                        << ""
                                        << "urbis-city"
                                        << ""
                                        << "endpoint";
        QTest::newRow("upper-case bucket") << "city"
                                           << "http://127.0.0.1:9000"
                                           << "Urbis_City"
                                           << ""
                                           << "bucket";
        QTest::newRow("short bucket") << "city"
                                      << "http://127.0.0.1:9000"
                                      << "ab"
                                      << ""
                                      << "bucket";
        QTest::newRow("bad name") << "my remote"
                                  << "http://127.0.0.1:9000"
                                  << "urbis-city"
                                  << ""
                                  << "name";
        QTest::newRow("one key only") << "city"
                                      << "http://127.0.0.1:9000"
                                      << "urbis-city"
                                      << "AKIA-ONLY"
                                      << "both keys";
    }

    void dialogValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, bucket);
        QFETCH(QString, accessKey);
        QFETCH(QString, problem);
        RemoteDialog dialog;
        dialog.show();
        QVERIFY(!dialog.okButton()->isEnabled()); // empty form
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteName"))->setText(name);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("remoteEndpoint")), endpoint);
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteBucket"))->setText(bucket);
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteAccessKey"))->setText(accessKey);
        if (QTest::currentDataTag() == QByteArray("valid with keys"))
            dialog.findChild<QLineEdit *>(QStringLiteral("remoteSecretKey"))
                ->setText(QStringLiteral("secret"));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("validationMessage"));
        QVERIFY(reason);
        if (problem.isEmpty()) {
            QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationMessage()));
            QVERIFY(dialog.testButton()->isEnabled());
            QVERIFY(!reason->isVisible());
            const RemoteProfile p = dialog.profile();
            QCOMPARE(p.name, name);
            QCOMPARE(p.bucket, bucket);
            QVERIFY(p.check());
        } else {
            QVERIFY(!dialog.okButton()->isEnabled());
            QVERIFY(!dialog.testButton()->isEnabled());
            QVERIFY(reason->isVisible());
            QVERIFY2(dialog.validationMessage().contains(problem, Qt::CaseInsensitive),
                     qPrintable(dialog.validationMessage()));
        }
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("remoteSecretKey"))->echoMode(),
                 QLineEdit::Password);
    }

    void dialogEditKeepsName()
    {
        RemoteDialog dialog;
        RemoteProfile p = profile(QStringLiteral("city"), QStringLiteral("http://127.0.0.1:9000"),
                                  QStringLiteral("urbis-city"));
        p.prefix = QStringLiteral("air/");
        p.pathStyle = false;
        dialog.setProfile(p);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("remoteName"))->isReadOnly());
        QVERIFY(dialog.okButton()->isEnabled());
        const RemoteProfile back = dialog.profile();
        QCOMPARE(back.toJson(), p.toJson());
    }

    void dialogTestFailsWithoutFreezing()
    {
        RemoteDialog dialog;
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteName"))->setText(QStringLiteral("dead"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteEndpoint"))
            ->setText(QStringLiteral("http://127.0.0.1:9"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteBucket"))->setText(QStringLiteral("urbis-test"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteAccessKey"))
            ->setText(QStringLiteral("AKIDEXAMPLE"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteSecretKey"))
            ->setText(QStringLiteral("wJalrXUtnFEMI"));
        FreezeWatch watch;
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(dialog.isTesting());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("testBusy"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 60000);
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("testBusy"))->isVisible());
        QVERIFY(!dialog.testResult().isEmpty());
        QVERIFY(!dialog.testResult().contains(QStringLiteral("answered")));
        QVERIFY(!dialog.testResult().contains(QStringLiteral("wJalrXUtnFEMI"))); // no secret in messages
        QVERIFY2(watch.worstGapMs() < 1000, qPrintable(QString::number(watch.worstGapMs())));

        // Cancel: the button turns into "Cancel test" while it runs.
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(dialog.isTesting());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!dialog.isTesting());
        QVERIFY(dialog.testResult().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive));
    }

    void dialogStoresKeysOrExplainsEnvironment()
    {
        RemoteDialog dialog;
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteName"))
            ->setText(QStringLiteral("urbis-test-keys"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteEndpoint"))
            ->setText(QStringLiteral("http://127.0.0.1:9"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteBucket"))->setText(QStringLiteral("urbis-test"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteAccessKey"))
            ->setText(QStringLiteral("AKIDEXAMPLE"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteSecretKey"))
            ->setText(QStringLiteral("wJalrXUtnFEMI"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keysNote"));
        FreezeWatch watch;
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        // The keyring write runs off the GUI thread: either it works (the dialog closes) or, without a
        // keyring (CI), the dialog stays and says the environment's keys will be used.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted ||
                                     note->text().contains(QStringLiteral("were not saved")),
                                 20000);
        QVERIFY2(watch.worstGapMs() < 1000, qPrintable(QString::number(watch.worstGapMs())));
        if (dialog.result() != QDialog::Accepted) {
            QVERIFY(note->text().contains(QStringLiteral("AWS_ACCESS_KEY_ID")));
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton); // save without keys
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(dialog.profile().name, QStringLiteral("urbis-test-keys"));
    }

    void conflictButtonsNeedSelection()
    {
        auto panel = makePanel();
        settle(*panel);
        ConflictsView *conflicts = panel->conflictsView();
        const QStringList buttons{QStringLiteral("keepMineButton"), QStringLiteral("keepTheirsButton"),
                                  QStringLiteral("keepBothButton")};
        for (const QString &b : buttons)
            QVERIFY(!conflicts->findChild<QPushButton *>(b)->isEnabled());

        ConflictsView view;
        view.show();
        view.setConflicts(
            {SyncConflict{QStringLiteral("ds-1"), QStringLiteral("Air quality 2024"),
                          QStringLiteral("title changed on both sides"), QDateTime::currentDateTimeUtc()}});
        QCOMPARE(view.count(), 1);
        for (const QString &b : buttons)
            QVERIFY(!view.findChild<QPushButton *>(b)->isEnabled());
        view.view()->selectRow(0);
        QCOMPARE(view.selectedLineage(), QStringLiteral("ds-1"));
        for (const QString &b : buttons)
            QVERIFY(view.findChild<QPushButton *>(b)->isEnabled());
        QSignalSpy requested(&view, &ConflictsView::resolveRequested);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("keepTheirsButton")), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("ds-1"));
        QCOMPARE(requested.first().at(1).value<ConflictResolution>(), ConflictResolution::KeepTheirs);
        view.setBusy(true);
        for (const QString &b : buttons)
            QVERIFY(!view.findChild<QPushButton *>(b)->isEnabled());
    }

    void previewAgainstUnreachableEndpointShowsError()
    {
        const EnvKeys keys;
        QVERIFY(RemoteProfiles(dataDir()).add(profile(
            QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("urbis-test"))));
        auto panel = makePanel();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 1);
        settle(*panel);
        QVERIFY(panel->previewAction()->isEnabled());
        FreezeWatch watch;
        panel->previewAction()->trigger();
        QVERIFY(!panel->previewAction()->isEnabled()); // one preview at a time
        QTRY_VERIFY_WITH_TIMEOUT(panel->previewAction()->isEnabled(), 90000);
        QVERIFY2(panel->previewSummary().contains(QStringLiteral("failed")),
                 qPrintable(panel->previewSummary()));
        QVERIFY(!panel->messageText().isEmpty());
        QVERIFY(!panel->messageText().contains(QStringLiteral("wJalrXUtnFEMI")));
        QCOMPARE(panel->previewModel()->rowCount(), 0);
        QVERIFY2(watch.worstGapMs() < 1000, qPrintable(QString::number(watch.worstGapMs())));
    }

    void syncNowFailureIsShown()
    {
        const EnvKeys keys;
        QVERIFY(RemoteProfiles(dataDir()).add(profile(
            QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("urbis-test"))));
        auto panel = makePanel();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 1);
        settle(*panel);
        FreezeWatch watch;
        panel->syncNowAction()->trigger();
        QVERIFY(!panel->syncNowAction()->isEnabled()); // running: a second Sync now would be refused anyway
        QVERIFY(!panel->findChild<QAction *>(QStringLiteral("actionRemoveRemote"))->isEnabled());
        TaskRow *row = panel->transfersView()->rowFor(QStringLiteral("sync:dead"));
        QVERIFY(row);
        QTRY_VERIFY(row->cancelButton()->isVisible());
        QCOMPARE(
            panel->remoteList()->view()->model()->index(0, RemoteListModel::LastSyncColumn).data().toString(),
            QStringLiteral("Syncing…"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageText().contains(QStringLiteral("failed")), 90000);
        QVERIFY(panel->syncNowAction()->isEnabled());
        QTRY_VERIFY(!row->errorText().isEmpty());
        QVERIFY(!panel->messageText().contains(QStringLiteral("wJalrXUtnFEMI")));
        if (const QString out = qEnvironmentVariable("URBIS_SYNC_SCREENSHOT"); !out.isEmpty())
            panel->grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-failed.png")),
                               "PNG");
        QVERIFY2(watch.worstGapMs() < 1000, qPrintable(QString::number(watch.worstGapMs())));
        // The ledger's last error shows up after the refresh that follows the task.
        settle(*panel);
        QTRY_VERIFY(panel->remoteList()
                        ->view()
                        ->model()
                        ->index(0, RemoteListModel::LastSyncColumn)
                        .data()
                        .toString() != QStringLiteral("Syncing…"));
    }

    void cancelSync()
    {
        const EnvKeys keys;
        // A server that accepts and never answers: only the cancel ends the sync.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY(RemoteProfiles(dataDir()).add(
            profile(QStringLiteral("slow"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
                    QStringLiteral("urbis-test"))));
        auto panel = makePanel();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 1);
        settle(*panel);
        panel->syncNowAction()->trigger();
        TaskRow *row = panel->transfersView()->rowFor(QStringLiteral("sync:slow"));
        QVERIFY(row);
        QTRY_VERIFY(row->cancelButton()->isVisible());
        QTest::qWait(300);
        QVERIFY(!panel->syncNowAction()->isEnabled()); // still waiting for the silent server
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->syncNowAction()->isEnabled(), 20000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(panel->messageText().contains(QStringLiteral("cancelled")),
                 qPrintable(panel->messageText()));
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("URBIS_SYNC_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set URBIS_SYNC_SCREENSHOT=/path/panel.png to write a screenshot");
        {
            auto empty = makePanel();
            settle(*empty);
            QVERIFY(empty->grab().save(
                QString(out).replace(QStringLiteral(".png"), QStringLiteral("-empty.png")), "PNG"));
        }
        QVERIFY(RemoteProfiles(dataDir()).add(profile(QStringLiteral("city-minio"),
                                                      QStringLiteral("https://minio.city.example:9000"),
                                                      QStringLiteral("urbis-city"))));
        QVERIFY(RemoteProfiles(dataDir()).add(profile(QStringLiteral("backup-aws"),
                                                      QStringLiteral("https://s3.eu-west-1.amazonaws.com"),
                                                      QStringLiteral("city-archive"))));
        auto panel = makePanel();
        QTRY_COMPARE(panel->remoteList()->remoteCount(), 2);
        settle(*panel);
        panel->previewModel()->setActions(
            {SyncAction{SyncAction::Kind::Push,
                        QStringLiteral("a"),
                        QStringLiteral("Air quality 2024"),
                        2,
                        4'200'000,
                        {}},
             SyncAction{SyncAction::Kind::Pull,
                        QStringLiteral("b"),
                        QStringLiteral("Traffic counts"),
                        1,
                        830'000,
                        {}},
             SyncAction{SyncAction::Kind::Conflict, QStringLiteral("c"), QStringLiteral("Districts"), 1, 0,
                        QStringLiteral("changed here and there")}});
        panel->findChild<QTabWidget *>(QStringLiteral("syncTabs"))->setCurrentIndex(1);
        QVERIFY(panel->grab().save(out, "PNG"));

        RemoteDialog dialog;
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteName"))->setText(QStringLiteral("city-minio"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteEndpoint"))
            ->setText(QStringLiteral("http://127.0.0.1:9"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteBucket"))->setText(QStringLiteral("Urbis_City"));
        QCoreApplication::processEvents(); // let the layout take the reason's second line
        QVERIFY(dialog.grab().save(
            QString(out).replace(QStringLiteral(".png"), QStringLiteral("-invalid.png")), "PNG"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteBucket"))->setText(QStringLiteral("urbis-city"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteAccessKey"))
            ->setText(QStringLiteral("AKIDEXAMPLE"));
        dialog.findChild<QLineEdit *>(QStringLiteral("remoteSecretKey"))
            ->setText(QStringLiteral("wJalrXUtnFEMI"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 60000);
        QVERIFY(dialog.grab().save(
            QString(out).replace(QStringLiteral(".png"), QStringLiteral("-dialog.png")), "PNG"));
    }
};

QTEST_MAIN(TestSyncPanel)
#include "test_syncpanel.moc"
