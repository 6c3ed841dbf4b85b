// WebSocketSource against wspeer.js (a Node `ws` server) on 127.0.0.1: every message arrives in
// order; NGSI-LD and binary frames; the bearer token accepted and refused; the subscribe message
// after each connect; a dropped link is a gap and a reconnect with nothing lost; malformed and
// oversized messages are counted while the feed goes on; a stalled server is caught by the
// heartbeat; stop() ends the retrying; wss:// with and without the CA file.
#include "stream/websocketsource.h"
#include "testcertificate.h"
#include "wspeerfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

/** A source on the peer plus everything it reported. */
struct Feed
{
    explicit Feed(StreamConfig config) : source(std::move(config))
    {
        QObject::connect(&source, &StreamSource::samplesReceived, &source, [this](const StreamBatch &batch) {
            const int seqIndex = source.mapping().measureIndex(QStringLiteral("seq"));
            for (const StreamSample &s : batch) {
                seqs << (seqIndex >= 0 ? qint64(s.values.at(size_t(seqIndex))) : -1);
                samples << s;
            }
        });
        QObject::connect(&source, &StreamSource::gapStarted, &source, [this](qint64) {
            ++gapsStarted;
            errorsAtGap << source.stats().lastError;
        });
        QObject::connect(&source, &StreamSource::gapEnded, &source, [this](qint64 since, qint64 until) {
            ++gapsEnded;
            gapsWellFormed = gapsWellFormed && until >= since && since > 0;
        });
    }

    /** 1..n, in order. */
    bool complete(qint64 n) const
    {
        if (seqs.size() != n)
            return false;
        for (qint64 i = 0; i < n; ++i)
            if (seqs.at(i) != i + 1)
                return false;
        return true;
    }

    WebSocketSource source;
    QList<qint64> seqs;
    QList<StreamSample> samples;
    QStringList errorsAtGap;
    int gapsStarted = 0;
    int gapsEnded = 0;
    bool gapsWellFormed = true;
};

StreamConfig configFor(const QString &url)
{
    StreamConfig c;
    c.url = QUrl(url);
    c.heartbeatSecs = 5;
    c.backoffInitialMs = 50;
    c.backoffMaxMs = 400;
    return c;
}

QString seqText(const QList<qint64> &seqs)
{
    QStringList out;
    for (qint64 s : seqs.mid(0, 40))
        out << QString::number(s);
    return QStringLiteral("%1 seqs: %2%3")
        .arg(seqs.size())
        .arg(out.join(u','))
        .arg(seqs.size() > 40 ? QStringLiteral(",...") : QString());
}

} // namespace

#define START_PEER(peer, ...)                                                                                \
    do {                                                                                                     \
        const QString peerProblem = (peer).start(QStringList{__VA_ARGS__});                                  \
        if (!peerProblem.isEmpty())                                                                          \
            QFAIL(qPrintable(peerProblem));                                                                  \
    } while (false)

