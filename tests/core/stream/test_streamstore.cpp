#include "stream/streamstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

StreamStore::Entry webSocketEntry()
{
    StreamStore::Entry e;
    e.config.name = QStringLiteral("OUP air quality");
    e.config.url = QUrl(QStringLiteral("wss://oup.example.org/v1/air"));
    e.config.subscribeMessage = QStringLiteral("{\"subscribe\":\"air\"}");
    e.config.bearerToken = QStringLiteral("s3cr3t-token");
    e.config.heartbeatSecs = 20;
    e.config.mapping.timeKey = QStringLiteral("timeRecorded");
    e.config.mapping.entityKey = QStringLiteral("station");
    e.config.mapping.latKey = QStringLiteral("lat");
    e.config.mapping.lonKey = QStringLiteral("lon");
    e.config.mapping.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")},
                                 {QStringLiteral("temperature"), QStringLiteral("Cel")}};
    AlertRule above;
    above.id = QStringLiteral("pm10-limit");
    above.name = QStringLiteral("PM10 above EU limit");
    above.measure = QStringLiteral("pm10");
    above.threshold = 50;
    above.hysteresis = 5;
    above.severity = AlertRule::Severity::Critical;
    AlertRule silence;
    silence.id = QStringLiteral("silence");
    silence.name = QStringLiteral("Feed silent");
    silence.kind = AlertRule::Kind::NoData;
    silence.noDataSecs = 120;
    e.rules = {above, silence};
    e.autoStart = true;
    return e;
}

StreamStore::Entry mqttEntry()
{
    StreamStore::Entry e;
    e.config.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1883"));
    e.config.topics = {QStringLiteral("city/+/air"), QStringLiteral("city/#")};
    e.config.qos = 1;
    e.config.username = QStringLiteral("operator");
    e.config.password = QStringLiteral("hunter2");
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList ids(const QList<StreamStore::Entry> &entries)
{
    QStringList out;
    for (const StreamStore::Entry &e : entries)
        out << e.id;
    return out;
}

} // namespace

class TestStreamStore : public QObject
{
    Q_OBJECT
private slots:
    void missingFileIsEmpty()
    {
        QTemporaryDir tmp;
        StreamStore store(tmp.path());
        QCOMPARE(store.path(), tmp.filePath(QStringLiteral("streams.json")));
        const Result<QList<StreamStore::Entry>> list = store.list();
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
        QCOMPARE(store.get(QStringLiteral("x")).error().code, Error::Code::NotFound);
        QCOMPARE(store.remove(QStringLiteral("x")).error().code, Error::Code::NotFound);
    }

    void roundTrip()
    {
        QTemporaryDir tmp;
        StreamStore store(tmp.path());
        const Result<StreamStore::Entry> ws = store.save(webSocketEntry());
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(ws->id, QStringLiteral("oup-air-quality")); // from the name
        const Result<StreamStore::Entry> mqtt = store.save(mqttEntry());
        QVERIFY2(mqtt.ok(), qPrintable(mqtt.error().message));
        QCOMPARE(mqtt->id, QStringLiteral("127-0-0-1")); // no name: from the host

        // A fresh store reads back what was saved, in order.
        const Result<QList<StreamStore::Entry>> list = StreamStore(tmp.path()).list();
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(ids(*list), (QStringList{QStringLiteral("oup-air-quality"), QStringLiteral("127-0-0-1")}));
        const StreamStore::Entry &back = list->first();
        const StreamStore::Entry original = webSocketEntry();
        QCOMPARE(back.config.toJson(), original.config.toJson());
        QCOMPARE(back.config.url, original.config.url);
        QCOMPARE(back.config.mapping, original.config.mapping);
        QCOMPARE(back.rules.size(), 2);
        QVERIFY(back.rules == original.rules);
        QVERIFY(back.autoStart);
        const Result<StreamStore::Entry> got = store.get(QStringLiteral("127-0-0-1"));
        QVERIFY(got.ok());
        QCOMPARE(got->config.topics, mqttEntry().config.topics);
        QCOMPARE(got->config.qos, 1);
        QVERIFY(!got->autoStart);

        // Secrets stay in memory.
        const QByteArray file = readAll(store.path());
        QVERIFY(!file.contains("s3cr3t-token"));
        QVERIFY(!file.contains("hunter2"));
        QVERIFY(got->config.password.isEmpty());
        // No temporary file is left beside it.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("streams.json")});
    }

