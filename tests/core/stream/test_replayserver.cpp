// ReplayServer: a stored table comes back as flat JSON messages in time order with the right
// types, at roughly the asked rate (20,000 msg/s too), to several clients, in a loop, and a client
// that does not read is cut off instead of being buffered for.

#include "ingest/importjob.h"
#include "stream/replayserver.h"
#include "stream/streamrecorder.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace urbis;

namespace {

// Rows out of time order, with a null, an integer, a boolean and text that needs escaping.
const char kCsv[] = "time,station,lat,lon,pm10,count,flag,note\n"
                    "2023-01-01T00:00:04Z,B,37.91,23.71,14.5,4,true,plain\n"
                    "2023-01-01T00:00:00Z,A,37.9,23.7,10.25,1,false,\"say \"\"hi\"\" \\ ü\"\n"
                    "2023-01-01T00:00:02Z,A,37.9,23.7,,2,true,plain\n"
                    "2023-01-01T00:00:01Z,B,37.91,23.71,11,3,false,plain\n"
                    "2023-01-01T00:00:03Z,A,37.9,23.7,13.75,5,true,\n";

const char kGeoJson[] = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [23.75, 37.95]}, "properties": {"name": "P1", "seen": "2023-01-01T10:00:00Z"}},
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [23.5, 38.25]}, "properties": {"name": "P0", "seen": "2023-01-01T09:00:00Z"}}]})";

/** A client that keeps every message and when it came. */
struct Listener
{
    QWebSocket socket;
    QList<QByteArray> messages;
    QElapsedTimer clock;
    qint64 firstMs = -1, lastMs = -1;
    bool closed = false;

    explicit Listener(const QString &url)
    {
        clock.start();
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &m) {
            messages << m.toUtf8();
            lastMs = clock.elapsed();
            if (firstMs < 0)
                firstMs = lastMs;
        });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        socket.open(QUrl(url));
    }
};

QJsonObject json(const QByteArray &m)
{
    return QJsonDocument::fromJson(m).object();
}

} // namespace

class TestReplayServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_imported; ///< the stored GeoPackage of the CSV import
    QString m_recorded; ///< 40,000 rows recorded with StreamRecorder
    QString m_points;   ///< a GeoJSON import: points, no lat/lon columns
    static constexpr int kRecorded = 40'000;

    std::unique_ptr<ReplayServer> server(const QString &path, double rate, bool loop = false,
                                         qint64 maxQueued = 64 << 20)
    {
        ReplayServer::Options o;
        o.rate = rate;
        o.loop = loop;
        o.maxQueuedBytes = maxQueued;
        Result<std::unique_ptr<ReplayServer>> s = ReplayServer::create(path, o);
        if (!s) {
            qWarning() << s.error().toString();
            return nullptr;
        }
        if (Result<void> l = (*s)->listen(); !l) {
            qWarning() << l.error().toString();
            return nullptr;
        }
        return std::move(*s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dataDir = m_dir.filePath(QStringLiteral("ws"));
        Result<Workspace> ws = Workspace::open(dataDir);
        QVERIFY(ws);
        const QString csv = m_dir.filePath(QStringLiteral("readings.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kCsv);
        f.close();
        ImportRequest request;
        request.path = csv;
        request.metadata.title = QStringLiteral("Readings");
        request.allowInvalid = true; // station B goes back in time on purpose: the replay sorts
        ImportJob job(ws->catalog(), ws->store(), ws->workDir());
        Result<ImportOutcome> out = job.run(request);
        QVERIFY2(out, qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        m_imported = ws->store().pathFor(out->record.sha256);

        const QString geojson = m_dir.filePath(QStringLiteral("points.geojson"));
        QFile g(geojson);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(kGeoJson);
        g.close();
        request.path = geojson;
        request.metadata.title = QStringLiteral("Points");
        Result<ImportOutcome> points = job.run(request);
        QVERIFY2(points, qPrintable(points.error().toString()));
        QCOMPARE(points->status, ImportOutcome::Status::Imported);
        m_points = ws->store().pathFor(points->record.sha256);

        FieldMapping m;
        m.timeKey = QStringLiteral("t");
        m.entityKey = QStringLiteral("station");
        m.latKey = QStringLiteral("lat");
        m.lonKey = QStringLiteral("lon");
        m.measures = {{QStringLiteral("seq"), QString()}, {QStringLiteral("pm10"), QStringLiteral("ug/m3")}};
        Result<StreamRecorder> rec = StreamRecorder::start(dataDir, m, {});
        QVERIFY(rec);
        StreamBatch batch;
        for (int i = 0; i < kRecorded; ++i) {
            StreamSample s;
            s.timeMs = 1'672'531'200'000 + i * 50;
            s.receivedMs = s.timeMs;
            s.entity = QStringLiteral("S%1").arg(i % 4);
            s.lat = 38;
            s.lon = 23.5;
            s.values = {double(i), 20.0 + i % 10};
            batch << s;
        }
        QVERIFY(rec->append(batch));
        Result<DatasetRecord> done = rec->finish();
        QVERIFY(done);
        m_recorded = ws->store().pathFor(done->sha256);
    }

    void rowsInTimeOrderAsFlatJson()
    {
        std::unique_ptr<ReplayServer> s = server(m_imported, 0);
        QVERIFY(s);
        QCOMPARE(s->rowCount(), 5);
        QVERIFY(s->url().startsWith(QStringLiteral("ws://127.0.0.1:")));
        QSignalSpy finished(s.get(), &ReplayServer::finished);
        Listener l(s->url());
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(l.closed, 5000);
        QCOMPARE(l.socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QCOMPARE(s->messagesSent(), 5);
        QCOMPARE(l.messages.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject o = json(l.messages.at(i));
            QCOMPARE(o.value(QStringLiteral("time")).toString(),
                     QStringLiteral("2023-01-01T00:00:0%1Z").arg(i));
            QCOMPARE(o.value(QStringLiteral("count")).type(), QJsonValue::Double);
            QVERIFY(o.value(QStringLiteral("lat")).isDouble());
            QVERIFY(o.value(QStringLiteral("lon")).isDouble());
            QVERIFY(o.value(QStringLiteral("flag")).isBool());
            QVERIFY(o.value(QStringLiteral("station")).isString());
            QVERIFY(!o.contains(QStringLiteral("fid")));
            QVERIFY(!o.contains(QStringLiteral("geom")));
        }
        const QJsonObject first = json(l.messages.at(0));
        QCOMPARE(first.value(QStringLiteral("station")).toString(), QStringLiteral("A"));
        QCOMPARE(first.value(QStringLiteral("pm10")).toDouble(), 10.25);
        QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("flag")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("lat")).toDouble(), 37.9);
        QCOMPARE(first.value(QStringLiteral("note")).toString(), QStringLiteral("say \"hi\" \\ ü"));
        const QJsonObject third = json(l.messages.at(2));
        QVERIFY(!third.contains(QStringLiteral("pm10"))); // null: left out
        QCOMPARE(third.value(QStringLiteral("flag")).toBool(), true);
        QCOMPARE(json(l.messages.at(4)).value(QStringLiteral("station")).toString(), QStringLiteral("B"));
    }

    void pointGeometryGivesLatLon()
    {
        std::unique_ptr<ReplayServer> s = server(m_points, 0);
        QVERIFY(s);
        QSignalSpy finished(s.get(), &ReplayServer::finished);
        Listener l(s->url());
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(l.messages.size(), 2, 5000);
        const QJsonObject first = json(l.messages.at(0));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("P0"));
        QCOMPARE(first.value(QStringLiteral("lat")).toDouble(), 38.25);
        QCOMPARE(first.value(QStringLiteral("lon")).toDouble(), 23.5);
        QCOMPARE(json(l.messages.at(1)).value(QStringLiteral("lon")).toDouble(), 23.75);
    }

    void aRecordingReplaysWhole()
    {
        std::unique_ptr<ReplayServer> s = server(m_recorded, 0);
        QVERIFY(s);
        QSignalSpy finished(s.get(), &ReplayServer::finished);
        Listener l(s->url());
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(l.messages.size(), kRecorded, 10000);
        const QJsonObject o = json(l.messages.at(7));
        QCOMPARE(o.value(QStringLiteral("seq")).toDouble(), 7.0);
        QCOMPARE(o.value(QStringLiteral("t")).toString(), QStringLiteral("2023-01-01T00:00:00.350Z"));
        QCOMPARE(o.value(QStringLiteral("lat")).toDouble(), 38.0);
        QCOMPARE(o.value(QStringLiteral("lon")).toDouble(), 23.5);
        QCOMPARE(o.value(QStringLiteral("station")).toString(), QStringLiteral("S3"));
        for (int i = 0; i < kRecorded; ++i)
            QCOMPARE(json(l.messages.at(i)).value(QStringLiteral("seq")).toInt(), i);
    }

    void rateIsRoughlyRespected_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("rows");
        QTest::newRow("100 msg/s") << 100.0 << 300;
        QTest::newRow("20000 msg/s") << 20000.0 << kRecorded;
    }

    void rateIsRoughlyRespected()
    {
        QFETCH(double, rate);
        QFETCH(int, rows);
        // The small rate replays the first 300 rows of the big table: loop off, so stop after them.
        std::unique_ptr<ReplayServer> s = server(m_recorded, rate);
        QVERIFY(s);
        Listener l(s->url());
        QTRY_VERIFY_WITH_TIMEOUT(l.messages.size() >= rows, 60000);
        const double secs = double(l.lastMs - l.firstMs) / 1000.0;
        const double expected = double(rows - 1) / rate;
        qInfo("%d messages at %.0f msg/s took %.2f s (expected %.2f s): %.0f msg/s", rows, rate, secs,
              expected, double(rows - 1) / std::max(secs, 1e-3));
        // Loose bounds: a loaded two-core machine; too fast would mean no pacing at all.
        QVERIFY2(secs > expected * 0.7, qPrintable(QString::number(secs)));
        QVERIFY2(secs < expected * 3 + 1, qPrintable(QString::number(secs)));
    }

    void twoClients()
    {
        std::unique_ptr<ReplayServer> s = server(m_recorded, 5000);
        QVERIFY(s);
        QSignalSpy finished(s.get(), &ReplayServer::finished);
        Listener a(s->url());
        QTRY_VERIFY_WITH_TIMEOUT(!a.messages.isEmpty(), 5000);
        Listener b(s->url()); // joins the running replay
        QTRY_COMPARE_WITH_TIMEOUT(s->clientCount(), 2, 5000);
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(a.closed && b.closed, 10000);
        QCOMPARE(a.messages.size(), kRecorded);
        QCOMPARE(s->messagesSent(), kRecorded);
        // b has every message from the one it joined at: the tail of what a got.
        QVERIFY(!b.messages.isEmpty());
        QVERIFY(b.messages.size() < kRecorded);
        QCOMPARE(b.messages, a.messages.mid(kRecorded - b.messages.size()));
    }

    void loops()
    {
        std::unique_ptr<ReplayServer> s = server(m_imported, 200, true);
        QVERIFY(s);
        QSignalSpy finished(s.get(), &ReplayServer::finished);
        Listener l(s->url());
        QTRY_VERIFY_WITH_TIMEOUT(l.messages.size() >= 17, 20000);
        for (int i = 5; i < 17; ++i)
            QCOMPARE(l.messages.at(i), l.messages.at(i - 5));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!l.closed);
    }

    void slowConsumerIsDisconnected()
    {
        constexpr qint64 kMaxQueued = 256 * 1024;
        std::unique_ptr<ReplayServer> s = server(m_recorded, 20000, true, kMaxQueued);
        QVERIFY(s);
        QSignalSpy gone(s.get(), &ReplayServer::clientDisconnected);
        Listener good(s->url());
        QTRY_VERIFY_WITH_TIMEOUT(!good.messages.isEmpty(), 5000);

        // A peer that completes the handshake and then never reads, with a small receive window.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        int small = 4096;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(s->port());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        const QByteArray hello =
            QStringLiteral(
                "GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .arg(s->port())
                .toLatin1();
        QCOMPARE(::send(fd, hello.constData(), size_t(hello.size()), 0), ssize_t(hello.size()));
        QTRY_COMPARE_WITH_TIMEOUT(s->clientCount(), 2, 5000);

        QTRY_VERIFY_WITH_TIMEOUT(!gone.isEmpty(), 30000);
        QVERIFY2(gone.first().at(1).toString().contains(QStringLiteral("slow consumer")),
                 qPrintable(gone.first().at(1).toString()));
        QCOMPARE(s->clientCount(), 1);
        // The reader that keeps up is not held back by the one that was dropped.
        const qsizetype before = good.messages.size();
        QTRY_VERIFY_WITH_TIMEOUT(good.messages.size() > before + 10000, 20000);
        QVERIFY(!good.closed);
        ::close(fd);
    }

    void badInput()
    {
        Result<std::unique_ptr<ReplayServer>> missing =
            ReplayServer::create(m_dir.filePath(QStringLiteral("nope.gpkg")), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        const QString text = m_dir.filePath(QStringLiteral("readings.csv"));
        Result<std::unique_ptr<ReplayServer>> notGpkg = ReplayServer::create(text, {});
        QVERIFY(!notGpkg);
    }
};

QTEST_GUILESS_MAIN(TestReplayServer)
#include "test_replayserver.moc"
