// StreamSource's shared machinery, driven through a transport-less subclass: batching in arrival
// order, the inferred mapping, counting and throttled reporting of bad messages, gaps, the
// message rate, the MQTT topic as entity, and the per-message cost at Annex B rates.
#include "stream/mqttsource.h"
#include "stream/streamsource.h"
#include "stream/websocketsource.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <ctime>

using namespace urbis;

namespace {

class FakeSource : public StreamSource
{
public:
    using StreamSource::StreamSource;
    void start() override { markStarting(); }
    void stop() override { markStopped(); }
    void feed(QByteArrayView message, const QString &entity = {}) { handleMessage(message, entity); }
    using StreamSource::flush;
    void up() { linkUp(); }
    void down(const QString &error)
    {
        linkDown(error);
        setState(State::Reconnecting);
    }
};

StreamConfig annexBConfig()
{
    StreamConfig c;
    c.url = QUrl(QStringLiteral("ws://127.0.0.1:1/feed"));
    c.mapping = FieldMapping::annexB();
    c.mapping.measures.append({QStringLiteral("seq"), {}});
    return c;
}

QByteArray annexB(int seq)
{
    return QStringLiteral(
               R"({"source":"test","cityName":"Athens","countrycode":"GR","zipcode":10558,"station":"ST-0%1",)"
               R"("lat":37.9715,"lon":23.7257,"dominentpol":"pm10","humidity":62.5,"co":0.3,"no2":21.4,)"
               R"("pressure":1013.2,"pm10":%2,"pm25":8.1,"temperature":18.4,"windspeed":3.6,)"
               R"("timeRecorded":%3,"seq":%4})")
        .arg(seq % 3 + 1)
        .arg(10 + seq % 40)
        .arg(1684318800.0 + seq / 1000.0, 0, 'f', 3)
        .arg(seq)
        .toUtf8();
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

QList<double> seqs(const QSignalSpy &spy, int index)
{
    QList<double> out;
    for (const QList<QVariant> &args : spy)
        for (const StreamSample &s : args.at(0).value<StreamBatch>())
            out << s.values.at(size_t(index));
    return out;
}

} // namespace

class TestStreamSource : public QObject
{
    Q_OBJECT

private slots:
    void batchesInArrivalOrder()
    {
        FakeSource source(annexBConfig());
        source.start();
        source.up();
        QSignalSpy batches(&source, &StreamSource::samplesReceived);
        for (int i = 1; i <= 1000; ++i)
            source.feed(annexB(i));
        QCOMPARE(batches.count(), 0); // nothing per message: one batch when the timer fires
        QTRY_COMPARE_WITH_TIMEOUT(batches.count(), 1, 2000);
        const QList<double> got = seqs(batches, source.mapping().measureIndex(QStringLiteral("seq")));
        QCOMPARE(got.size(), 1000);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), double(i + 1));
        const StreamSample first = batches.first().at(0).value<StreamBatch>().first();
        QCOMPARE(first.entity, QStringLiteral("ST-02"));
        QCOMPARE(first.timeMs, 1684318800001LL);
        QCOMPARE(source.stats().samples, 1000);
        QCOMPARE(source.stats().messages, 1000);
    }

    void batchesAtMostEveryInterval()
    {
        FakeSource source(annexBConfig());
        source.setBatchInterval(30);
        source.start();
        QSignalSpy batches(&source, &StreamSource::samplesReceived);
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(&source, &StreamSource::samplesReceived, this, [&] { at << clock.elapsed(); });
        int seq = 0;
        QTimer feeder;
        connect(&feeder, &QTimer::timeout, this, [&] { source.feed(annexB(++seq)); });
        feeder.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 6, 5000);
        feeder.stop();
        for (int i = 1; i < at.size(); ++i)
            QVERIFY2(at.at(i) - at.at(i - 1) >= 25,
                     qPrintable(QStringLiteral("%1 ms apart").arg(at.at(i) - at.at(i - 1))));
    }

    void infersTheMappingOnceBeforeItsSamples()
    {
        StreamConfig c = annexBConfig();
        c.mapping = {};
        FakeSource source(c);
        source.setBatchInterval(0);
        source.start();
        QStringList events;
        connect(&source, &StreamSource::mappingInferred, this,
                [&](const FieldMapping &m) { events << QStringLiteral("mapping %1").arg(m.entityKey); });
        connect(&source, &StreamSource::samplesReceived, this,
                [&](const StreamBatch &b) { events << QStringLiteral("samples %1").arg(b.size()); });
        source.feed(R"({"nothing": null})"); // nothing to infer from: rejected, still no mapping
        QVERIFY(source.mapping().isEmpty());
        for (int i = 1; i <= 3; ++i)
            source.feed(annexB(i));
        QTRY_VERIFY(!events.isEmpty() && events.last().startsWith(u"samples"));
        QCOMPARE(events.first(), QStringLiteral("mapping station"));
        QCOMPARE(events.count(QStringLiteral("mapping station")), 1);
        QVERIFY(source.mapping().measureIndex(QStringLiteral("pm10")) >= 0);
        QCOMPARE(source.stats().malformed, 1);
    }

    void countsAndReportsBadMessages()
    {
        StreamConfig c = annexBConfig();
        c.maxMessageBytes = 600;
        FakeSource source(c);
        source.start();
        QSignalSpy rejected(&source, &StreamSource::messageRejected);
        source.feed(annexB(1));
        source.feed(R"({"station": "x", "pm10": )");
        source.feed(QByteArray(2000, ' '));
        source.feed(R"({"station": "x", "speed": 1})"); // nothing the mapping knows
        source.feed(R"([{"pm10": 1}, {"speed": 2}])");  // one good record, one not: counted once
        source.feed(annexB(2));
        const StreamStats s = source.stats();
        QCOMPARE(s.messages, 6);
        QCOMPARE(s.malformed, 2 + 1);
        QCOMPARE(s.oversized, 1);
        QCOMPARE(s.bytes, annexB(1).size() + 25 + 2000 + 28 + 27 + annexB(2).size());
        QCOMPARE(rejected.count(), 4);
        QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("Malformed JSON")));
        QCOMPARE(rejected.at(0).at(1).toByteArray(), QByteArray(R"({"station": "x", "pm10": )"));
        QVERIFY(rejected.at(1).at(0).toString().contains(QStringLiteral("2000")));
        QCOMPARE(rejected.at(1).at(1).toByteArray().size(), 200); // an excerpt, not the message
        QVERIFY(!s.lastError.isEmpty());
        source.flush();
        QCOMPARE(source.stats().samples, 3);
    }

    void throttlesRejectionSignals()
    {
        FakeSource source(annexBConfig());
        source.start();
        QSignalSpy rejected(&source, &StreamSource::messageRejected);
        for (int i = 0; i < 5000; ++i)
            source.feed("not json");
        QCOMPARE(source.stats().malformed, 5000);
        QVERIFY2(rejected.count() >= 20 && rejected.count() <= 40,
                 qPrintable(QString::number(rejected.count())));
    }

    void topicIsTheFallbackEntity()
    {
        StreamConfig c = annexBConfig();
        c.mapping.entityKey.clear();
        FakeSource anonymous(c);
        anonymous.start();
        QSignalSpy batches(&anonymous, &StreamSource::samplesReceived);
        anonymous.feed(annexB(1), QStringLiteral("city/athens/air"));
        anonymous.flush();
        QCOMPARE(batches.first().at(0).value<StreamBatch>().first().entity,
                 QStringLiteral("city/athens/air"));

        FakeSource keyed(
            annexBConfig()); // the mapping names an entity key: a record without it stays anonymous
        keyed.start();
        QSignalSpy keyedBatches(&keyed, &StreamSource::samplesReceived);
        keyed.feed(R"({"pm10": 4})", QStringLiteral("city/athens/air"));
        keyed.flush();
        QCOMPARE(keyedBatches.first().at(0).value<StreamBatch>().first().entity, QString());
    }

    void marksGaps()
    {
        FakeSource source(annexBConfig());
        source.setBatchInterval(10'000);
        QStringList events;
        connect(&source, &StreamSource::gapStarted, this, [&](qint64) { events << QStringLiteral("gap"); });
        connect(&source, &StreamSource::gapEnded, this, [&](qint64 since, qint64 until) {
            events << (since > 0 && until >= since ? QStringLiteral("end") : QStringLiteral("bad end"));
        });
        connect(&source, &StreamSource::samplesReceived, this,
                [&](const StreamBatch &b) { events << QStringLiteral("samples %1").arg(b.size()); });
        source.start();
        source.down(QStringLiteral("refused")); // never connected yet: no gap, but the error shows
        QCOMPARE(source.stats().lastError, QStringLiteral("refused"));
        QCOMPARE(source.state(), StreamSource::State::Reconnecting);
        source.up();
        QVERIFY(source.stats().lastError.isEmpty());
        source.feed(annexB(1));
        source.down(QStringLiteral("lost"));
        source.down(QStringLiteral("refused again")); // still down: the same gap
        source.up();
        source.down(QStringLiteral("lost again"));
        source.stop(); // ends the open gap
        QCOMPARE(events, (QStringList{QStringLiteral("samples 1"), QStringLiteral("gap"),
                                      QStringLiteral("end"), QStringLiteral("gap"), QStringLiteral("end")}));
        QCOMPARE(source.stats().gaps, 2);
        QCOMPARE(source.stats().reconnects, 1);
        QCOMPARE(source.state(), StreamSource::State::Stopped);
    }

    void measuresTheRate()
    {
        FakeSource source(annexBConfig());
        source.start();
        source.up();
        for (int i = 0; i < 2000; ++i)
            source.feed(annexB(i));
        QTRY_VERIFY_WITH_TIMEOUT(source.stats().messagesPerSec > 0, 2000);
        QVERIFY(source.stats().messagesPerSec <= 2000 * 1000.0 / 250);
        QVERIFY(source.stats().lastMessageMs > 0);
        source.stop();
        QCOMPARE(source.stats().messagesPerSec, 0.0);
    }

    void restartResetsTheCounters()
    {
        FakeSource source(annexBConfig());
        source.start();
        source.feed(annexB(1));
        source.stop();
        source.start();
        QCOMPARE(source.stats().messages, 0);
        QCOMPARE(source.state(), StreamSource::State::Connecting);
    }

    void keepsUpWithAnnexBRates()
    {
        constexpr int kMessages = 60'000;
        QList<QByteArray> messages;
        messages.reserve(kMessages);
        for (int i = 1; i <= kMessages; ++i)
            messages << annexB(i);
        FakeSource source(annexBConfig());
        source.start();
        source.up();
        qint64 samples = 0;
        connect(&source, &StreamSource::samplesReceived, this,
                [&](const StreamBatch &b) { samples += b.size(); });
        // This thread's CPU time, not the wall clock: "one core" whatever else the machine runs.
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer clock;
        clock.start();
        for (const QByteArray &m : std::as_const(messages))
            source.feed(m);
        source.flush();
        const double perCpuSec = kMessages * 1e9 / double(std::max<qint64>(1, threadCpuNs() - cpuStart));
        qInfo("handleMessage: %.0f Annex B messages per CPU second (%.0f per wall second)", perCpuSec,
              kMessages * 1000.0 / double(std::max<qint64>(1, clock.elapsed())));
        QCOMPARE(samples, kMessages);
        QVERIFY2(perCpuSec > 20'000, qPrintable(QString::number(perCpuSec)));
    }

    void createsBySchemeKind()
    {
        StreamConfig c = annexBConfig();
        QVERIFY(qobject_cast<WebSocketSource *>(StreamSource::create(c).get()));
        c.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1"));
        QVERIFY(qobject_cast<MqttSource *>(StreamSource::create(c).get()));
    }
};

QTEST_GUILESS_MAIN(TestStreamSource)
#include "test_streamsource.moc"