    void replaceAndRemove()
    {
        QTemporaryDir tmp;
        StreamStore store(tmp.path());
        QVERIFY(store.save(webSocketEntry()).ok());
        QCOMPARE(store.save(webSocketEntry())->id, QStringLiteral("oup-air-quality-2")); // same name, new id
        QVERIFY(store.save(mqttEntry()).ok());
        StreamStore::Entry changed = *store.get(QStringLiteral("oup-air-quality"));
        changed.autoStart = false;
        changed.rules.removeLast();
        QVERIFY(store.save(changed).ok());
        Result<QList<StreamStore::Entry>> list = store.list();
        QCOMPARE(ids(*list),
                 (QStringList{QStringLiteral("oup-air-quality"), QStringLiteral("oup-air-quality-2"),
                              QStringLiteral("127-0-0-1")})); // replaced in place
        QCOMPARE(list->first().rules.size(), 1);
        QVERIFY(!list->first().autoStart);
        QVERIFY(store.remove(QStringLiteral("oup-air-quality-2")).ok());
        QCOMPARE(ids(*store.list()),
                 (QStringList{QStringLiteral("oup-air-quality"), QStringLiteral("127-0-0-1")}));
        QCOMPARE(store.remove(QStringLiteral("oup-air-quality-2")).error().code, Error::Code::NotFound);
    }

    void invalidEntriesAreRefused()
    {
        QTemporaryDir tmp;
        StreamStore store(tmp.path());
        StreamStore::Entry badId = webSocketEntry();
        badId.id = QStringLiteral("Has Spaces");
        QCOMPARE(store.save(badId).error().code, Error::Code::InvalidArgument);
        StreamStore::Entry badUrl = webSocketEntry();
        badUrl.config.url = QUrl(QStringLiteral("http://example.org"));
        QCOMPARE(store.save(badUrl).error().code, Error::Code::InvalidArgument);
        StreamStore::Entry badRule = webSocketEntry();
        badRule.rules.first().measure.clear();
        QCOMPARE(store.save(badRule).error().code, Error::Code::InvalidArgument);
        QVERIFY(!QFile::exists(store.path()));
    }

    void corruptFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("{\"streams\": [ {\"id\": ");
        QTest::newRow("no list") << QByteArray("{\"version\": 1}");
        QTest::newRow("entry not an object") << QByteArray("{\"streams\": [42]}");
        QTest::newRow("bad config") << QByteArray(
            "{\"streams\": [{\"id\": \"a\", \"config\": {\"url\": 5}}]}");
        QTest::newRow("bad rule") << QByteArray(
            "{\"streams\": [{\"id\": \"a\", \"config\": {\"url\": \"ws://h\"},"
            " \"alertRules\": [{\"name\": \"x\", \"kind\": \"upwards\"}]}]}");
        QTest::newRow("duplicate id")
            << QByteArray("{\"streams\": [{\"id\": \"a\", \"config\": {\"url\": \"ws://h\"}},"
                          " {\"id\": \"a\", \"config\": {\"url\": \"ws://g\"}}]}");
    }
    void corruptFileIsReportedAndKept()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        StreamStore store(tmp.path());
        {
            QFile f(store.path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const Result<QList<StreamStore::Entry>> list = store.list();
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code, Error::Code::InvalidData);
        QVERIFY2(list.error().message.contains(store.path()), qPrintable(list.error().message));
        QCOMPARE(store.get(QStringLiteral("a")).error().code, Error::Code::InvalidData);
        QCOMPARE(store.save(webSocketEntry()).error().code, Error::Code::InvalidData);
        QCOMPARE(store.remove(QStringLiteral("a")).error().code, Error::Code::InvalidData);
        QCOMPARE(readAll(store.path()), bytes); // untouched
    }
};

QTEST_GUILESS_MAIN(TestStreamStore)
#include "test_streamstore.moc"
