// MqttSource against a private mosquitto broker, published to with mosquitto_pub: wildcard
// subscriptions with QoS 0 and 1 (the topic names the entity), user name and password accepted
// and refused, a broker that dies and comes back on the same port, malformed payloads counted,
// a missing broker reported clearly, mqtts:// trusted through the CA file only.
#include "mosquittofixture.h"
#include "stream/mqttsource.h"
#include "testcertificate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

StreamConfig configFor(const MosquittoFixture &broker)
{
    StreamConfig c;
    c.url = QUrl(broker.url());
    c.topics = {QStringLiteral("city/+/air"), QStringLiteral("alerts/#")};
    c.heartbeatSecs = 5;
    c.backoffInitialMs = 50;
    c.backoffMaxMs = 400;
    return c;
}

QByteArrayList records(int from, int to)
{
    QByteArrayList out;
    for (int i = from; i <= to; ++i)
        out << QStringLiteral(R"({"seq": %1, "pm10": %2})").arg(i).arg(10 + i % 7).toUtf8();
    return out;
}

/** The seq values of the samples of `entity` (all when empty), in arrival order. */
QList<int> seqsOf(const MqttSource &source, const QList<StreamSample> &samples, const QString &entity = {})
{
    const int index = source.mapping().measureIndex(QStringLiteral("seq"));
    QList<int> out;
    for (const StreamSample &s : samples)
        if (entity.isEmpty() || s.entity == entity)
            out << (index >= 0 ? int(s.values.at(size_t(index))) : -1);
    return out;
}

QList<int> range(int from, int to)
{
    QList<int> out;
    for (int i = from; i <= to; ++i)
        out << i;
    return out;
}

} // namespace

#define START_BROKER(broker, ...)                                                                            \
    do {                                                                                                     \
        const QString brokerProblem = (broker).start(__VA_ARGS__);                                           \
        if (!brokerProblem.isEmpty())                                                                        \
            QFAIL(qPrintable(brokerProblem));                                                                \
    } while (false)

class TestMqttSource : public QObject
{
    Q_OBJECT

private slots:
    void subscribesWithWildcards_data()
    {
        QTest::addColumn<int>("qos");
        QTest::newRow("qos 0") << 0;
        QTest::newRow("qos 1") << 1;
    }

