// StreamSession against a real feed: everything sent at 20,000 msg/s is recorded, the main thread
// stays responsive, memory stays bounded; alerts are raised, cleared and logged; a link drop is a
// gap in the channels; destroying a recording session leaves a complete dataset.
#include "stream/alertlog.h"
#include "stream/streamsession.h"
#include "workspace/workspace.h"
#include "wspeerfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace urbis;

namespace {

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/** The worst lateness of a 10 ms timer on this thread while it runs: the event loop's latency. */
class LoopProbe
{
public:
    LoopProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worst = std::max(m_worst, m_clock.restart() - 10);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

/** count(*) and count(DISTINCT seq) of a stored recording. */
QPair<qint64, qint64> countRows(const QString &dataDir, const QString &id)
{
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return {-1, -1};
    Result<DatasetRecord> r = ws->catalog().get(id);
    if (!r || r->sha256.isEmpty())
        return {-2, -2};
    sqlite3 *db = nullptr;
    QPair<qint64, qint64> out{-3, -3};
    if (sqlite3_open_v2(ws->store().pathFor(r->sha256).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*), count(DISTINCT seq) FROM data", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            out = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

StreamConfig feed(const WsPeerFixture &peer)
{
    StreamConfig c;
    c.name = QStringLiteral("test feed");
    c.url = QUrl(peer.url());
    return c; // empty mapping: inferred from the first record, so "seq" is recorded too
}

} // namespace

class TestStreamSession : public QObject
{
    Q_OBJECT

private slots:
    void recordsEverythingAt20kPerSecond();
    void alertsRaisedClearedAndLogged();
    void linkDropIsAGap();
    void destroyingARecordingSessionCompletesTheDataset();

private:
    QTemporaryDir m_dir;
};

void TestStreamSession::recordsEverythingAt20kPerSecond()
{
    constexpr int kMessages = 200'000;
    WsPeerFixture peer;
    const QString why = peer.start({QStringLiteral("--count"), QString::number(kMessages), QStringLiteral("--rate"),
                                    QStringLiteral("20000"), QStringLiteral("--stations"), QStringLiteral("10"),
                                    QStringLiteral("--stamp"), QStringLiteral("--expect-subscribe")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("rate"));
    QVERIFY(Workspace::open(dataDir).ok());

    StreamConfig config = feed(peer);
    config.subscribeMessage = QStringLiteral("{\"subscribe\":\"all\"}"); // the peer waits for it: recording is ready first
    const qint64 rssBefore = rssKb();
    auto session = std::make_unique<StreamSession>(config, dataDir);
    QSignalSpy started(session.get(), &StreamSession::recordingStarted);
    QSignalSpy finished(session.get(), &StreamSession::recordingFinished);
    QSignalSpy failed(session.get(), &StreamSession::recordingFailed);
    StreamRecorder::Options options;
    options.title = QStringLiteral("rate test");
    options.source = config.url.toString();
    session->startRecording(options);
    session->start();

    LoopProbe probe;
    qint64 peakRss = rssBefore;
    QElapsedTimer clock;
    clock.start();
    while (session->stats().samples < kMessages && clock.elapsed() < 120'000) {
        QTest::qWait(50);
        peakRss = std::max(peakRss, rssKb());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    }
    const StreamStats stats = session->stats();
    qInfo("received %lld samples in %.1f s (%lld malformed, %lld oversized); worst event-loop delay %lld ms; "
          "RSS %lld -> %lld MB; channels %lld MB",
          stats.samples, clock.elapsed() / 1000.0, stats.malformed, stats.oversized, probe.worstMs(), rssBefore / 1024,
          peakRss / 1024, session->channels().memoryBytes() >> 20);
    QCOMPARE(stats.samples, qint64(kMessages));
    QCOMPARE(stats.malformed, qint64(0));
    QCOMPARE(started.count(), 1);
    const QString id = started.first().first().toString();
    QTRY_COMPARE_WITH_TIMEOUT(session->recordedRows(), qint64(kMessages), 10'000);
    QVERIFY2(probe.worstMs() < 50, qPrintable(QStringLiteral("event loop blocked %1 ms").arg(probe.worstMs())));
    // Bounded: the rings are preallocated per channel, so memory does not grow with the message count.
    QVERIFY2(peakRss - rssBefore < 400 * 1024, qPrintable(QStringLiteral("RSS grew %1 MB").arg((peakRss - rssBefore) / 1024)));

    session->stopRecording();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).toLongLong(), qint64(kMessages));
    session.reset();
    const QPair<qint64, qint64> rows = countRows(dataDir, id);
    QCOMPARE(rows.first, qint64(kMessages));
    QCOMPARE(rows.second, qint64(kMessages)); // every seq once: nothing lost, nothing twice
}

void TestStreamSession::alertsRaisedClearedAndLogged()
{
    WsPeerFixture peer;
    const QString why = peer.start({QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--rate"),
                                    QStringLiteral("2000"), QStringLiteral("--stations"), QStringLiteral("1"),
                                    QStringLiteral("--expect-subscribe")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("alerts"));
    StreamConfig config = feed(peer);
    config.subscribeMessage = QStringLiteral("go");
    StreamSession session(config, dataDir);
    AlertRule rule;
    rule.id = QStringLiteral("pm10-high");
    rule.name = QStringLiteral("PM10 high");
    rule.kind = AlertRule::Kind::Above;
    rule.measure = QStringLiteral("pm10");
    rule.threshold = 27; // the peer's pm10 is 20 + 10 sin(seq / 50): above 27 for about a quarter of each cycle
    rule.hysteresis = 2;
    session.setAlertRules({rule});
    QSignalSpy raised(&session, &StreamSession::alertRaised);
    QSignalSpy cleared(&session, &StreamSession::alertCleared);
    session.start();
    QVERIFY(peer.waitFor(QStringLiteral("done (\\d+)"), 60'000).hasMatch());
    QTRY_COMPARE_WITH_TIMEOUT(session.stats().samples, qint64(2000), 20'000);
    // seq 1..2000 crosses above 27 at each sin(seq/50) > 0.7 period: 2000 / (100 pi) ~ 6.4 cycles.
    QTRY_VERIFY_WITH_TIMEOUT(raised.count() >= 6, 5'000);
    QVERIFY2(raised.count() <= 7, qPrintable(QString::number(raised.count()))); // hysteresis: no flapping
    QVERIFY(cleared.count() >= raised.count() - 1 && cleared.count() <= raised.count());
    const AlertEvent first = qvariant_cast<AlertEvent>(raised.first().first());
    QCOMPARE(first.ruleId, rule.id);
    QVERIFY(first.value > 27);
    QCOMPARE(session.activeAlerts().size(), raised.count() - cleared.count());
    Result<QList<AlertEvent>> logged = AlertLog::readRecent(AlertLog::defaultPath(dataDir), 100);
    QVERIFY2(logged, qPrintable(logged.error().toString()));
    QCOMPARE(logged->size(), raised.count() + cleared.count());
}

void TestStreamSession::linkDropIsAGap()
{
    WsPeerFixture peer;
    const QString why = peer.start({QStringLiteral("--count"), QStringLiteral("400"), QStringLiteral("--rate"),
                                    QStringLiteral("400"), QStringLiteral("--stations"), QStringLiteral("1"),
                                    QStringLiteral("--drop-after"), QStringLiteral("150")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    StreamConfig config = feed(peer);
    config.backoffInitialMs = 100;
    config.backoffMaxMs = 400;
    StreamSession session(config, m_dir.filePath(QStringLiteral("gap")));
    session.start();
    QVERIFY(peer.waitFor(QStringLiteral("done (\\d+)"), 60'000).hasMatch());
    QTRY_VERIFY_WITH_TIMEOUT(session.stats().samples >= 390, 20'000);
    QVERIFY(session.stats().gaps >= 1);
    QVERIFY(session.stats().reconnects >= 1);
    const int pm10 = session.mapping().measureIndex(QStringLiteral("pm10"));
    QVERIFY(pm10 >= 0);
    const QStringList entities = session.channels().entities();
    QCOMPARE(entities.size(), 1);
    const ChannelSeries series = session.channels().window(entities.first(), pm10, 0, std::numeric_limits<qint64>::max(), 10'000);
    const qsizetype gaps = std::count_if(series.begin(), series.end(), [](const ChannelPoint &p) { return p.isGap(); });
    QVERIFY2(gaps >= 1, "the drop must break the line");
}

void TestStreamSession::destroyingARecordingSessionCompletesTheDataset()
{
    WsPeerFixture peer;
    const QString why = peer.start({QStringLiteral("--count"), QStringLiteral("500"), QStringLiteral("--rate"),
                                    QStringLiteral("0"), QStringLiteral("--stations"), QStringLiteral("2"),
                                    QStringLiteral("--expect-subscribe")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString dataDir = m_dir.filePath(QStringLiteral("destroy"));
    QVERIFY(Workspace::open(dataDir).ok());
    StreamConfig config = feed(peer);
    config.subscribeMessage = QStringLiteral("go");
    QString id;
    {
        StreamSession session(config, dataDir);
        QSignalSpy started(&session, &StreamSession::recordingStarted);
        session.startRecording(StreamRecorder::Options{});
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.recordedRows(), qint64(500), 30'000);
        QCOMPARE(started.count(), 1);
        id = started.first().first().toString();
    } // the destructor finishes the recording
    const QPair<qint64, qint64> rows = countRows(dataDir, id);
    QCOMPARE(rows.first, qint64(500));
    Result<Workspace> ws = Workspace::open(dataDir);
    QVERIFY(ws);
    Result<DatasetRecord> r = ws->catalog().get(id);
    QVERIFY(r);
    QVERIFY(!r->keywords.contains(QStringLiteral("recording")));
    QCOMPARE(r->featureCount, qint64(500));
}

QTEST_GUILESS_MAIN(TestStreamSession)
#include "test_streamsession.moc"