class TestWebSocketSource : public QObject
{
    Q_OBJECT

private slots:
    void deliversEveryMessageInOrder()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "3000", "--stations", "3");
        Feed feed(configFor(peer.url()));
        QSignalSpy inferred(&feed.source, &StreamSource::mappingInferred);
        feed.source.start();
        QCOMPARE(feed.source.state(), StreamSource::State::Connecting);
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 3000, qPrintable(seqText(feed.seqs)), 30000);
        QVERIFY2(feed.complete(3000), qPrintable(seqText(feed.seqs)));
        QCOMPARE(feed.source.state(), StreamSource::State::Connected);
        QCOMPARE(inferred.count(), 1);
        QCOMPARE(feed.source.mapping().entityKey, QStringLiteral("station"));
        QCOMPARE(feed.samples.at(0).entity, QStringLiteral("ST-01"));
        QCOMPARE(feed.samples.at(4).entity, QStringLiteral("ST-02"));
        QVERIFY(feed.samples.at(0).hasPosition());
        QVERIFY(std::abs(feed.samples.at(0).timeMs - feed.samples.at(0).receivedMs) < 60'000);
        const StreamStats s = feed.source.stats();
        QCOMPARE(s.messages, 3000);
        QCOMPARE(s.samples, 3000);
        QCOMPARE(s.malformed + s.oversized + s.reconnects + s.gaps, 0);
        QVERIFY(s.bytes > 3000 * 200);
        feed.source.stop();
        QCOMPARE(feed.source.state(), StreamSource::State::Stopped);
    }

    void readsNgsiLdNotifications()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "200", "--payload", "ngsi-ld", "--stations", "2");
        Feed feed(configFor(peer.url()));
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 200, qPrintable(seqText(feed.seqs)), 20000);
        QVERIFY(feed.complete(200));
        QCOMPARE(feed.source.mapping().entityKey, QStringLiteral("entity"));
        QCOMPARE(feed.source.mapping().timeKey, QStringLiteral("observedAt"));
        QCOMPARE(feed.samples.at(1).entity, QStringLiteral("urn:ngsi-ld:AirQualityObserved:ST-02"));
        QCOMPARE(feed.samples.at(1).lat, 37.9815);
        QCOMPARE(feed.samples.at(1).lon, 23.7357);
        QVERIFY(std::abs(feed.samples.at(1).timeMs - feed.samples.at(1).receivedMs) < 60'000);
    }

    void readsBinaryFrames()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "300", "--binary");
        Feed feed(configFor(peer.url()));
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 300, qPrintable(seqText(feed.seqs)), 20000);
        QVERIFY(feed.complete(300));
    }

    void sendsTheBearerToken()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "100", "--require-token", "s3cret-token");
        StreamConfig c = configFor(peer.url());
        c.bearerToken = QStringLiteral("s3cret-token");
        Feed feed(c);
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 100, qPrintable(seqText(feed.seqs)), 20000);
        QVERIFY(feed.complete(100));
        QCOMPARE(peer.count(QStringLiteral("refused .*")), 0);
    }

    void refusedTokenIsAClearError()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "100", "--require-token", "s3cret-token");
        StreamConfig c = configFor(peer.url());
        c.bearerToken = QStringLiteral("expired-token");
        Feed feed(c);
        feed.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.source.stats().lastError.isEmpty(), 10000);
        QCOMPARE(feed.source.stats().lastError, QStringLiteral("HTTP 401 from the server: check the token"));
        QCOMPARE(feed.source.state(), StreamSource::State::Reconnecting);
        QVERIFY(peer.waitFor(QStringLiteral("refused wrong token"), 5000).hasMatch());
        QVERIFY(feed.seqs.isEmpty());
        QCOMPARE(feed.gapsStarted, 0); // never connected: nothing was missed
    }

    void subscribesAfterEachConnect()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "400", "--rate", "2000", "--expect-subscribe", "--drop-after", "150");
        StreamConfig c = configFor(peer.url());
        c.subscribeMessage = QStringLiteral(R"({"action":"subscribe","topic":"air"})");
        Feed feed(c);
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 400, qPrintable(seqText(feed.seqs)), 20000);
        QVERIFY(feed.complete(400));
        QCOMPARE(peer.count(QStringLiteral("subscribe \\{\"action\":\"subscribe\",\"topic\":\"air\"\\}")), 2);
    }

    void droppedLinkIsAGapAndNothingAfterItIsLost()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "1500", "--rate", "3000", "--drop-after", "500");
        Feed feed(configFor(peer.url()));
        QSignalSpy states(&feed.source, &StreamSource::stateChanged);
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 1500, qPrintable(seqText(feed.seqs)), 20000);
        QVERIFY2(feed.complete(1500), qPrintable(seqText(feed.seqs)));
        QVERIFY(peer.output().contains(QStringLiteral("dropped after 500")));
        QCOMPARE(peer.count(QStringLiteral("connected \\d+")), 2);
        QCOMPARE(feed.gapsStarted, 1);
        QCOMPARE(feed.gapsEnded, 1);
        QVERIFY(feed.gapsWellFormed);
        QCOMPARE(feed.source.stats().gaps, 1);
        QCOMPARE(feed.source.stats().reconnects, 1);
        QVERIFY2(!feed.errorsAtGap.first().isEmpty(), "a gap says why");
        QList<StreamSource::State> seen;
        for (const QList<QVariant> &args : states)
            seen << args.at(0).value<StreamSource::State>();
        QVERIFY(seen.contains(StreamSource::State::Reconnecting));
        QCOMPARE(seen.last(), StreamSource::State::Connected);
    }

    void badMessagesAreCountedAndTheFeedGoesOn()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "600", "--malformed-every", "50", "--oversized-at", "123",
                   "--oversized-bytes", "30000");
        StreamConfig c = configFor(peer.url());
        c.maxMessageBytes = 10'000; // QWebSocket's own limit is 40,000: the connection stays
        Feed feed(c);
        QSignalSpy rejected(&feed.source, &StreamSource::messageRejected);
        feed.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.source.stats().messages >= 600, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(feed.seqs.size() >= 600 - 12 - 1, 5000);
        QList<qint64> expected;
        for (qint64 i = 1; i <= 600; ++i)
            if (i % 50 != 0 && i != 123)
                expected << i;
        QCOMPARE(feed.seqs, expected);
        const StreamStats s = feed.source.stats();
        QCOMPARE(s.malformed, 12);
        QCOMPARE(s.oversized, 1);
        QCOMPARE(s.reconnects, 0);
        QCOMPARE(rejected.count(), 13);
        QCOMPARE(feed.source.state(), StreamSource::State::Connected);
    }

    void hugeMessageClosesTheLinkButTheFeedComesBack()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "400", "--rate", "400", "--oversized-at", "100", "--oversized-bytes",
                   "200000");
        StreamConfig c = configFor(peer.url());
        c.maxMessageBytes = 5'000; // 200 kB is beyond even QWebSocket's limit of 20 kB: it closes the link
        Feed feed(c);
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(!feed.seqs.isEmpty() && feed.seqs.last() == 400,
                                  qPrintable(seqText(feed.seqs)), 30000);
        QCOMPARE(feed.source.stats().oversized, 1);
        QVERIFY(feed.source.stats().reconnects >= 1);
        for (int i = 0; i < 99; ++i)
            QCOMPARE(feed.seqs.at(i), qint64(i + 1));
        for (int i = 1; i < feed.seqs.size(); ++i)
            QVERIFY(feed.seqs.at(i) > feed.seqs.at(i - 1));
    }

    void stalledServerIsCaughtByTheHeartbeat()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "600", "--rate", "1000", "--stall-after", "200");
        StreamConfig c = configFor(peer.url());
        c.heartbeatSecs = 1;
        Feed feed(c);
        qint64 lastSampleMs = 0, silenceMs = -1;
        connect(&feed.source, &StreamSource::samplesReceived, this,
                [&] { lastSampleMs = QDateTime::currentMSecsSinceEpoch(); });
        connect(&feed.source, &StreamSource::gapStarted, this,
                [&](qint64 since) { silenceMs = since - lastSampleMs; });
        feed.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(feed.seqs.size() >= 600, qPrintable(seqText(feed.seqs)), 30000);
        QVERIFY2(feed.complete(600), qPrintable(seqText(feed.seqs)));
        QVERIFY(peer.output().contains(QStringLiteral("stalled after 200")));
        QCOMPARE(feed.gapsStarted, 1);
        QVERIFY2(feed.errorsAtGap.first().contains(QStringLiteral("pings")),
                 qPrintable(feed.errorsAtGap.first()));
        QCOMPARE(peer.count(QStringLiteral("connected \\d+")), 2);
        // Declared dead after about heartbeatSecs of silence: not before, and not much later.
        QVERIFY2(silenceMs >= 900 && silenceMs < 3000, qPrintable(QString::number(silenceMs)));
    }

    void stopEndsTheRetrying()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "10", "--require-token", "t");
        StreamConfig c = configFor(peer.url());
        c.backoffInitialMs = 20;
        c.backoffMaxMs = 100;
        Feed feed(c);
        feed.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(peer.count(QStringLiteral("refused no token")) >= 3, 10000);
        feed.source.stop();
        QCOMPARE(feed.source.state(), StreamSource::State::Stopped);
        QSignalSpy states(&feed.source, &StreamSource::stateChanged);
        QTest::qWait(300); // an upgrade already on its way may still reach the peer
        const int attempts = peer.count(QStringLiteral("refused no token"));
        QTest::qWait(600); // six times the longest wait: a retry would have come by now
        QCOMPARE(peer.count(QStringLiteral("refused no token")), attempts);
        QCOMPARE(states.count(), 0);
    }

    void goneServerMeansReconnectingWithAClearError()
    {
        WsPeerFixture peer;
        START_PEER(peer, "--count", "10");
        const QString url = peer.url();
        const int port = peer.port();
        peer.stop(); // nothing listens there any more
        Feed feed(configFor(url));
        feed.source.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.source.state(), StreamSource::State::Reconnecting, 10000);
        QCOMPARE(feed.source.stats().lastError,
                 QStringLiteral("127.0.0.1:%1 refused the connection: is the server running?").arg(port));
        feed.source.stop();
    }

    void wssVerifiesTheCertificate()
    {
        QTemporaryDir dir;
        TestCertificate cert;
        const QString why = cert.create(dir.path());
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        WsPeerFixture peer;
        START_PEER(peer, "--count", "100", "--tls-cert", cert.certFile, "--tls-key", cert.keyFile);

        Feed untrusted(configFor(peer.url(QStringLiteral("wss"))));
        untrusted.source.start();
        QTRY_COMPARE_WITH_TIMEOUT(untrusted.source.state(), StreamSource::State::Reconnecting, 10000);
        QVERIFY2(
            untrusted.source.stats().lastError.startsWith(QStringLiteral("Secure connection to 127.0.0.1")),
            qPrintable(untrusted.source.stats().lastError));
        untrusted.source.stop();

        StreamConfig c = configFor(peer.url(QStringLiteral("wss")));
        c.caFile = cert.certFile;
        Feed trusted(c);
        trusted.source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(trusted.seqs.size() >= 100, qPrintable(seqText(trusted.seqs)), 20000);
        QVERIFY(trusted.complete(100));
    }
};

QTEST_GUILESS_MAIN(TestWebSocketSource)
#include "test_websocketsource.moc"