    void subscribesWithWildcards()
    {
        QFETCH(int, qos);
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path());
        StreamConfig c = configFor(broker);
        c.qos = qos;
        MqttSource source(c);
        QList<StreamSample> samples;
        connect(&source, &StreamSource::samplesReceived, this, [&](const StreamBatch &b) { samples += b; });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Connected, 10000);

        QVERIFY(broker.publish(QStringLiteral("city/athens/air"), records(1, 200), qos));
        QVERIFY(broker.publish(QStringLiteral("city/rome/air"), records(1001, 1001), qos));
        QVERIFY(
            broker.publish(QStringLiteral("city/rome/water"), records(2001, 2001), qos)); // not subscribed
        QVERIFY(broker.publish(QStringLiteral("other"), records(2002, 2002), qos));       // not subscribed
        QVERIFY(broker.publish(QStringLiteral("alerts/fire/north"), records(3001, 3001), qos));
        QTRY_VERIFY_WITH_TIMEOUT(seqsOf(source, samples).contains(3001), 10000);

        QCOMPARE(seqsOf(source, samples, QStringLiteral("city/athens/air")), range(1, 200));
        QCOMPARE(seqsOf(source, samples, QStringLiteral("city/rome/air")), QList<int>{1001});
        QCOMPARE(seqsOf(source, samples, QStringLiteral("alerts/fire/north")), QList<int>{3001});
        QCOMPARE(samples.size(), 202);
        QCOMPARE(source.stats().messages, 202);
        QVERIFY(source.mapping().entityKey.isEmpty()); // so the topic names the entity
        source.stop();
        QCOMPARE(source.state(), StreamSource::State::Stopped);
    }

    void logsInWithUserAndPassword()
    {
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path(), QStringLiteral("reader"), QStringLiteral("pa55"));
        StreamConfig c = configFor(broker);
        c.username = QStringLiteral("reader");
        c.password = QStringLiteral("pa55");
        MqttSource source(c);
        QList<StreamSample> samples;
        connect(&source, &StreamSource::samplesReceived, this, [&](const StreamBatch &b) { samples += b; });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Connected, 10000);
        QVERIFY(broker.publish(QStringLiteral("city/oslo/air"), records(1, 20), 1, QStringLiteral("reader"),
                               QStringLiteral("pa55")));
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 20, 10000);
        QCOMPARE(seqsOf(source, samples), range(1, 20));
    }

    void refusedLoginIsAClearError()
    {
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path(), QStringLiteral("reader"), QStringLiteral("pa55"));
        StreamConfig c = configFor(broker);
        c.username = QStringLiteral("reader");
        c.password = QStringLiteral("wrong");
        MqttSource source(c);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!source.stats().lastError.isEmpty(), 10000);
        QCOMPARE(source.stats().lastError,
                 QStringLiteral("The broker refused the login: check the user name and password"));
        QCOMPARE(source.state(), StreamSource::State::Reconnecting);
        QCOMPARE(source.stats().gaps, 0);
    }

    void reconnectsWhenTheBrokerComesBack()
    {
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path());
        MqttSource source(configFor(broker));
        QList<StreamSample> samples;
        connect(&source, &StreamSource::samplesReceived, this, [&](const StreamBatch &b) { samples += b; });
        QSignalSpy gapStarted(&source, &StreamSource::gapStarted);
        QSignalSpy gapEnded(&source, &StreamSource::gapEnded);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Connected, 10000);
        QVERIFY(broker.publish(QStringLiteral("city/athens/air"), records(1, 50), 1));
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 50, 10000);

        broker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Reconnecting, 10000);
        QCOMPARE(gapStarted.count(), 1);
        QVERIFY(!source.stats().lastError.isEmpty());
        const QString why = broker.restart();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Connected, 10000);
        QCOMPARE(gapEnded.count(), 1);
        QVERIFY(gapEnded.first().at(1).toLongLong() >= gapEnded.first().at(0).toLongLong());
        QCOMPARE(source.stats().reconnects, 1);
        QCOMPARE(source.stats().gaps, 1);

        QVERIFY(broker.publish(QStringLiteral("city/athens/air"), records(51, 100), 1));
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 100, 10000);
        QCOMPARE(seqsOf(source, samples), range(1, 100));
    }

    void malformedPayloadsAreCounted()
    {
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path());
        MqttSource source(configFor(broker));
        QList<StreamSample> samples;
        connect(&source, &StreamSource::samplesReceived, this, [&](const StreamBatch &b) { samples += b; });
        QSignalSpy rejected(&source, &StreamSource::messageRejected);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Connected, 10000);
        QVERIFY(broker.publish(QStringLiteral("city/a/air"), records(1, 1), 1));
        QVERIFY(broker.publish(QStringLiteral("city/a/air"), {"not json at all"}, 1));
        QVERIFY(broker.publish(QStringLiteral("city/a/air"), {R"({"seq": 2, "pm10": )"}, 1));
        QVERIFY(broker.publish(QStringLiteral("city/a/air"), records(3, 3), 1));
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 2, 10000);
        QCOMPARE(seqsOf(source, samples), (QList<int>{1, 3}));
        QCOMPARE(source.stats().malformed, 2);
        QCOMPARE(source.stats().messages, 4);
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(source.state(), StreamSource::State::Connected);
    }

    void missingBrokerIsAClearError()
    {
        QTemporaryDir dir;
        MosquittoFixture broker;
        START_BROKER(broker, dir.path());
        const StreamConfig c = configFor(broker);
        broker.stop();
        MqttSource source(c);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamSource::State::Reconnecting, 10000);
        QCOMPARE(source.stats().lastError,
                 QStringLiteral("127.0.0.1 refused the connection: is the broker running?"));
        source.stop();
        QCOMPARE(source.state(), StreamSource::State::Stopped);
    }

    void mqttsVerifiesTheCertificate()
    {
        QTemporaryDir dir;
        TestCertificate cert;
        const QString why = cert.create(dir.path());
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        MosquittoFixture broker;
        broker.setTls(cert.certFile, cert.keyFile);
        START_BROKER(broker, dir.path());
        QVERIFY(broker.url().startsWith(QStringLiteral("mqtts://")));

        MqttSource untrusted(configFor(broker));
        untrusted.start();
        QTRY_VERIFY_WITH_TIMEOUT(!untrusted.stats().lastError.isEmpty(), 10000);
        QVERIFY2(
            untrusted.stats().lastError.startsWith(QStringLiteral("Secure connection to 127.0.0.1 failed")),
            qPrintable(untrusted.stats().lastError));
        QCOMPARE(untrusted.state(), StreamSource::State::Reconnecting);
        untrusted.stop();

        StreamConfig c = configFor(broker);
        c.caFile = cert.certFile;
        MqttSource trusted(c);
        QList<StreamSample> samples;
        connect(&trusted, &StreamSource::samplesReceived, this, [&](const StreamBatch &b) { samples += b; });
        trusted.start();
        QTRY_COMPARE_WITH_TIMEOUT(trusted.state(), StreamSource::State::Connected, 10000);
        QVERIFY(broker.publish(QStringLiteral("city/secure/air"), records(1, 10), 1));
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 10, 10000);
        QCOMPARE(seqsOf(trusted, samples), range(1, 10));
    }
};

QTEST_GUILESS_MAIN(TestMqttSource)
#include "test_mqttsource.moc"
