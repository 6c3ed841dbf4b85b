// StreamConfig: check() with sentences for users, the display name, and JSON that never holds a
// secret but round-trips everything else.
#include "stream/streamconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

StreamConfig config(const QString &url)
{
    StreamConfig c;
    c.url = QUrl(url);
    return c;
}

} // namespace

class TestStreamConfig : public QObject
{
    Q_OBJECT

private slots:
    void checks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("field");   // what to spoil
        QTest::addColumn<QString>("problem"); // a word of the message; empty = valid
        QTest::newRow("ws") << "ws://127.0.0.1:9000/feed"
                            << ""
                            << "";
        QTest::newRow("wss") << "wss://oup.example.org/air"
                             << ""
                             << "";
        QTest::newRow("mqtt") << "mqtt://broker:1883"
                              << ""
                              << "";
        QTest::newRow("mqtts") << "mqtts://broker"
                               << ""
                               << "";
        QTest::newRow("http") << "http://example.org"
                              << ""
                              << "ws://";
        QTest::newRow("no scheme") << "example.org"
                                   << ""
                                   << "ws://";
        QTest::newRow("no host") << "ws:///feed"
                                 << ""
                                 << "host";
        QTest::newRow("qos 2") << "mqtt://b"
                               << "qos"
                               << "0 or 1";
        QTest::newRow("bad # filter") << "mqtt://b"
                                      << "topic#"
                                      << "topic";
        QTest::newRow("bad + filter") << "mqtt://b"
                                      << "topic+"
                                      << "topic";
        QTest::newRow("qos ignored for ws") << "ws://b"
                                            << "qos"
                                            << "";
        QTest::newRow("zero size limit") << "ws://b"
                                         << "size"
                                         << "size";
        QTest::newRow("zero heartbeat") << "ws://b"
                                        << "heartbeat"
                                        << "heartbeat";
        QTest::newRow("backoff max below initial") << "ws://b"
                                                   << "backoff"
                                                   << "reconnect";
        QTest::newRow("missing CA file") << "wss://b"
                                         << "ca"
                                         << "CA";
    }

    void checks()
    {
        QFETCH(QString, url);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        StreamConfig c = config(url);
        c.topics = {QStringLiteral("city/+/air"), QStringLiteral("alerts/#")};
        if (field == u"qos")
            c.qos = 2;
        else if (field == u"topic#")
            c.topics << QStringLiteral("a/#/b");
        else if (field == u"topic+")
            c.topics << QStringLiteral("a/b+/c");
        else if (field == u"size")
            c.maxMessageBytes = 0;
        else if (field == u"heartbeat")
            c.heartbeatSecs = 0;
        else if (field == u"backoff")
            c.backoffMaxMs = c.backoffInitialMs - 1;
        else if (field == u"ca")
            c.caFile = QStringLiteral("/nonexistent/ca.pem");
        const Result<void> r = c.check();
        if (problem.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::InvalidArgument);
            QVERIFY2(r.error().message.contains(problem, Qt::CaseInsensitive), qPrintable(r.error().message));
        }
    }

    void kindFollowsTheScheme()
    {
        QCOMPARE(config(QStringLiteral("ws://a")).kind(), StreamConfig::Kind::WebSocket);
        QCOMPARE(config(QStringLiteral("wss://a")).kind(), StreamConfig::Kind::WebSocket);
        QCOMPARE(config(QStringLiteral("mqtt://a")).kind(), StreamConfig::Kind::Mqtt);
        QCOMPARE(config(QStringLiteral("MQTTS://a")).kind(), StreamConfig::Kind::Mqtt);
    }

    void displayNameDefaultsToTheHost()
    {
        StreamConfig c = config(QStringLiteral("wss://user:secret@oup.example.org:8443/air"));
        QCOMPARE(c.displayName(), QStringLiteral("oup.example.org"));
        c.name = QStringLiteral("  Athens air  ");
        QCOMPARE(c.displayName(), QStringLiteral("Athens air"));
    }

    void jsonHoldsNoSecrets()
    {
        StreamConfig c = config(QStringLiteral("mqtts://reader:pa55word@broker.example.org:8883"));
        c.password = QStringLiteral("hunter2");
        c.bearerToken = QStringLiteral("tok-123");
        c.username = QStringLiteral("reader");
        const QByteArray json = QJsonDocument(c.toJson()).toJson();
        for (const char *secret : {"hunter2", "tok-123", "pa55word"})
            QVERIFY2(!json.contains(secret), secret);
        QVERIFY(json.contains("reader"));
    }

    void roundTripsThroughJson()
    {
        QTemporaryDir dir;
        StreamConfig c = config(QStringLiteral("mqtt://broker:1884"));
        c.name = QStringLiteral("Broker");
        c.topics = {QStringLiteral("city/+/air")};
        c.qos = 1;
        c.username = QStringLiteral("u");
        c.caFile = dir.filePath(QStringLiteral("ca.pem"));
        c.mapping = FieldMapping::annexB();
        c.maxMessageBytes = 4096;
        c.heartbeatSecs = 5;
        c.backoffInitialMs = 100;
        c.backoffMaxMs = 2000;
        const Result<StreamConfig> back = StreamConfig::fromJson(c.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->url, c.url);
        QCOMPARE(back->topics, c.topics);
        QCOMPARE(back->qos, 1);
        QCOMPARE(back->username, c.username);
        QCOMPARE(back->caFile, c.caFile);
        QVERIFY(back->mapping == c.mapping);
        QCOMPARE(back->maxMessageBytes, 4096);
        QCOMPARE(back->heartbeatSecs, 5);
        QCOMPARE(back->backoffInitialMs, 100);
        QCOMPARE(back->backoffMaxMs, 2000);

        StreamConfig ws = config(QStringLiteral("ws://h/feed"));
        ws.subscribeMessage = QStringLiteral(R"({"subscribe": "air"})");
        const Result<StreamConfig> wsBack = StreamConfig::fromJson(ws.toJson());
        QVERIFY(wsBack.ok());
        QCOMPARE(wsBack->subscribeMessage, ws.subscribeMessage);
        QVERIFY(wsBack->mapping.isEmpty());
    }

    void refusesBadJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("no url") << R"({"name": "x"})"
                                << "url";
        QTest::newRow("qos text") << R"({"url": "mqtt://b", "qos": "1"})"
                                  << "qos";
        QTest::newRow("fractional heartbeat") << R"({"url": "ws://b", "heartbeatSecs": 1.5})"
                                              << "heartbeatSecs";
        QTest::newRow("topics text") << R"({"url": "mqtt://b", "topics": "a/#"})"
                                     << "topics";
        QTest::newRow("bad mapping") << R"({"url": "ws://b", "mapping": {"measures": 3}})"
                                     << "measures";
    }

    void refusesBadJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        const Result<StreamConfig> c =
            StreamConfig::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::InvalidData);
        QVERIFY2(c.error().message.contains(key), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStreamConfig)
#include "test_streamconfig.moc"
