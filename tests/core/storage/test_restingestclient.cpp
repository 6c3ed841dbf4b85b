// RestIngestClient against a scripted loopback server: the multipart POST as the preprocessing
// components expect it (checked byte by byte), the bearer token, refusals with the server's own
// message, retries with backoff, timeouts, cancel, and files that are missing or large.
#include "catalog/datasetrecord.h"
#include "storage/rest/restingestclient.h"
#include "util/feedback.h"
#include "loopbackhttpserver.h"
#include "multipartparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace urbis;

namespace {

// What the server saw, kept for the test's thread (the handler runs in the server's thread).
struct Seen
{
    QMutex mutex;
    QList<LoopbackHttpServer::Request> requests;

    QList<LoopbackHttpServer::Request> all()
    {
        QMutexLocker lock(&mutex);
        return requests;
    }
};

// "503" answers that status (a JSON error body for 4xx/5xx), "close" drops the connection,
// "stall" never answers; the last step repeats.
std::unique_ptr<LoopbackHttpServer> scripted(const QStringList &script, const std::shared_ptr<Seen> &seen,
                                             const QByteArray &errorBody = {})
{
    return std::make_unique<LoopbackHttpServer>([script, seen, errorBody](const LoopbackHttpServer::Request &r, int index) {
        {
            QMutexLocker lock(&seen->mutex);
            seen->requests << r;
        }
        const QString s = script.value(std::min<qsizetype>(index, script.size() - 1));
        if (s == u"close")
            return LoopbackHttpServer::close();
        if (s == u"stall")
            return LoopbackHttpServer::stall();
        const int status = s.toInt();
        if (status >= 400)
            return LoopbackHttpServer::respond(status, errorBody.isEmpty() ? R"({"message":"scripted )" + s.toLatin1() + "\"}" : errorBody,
                                               {{"Content-Type", "application/json"}});
        if (status >= 300)
            return LoopbackHttpServer::respond(status, {}, {{"Location", "http://elsewhere.example/ingest"}});
        return LoopbackHttpServer::respond(status, R"({"id":"ds-42"})", {{"Location", "/datasets/ds-42"}, {"Content-Type", "application/json"}});
    });
}

QUrl endpointAt(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/ingest").arg(port));
}

DatasetRecord sampleRecord()
{
    DatasetRecord r;
    r.id = QStringLiteral("3f2b8a1e-8c1d-4a5e-9b7f-0123456789ab");
    r.title = QStringLiteral("Luftqualität Mitte — PM10 \"2024\"");
    r.city = QStringLiteral("Berlin");
    r.countryCode = QStringLiteral("DE");
    r.domain = QStringLiteral("air");
    r.keywords = {QStringLiteral("pm10"), QStringLiteral("sensors")};
    r.format = QStringLiteral("GPKG");
    r.mediaType = QStringLiteral("application/geopackage+sqlite3");
    r.byteSize = 1234;
    r.created = QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::UTC);
    r.modified = r.created;
    return r;
}

// Bytes a naive client or parser would trip over: CR LF, NUL, high bytes, and lines that look
// like multipart boundaries (Qt's own prefix included) and a close delimiter.
QByteArray trickyBytes()
{
    QByteArray b;
    for (int i = 0; i < 512; ++i)
        b += char(i % 256);
    b += "\r\n--boundary_.oOo._AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n";
    b += "\r\n--boundary_.oOo._AAAAAAAAAAAAAAAA--\r\n\r\n\r\n--\r\n";
    return b;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

// Log lines of every category while a test runs (for "the token is never logged").
QMutex g_logMutex;
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << message;
}

} // namespace

class TestRestIngestClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small;

    RestIngestRequest requestTo(quint16 port, const QString &file) const
    {
        RestIngestRequest r;
        r.endpoint = endpointAt(port);
        r.filePath = file;
        r.metadata = sampleRecord().toJson();
        r.timeoutMs = 5000;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = writeFile(m_dir, QStringLiteral("small.csv"), "id,pm10\n1,17.5\n2,21.0\n");
        QVERIFY(!m_small.isEmpty());
    }

    void sendsOneMultipartPost_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("expectedFileName"); // as it must appear in the part header
        QTest::addColumn<QByteArray>("expectedMediaType");
        QTest::newRow("csv with token") << QByteArray("id,pm10\r\n1,17.5\r\n") << QStringLiteral("tok-123.abc") << QStringLiteral("pm10.csv")
                                        << QStringLiteral("text/csv") << QByteArray("pm10.csv") << QByteArray("text/csv");
        QTest::newRow("binary without token") << trickyBytes() << QString() << QStringLiteral("mitte.gpkg")
                                              << QStringLiteral("application/geopackage+sqlite3") << QByteArray("mitte.gpkg")
                                              << QByteArray("application/geopackage+sqlite3");
        QTest::newRow("empty file, defaults") << QByteArray() << QStringLiteral("t") << QString() << QString() << QByteArray("data.bin")
                                              << QByteArray("application/octet-stream");
        QTest::newRow("name needing escapes") << QByteArray("x") << QString() << QStringLiteral("Straße \"neu\"\r\n.csv")
                                              << QStringLiteral("text/csv") << QString::fromUtf8("Straße %22neu%22%0D%0A.csv").toUtf8()
                                              << QByteArray("text/csv");
    }

    void sendsOneMultipartPost()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, token);
        QFETCH(QString, fileName);
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, expectedFileName);
        QFETCH(QByteArray, expectedMediaType);
        const QString path = writeFile(m_dir, QStringLiteral("data.bin"), content);
        QVERIFY(!path.isEmpty());
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("201")}, seen);
        RestIngestRequest request = requestTo(server->port(), path);
        request.token = token;
        request.fileName = fileName;
        request.mediaType = mediaType;

        const Result<RestIngestResult> r = RestIngestClient().send(request);
        QVERIFY2(r, qPrintable(r.error().toString()));
        QCOMPARE(r->status, 201);
        QCOMPARE(r->location, QStringLiteral("/datasets/ds-42"));
        QCOMPARE(r->body, QByteArray(R"({"id":"ds-42"})"));
        QCOMPARE(r->attempts, 1);

        const QList<LoopbackHttpServer::Request> requests = seen->all();
        QCOMPARE(requests.size(), 1);
        const LoopbackHttpServer::Request &post = requests.first();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.target, QByteArray("/api/v1/ingest"));
        QCOMPARE(post.header("Authorization"), token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8());
        QCOMPARE(post.header("Content-Length").toLongLong(), qint64(post.body.size()));
        QCOMPARE(r->bytesSent, qint64(post.body.size()));

        const QByteArray boundary = MultipartParser::boundary(post.header("Content-Type"));
        QVERIFY2(!boundary.isEmpty(), post.header("Content-Type").constData());
        QVERIFY(!content.contains(boundary));
        const MultipartParser::Parsed form = MultipartParser::parse(post.body, boundary);
        QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
        QCOMPARE(form.parts.size(), 2);

        const MultipartParser::Part &metadata = form.parts.at(0);
        QCOMPARE(metadata.disposition("name"), QByteArray("metadata"));
        QCOMPARE(metadata.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(metadata.body, &error);
        QVERIFY2(json.isObject(), qPrintable(error.errorString()));
        QCOMPARE(json.object(), sampleRecord().toJson());
        const Result<DatasetRecord> back = DatasetRecord::fromJson(json.object());
        QVERIFY(back);
        QCOMPARE(back->title, sampleRecord().title);

        const MultipartParser::Part &file = form.parts.at(1);
        QCOMPARE(file.disposition("name"), QByteArray("file"));
        QCOMPARE(file.disposition("filename"), expectedFileName);
        QCOMPARE(file.header("Content-Type"), expectedMediaType);
        QCOMPARE(file.body.size(), content.size());
        QVERIFY(file.body == content);
    }

    void refusedToken_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("says");
        const QString secret = QStringLiteral("sk-live-7f3a9c2e1d");
        QTest::newRow("401 with token") << 401 << secret << QStringLiteral("refused the access token");
        QTest::newRow("403 with token") << 403 << secret << QStringLiteral("refused the access token");
        QTest::newRow("401 without token") << 401 << QString() << QStringLiteral("requires an access token");
    }

    void refusedToken()
    {
        QFETCH(int, status);
        QFETCH(QString, token);
        QFETCH(QString, says);
        auto seen = std::make_shared<Seen>();
        // A careless server that echoes the token it was given.
        auto server = scripted({QString::number(status)}, seen,
                               R"({"message":"invalid token )" + token.toUtf8() + R"("})");
        RestIngestRequest request = requestTo(server->port(), m_small);
        request.token = token;
        const Result<RestIngestResult> r = RestIngestClient().send(request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QString::number(status)), qPrintable(r.error().message));
        if (!token.isEmpty())
            QVERIFY2(!r.error().toString().contains(token), qPrintable(r.error().toString()));
        QCOMPARE(seen->all().size(), 1); // a refusal is final
    }

    void serverMessageInError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 json message") << 400 << QByteArray(R"({"message":"metadata.title is required"})")
                                          << QStringLiteral("metadata.title is required");
        QTest::newRow("422 fastapi detail") << 422 << QByteArray(R"({"detail":[{"loc":["body","file"],"msg":"field required"}]})")
                                            << QStringLiteral("field required");
        QTest::newRow("400 nested error") << 400 << QByteArray(R"({"error":{"code":7,"message":"unknown domain"}})")
                                          << QStringLiteral("unknown domain");
        QTest::newRow("413 plain text") << 413 << QByteArray("Payload too large for this endpoint") << QStringLiteral("Payload too large");
        QTest::newRow("404 long body") << 404 << QByteArray(2000, 'x') << QString(300, u'x');
    }

    void serverMessageInError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QString::number(status), QStringLiteral("201")}, seen, body);
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), m_small));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(r.error().message));
        QVERIFY2(r.error().detail.startsWith(QStringLiteral("HTTP %1: ").arg(status)), qPrintable(r.error().detail));
        QVERIFY2(r.error().detail.size() <= 310, qPrintable(r.error().detail)); // the first 300 characters, no more
        QVERIFY(!r.error().message.contains(QString(301, u'x')));
        QCOMPARE(seen->all().size(), 1); // not retried
    }

    void retries_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("code"); // Error::Code; None = success
        const int ok = int(Error::Code::None);
        QTest::newRow("503 twice, then 201") << QStringList{"503", "503", "201"} << 3 << ok;
        QTest::newRow("429 then 201") << QStringList{"429", "201"} << 2 << ok;
        // Qt's HTTP stack itself re-sends once when a fresh connection closes without an answer,
        // so the first close costs no attempt of ours; the ones after it do.
        QTest::newRow("connection closed once") << QStringList{"close", "201"} << 1 << ok;
        QTest::newRow("connection closed twice") << QStringList{"close", "close", "201"} << 2 << ok;
        QTest::newRow("connection closed 3x") << QStringList{"close", "close", "close", "201"} << 3 << ok;
        QTest::newRow("500 until the end") << QStringList{"500"} << 3 << int(Error::Code::Io);
        QTest::newRow("closed until the end") << QStringList{"close"} << 3 << int(Error::Code::Io);
        QTest::newRow("400 is final") << QStringList{"400", "201"} << 1 << int(Error::Code::InvalidData);
    }

    void retries()
    {
        QFETCH(QStringList, script);
        QFETCH(int, attempts);
        QFETCH(int, code);
        const QByteArray content = trickyBytes();
        const QString path = writeFile(m_dir, QStringLiteral("retry.bin"), content);
        auto seen = std::make_shared<Seen>();
        auto server = scripted(script, seen);
        RestIngestRequest request = requestTo(server->port(), path);
        QElapsedTimer clock;
        clock.start();
        const Result<RestIngestResult> r = RestIngestClient().send(request);
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(clock.elapsed() < 8000, "backoff waits are short");
        const QList<LoopbackHttpServer::Request> requests = seen->all();
        QVERIFY(requests.size() >= attempts);
        if (r) {
            QCOMPARE(r->attempts, attempts);
            QCOMPARE(r->status, 201);
            // The body is rebuilt from the file for every attempt: the last one is whole too.
            const LoopbackHttpServer::Request &last = requests.last();
            const MultipartParser::Parsed form = MultipartParser::parse(last.body, MultipartParser::boundary(last.header("Content-Type")));
            QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
            QCOMPARE(form.parts.size(), 2);
            QVERIFY(form.parts.at(1).body == content);
        } else if (r.error().code == Error::Code::Io) {
            QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1/api/v1/ingest").arg(server->port())),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().detail.contains(QStringLiteral("after %1 attempts").arg(attempts)), qPrintable(r.error().detail));
        } else {
            QCOMPARE(requests.size(), attempts);
        }
        if (script.size() > 1 && script.first() != u"close" && !script.contains(QStringLiteral("400")))
            QCOMPARE(requests.size(), attempts); // a status answer is one request per attempt
    }

    void stallTimesOut()
    {
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("stall")}, seen);
        RestIngestRequest request = requestTo(server->port(), m_small);
        request.timeoutMs = 300;
        request.maxAttempts = 2;
        QElapsedTimer clock;
        clock.start();
        const Result<RestIngestResult> r = RestIngestClient().send(request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(server->port())), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("300 ms")), qPrintable(r.error().message));
        QVERIFY2(clock.elapsed() >= 600 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(seen->all().size(), 2);
    }

    void unusableFileSendsNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-blob.gpkg")) << int(Error::Code::NotFound);
        QTest::newRow("empty path") << QString() << int(Error::Code::NotFound);
        QTest::newRow("a directory") << m_dir.path() << int(Error::Code::InvalidArgument);
    }

    void unusableFileSendsNothing()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("201")}, seen);
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), path));
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        if (!path.isEmpty())
            QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QTest::qWait(100);
        QCOMPARE(seen->all().size(), 0);
    }

    void unreadableFileSendsNothing()
    {
        const QString path = writeFile(m_dir, QStringLiteral("locked.bin"), "secret");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with rights that read any file (root)");
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("201")}, seen);
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), path));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QCOMPARE(seen->all().size(), 0);
    }

    void largeFileStreams()
    {
        // 20 MB that is not one repeated block: a shifted or dropped chunk shows.
        const QString path = m_dir.filePath(QStringLiteral("large.bin"));
        QByteArray expected;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            for (int c = 0; c < 20; ++c) {
                for (int i = 0; i < chunk.size(); ++i)
                    chunk[i] = char((i * 31 + c * 7 + (i >> 11)) & 0xff);
                QCOMPARE(f.write(chunk), qint64(chunk.size()));
                expected += chunk;
            }
        }
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("201")}, seen);
        Feedback feedback;
        QList<double> progress;
        connect(&feedback, &Feedback::progressChanged, this, [&progress](double p) { progress << p; });
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), path), &feedback);
        QVERIFY2(r, qPrintable(r.error().toString()));
        QVERIFY(r->bytesSent > 20 * (1 << 20));
        QCOMPARE(feedback.progress(), 100.0);
        QVERIFY2(progress.size() >= 2 && progress.first() < 100.0, "progress reported while the file streams, not only at the end");
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        const QList<LoopbackHttpServer::Request> requests = seen->all();
        QCOMPARE(requests.size(), 1);
        const MultipartParser::Parsed form = MultipartParser::parse(requests.first().body,
                                                                    MultipartParser::boundary(requests.first().header("Content-Type")));
        QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
        QCOMPARE(form.parts.size(), 2);
        QCOMPARE(form.parts.at(1).body.size(), expected.size());
        QVERIFY(form.parts.at(1).body == expected);
    }

    void cancelEndsQuickly_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("during a stalled request") << QStringLiteral("stall");
        QTest::newRow("during a backoff wait") << QStringLiteral("503");
    }

    void cancelEndsQuickly()
    {
        QFETCH(QString, step);
        auto seen = std::make_shared<Seen>();
        auto server = scripted({step}, seen);
        RestIngestRequest request = requestTo(server->port(), m_small);
        request.timeoutMs = 30000;
        request.maxAttempts = 50;
        Feedback feedback;
        QElapsedTimer clock;
        std::thread canceller([&] {
            const QDeadlineTimer limit(10000);
            while (seen->all().isEmpty() && !limit.hasExpired())
                QThread::msleep(5);
            QThread::msleep(50);
            clock.start();
            feedback.cancel();
        });
        const Result<RestIngestResult> r = RestIngestClient().send(request, &feedback);
        const qint64 afterCancel = clock.isValid() ? clock.elapsed() : -1;
        canceller.join();
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY2(afterCancel >= 0 && afterCancel < 1000, qPrintable(QString::number(afterCancel)));
    }

    void cancelledBeforeSendsNothing()
    {
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("201")}, seen);
        Feedback feedback;
        feedback.cancel();
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), m_small), &feedback);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QTest::qWait(100);
        QCOMPARE(seen->all().size(), 0);
    }

    void refusesWhatIsNotHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/ingest");
        QTest::newRow("file") << QStringLiteral("file:///tmp/ingest");
        QTest::newRow("s3") << QStringLiteral("s3://bucket/key");
        QTest::newRow("empty") << QString();
        QTest::newRow("no host") << QStringLiteral("http:///ingest");
        QTest::newRow("no scheme") << QStringLiteral("/api/v1/ingest");
    }

    void refusesWhatIsNotHttp()
    {
        QFETCH(QString, url);
        RestIngestRequest request = requestTo(0, m_small);
        request.endpoint = QUrl(url);
        const Result<RestIngestResult> r = RestIngestClient().send(request);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("http")), qPrintable(r.error().message));
    }

    void redirectIsNotFollowed()
    {
        auto seen = std::make_shared<Seen>();
        auto server = scripted({QStringLiteral("307")}, seen);
        const Result<RestIngestResult> r = RestIngestClient().send(requestTo(server->port(), m_small));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("http://elsewhere.example/ingest")), qPrintable(r.error().message));
        QCOMPARE(seen->all().size(), 1);
    }

    void tokenNeverLogged()
    {
        const QString token = QStringLiteral("tok-never-in-logs-4711");
        QLoggingCategory::setFilterRules(QStringLiteral("urbis.rest.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        for (const QStringList &script : {QStringList{"503", "201"}, QStringList{"401"}, QStringList{"500"}}) {
            auto seen = std::make_shared<Seen>();
            auto server = scripted(script, seen, R"({"message":"bad token )" + token.toUtf8() + R"("})");
            RestIngestRequest request = requestTo(server->port(), m_small);
            request.token = token;
            request.maxAttempts = 2;
            (void)RestIngestClient().send(request);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() >= 4, qPrintable(g_log.join(u'\n'))); // the client did log: the check below means something
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestRestIngestClient)
#include "test_restingestclient.moc"
