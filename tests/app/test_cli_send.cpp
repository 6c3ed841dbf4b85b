// `urbis send` as users run it: a dataset imported into a workspace goes, data and catalog record,
// to a scripted REST ingestion endpoint on 127.0.0.1; the token comes from the environment only.
#include "../core/storage/loopbackhttpserver.h"
#include "../core/storage/multipartparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray what() const { return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err; }
};

// The requests a scripted endpoint saw; it answers each with the next status of `script` (the
// last repeats): 2xx with a Location, others with a JSON message.
struct Endpoint
{
    QMutex mutex;
    QList<LoopbackHttpServer::Request> requests;
    std::unique_ptr<LoopbackHttpServer> server;

    explicit Endpoint(const QList<int> &script)
    {
        server = std::make_unique<LoopbackHttpServer>([this, script](const LoopbackHttpServer::Request &r, int index) {
            {
                QMutexLocker lock(&mutex);
                requests << r;
            }
            const int status = script.value(std::min<qsizetype>(index, script.size() - 1));
            if (status < 300)
                return LoopbackHttpServer::respond(status, R"({"ok":true})", {{"Location", "/datasets/7"}});
            return LoopbackHttpServer::respond(status, R"({"message":"scripted refusal"})", {{"Content-Type", "application/json"}});
        });
    }
    ~Endpoint() { server.reset(); } // stops the server's thread before the list it writes goes

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/ingest").arg(server->port()); }
    QList<LoopbackHttpServer::Request> all()
    {
        QMutexLocker lock(&mutex);
        return requests;
    }
};

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_id;
    QString m_sha256;

    Run urbis(const QStringList &args, const QList<std::pair<QString, QString>> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("URBIS_INGEST_TOKEN"));
        for (const auto &[name, value] : env)
            e.insert(name, value);
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(URBIS_EXE), QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("ws"))} + args);
        p.waitForFinished(60000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath(QStringLiteral("air.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("station,pm10,measured\nA,12.5,2023-03-01T10:00:00Z\nB,17.25,2023-03-01T10:01:00Z\nC,9.0,2023-03-01T10:02:00Z\n");
        f.close();
        const Run imported = urbis({QStringLiteral("import"), csv, QStringLiteral("--title"), QStringLiteral("Air Mitte")});
        QVERIFY2(imported.code == 0, imported.what().constData());
        m_id = QString::fromLatin1(imported.out.trimmed().split('\n').last().trimmed());
        const Run shown = urbis({QStringLiteral("catalog"), QStringLiteral("show"), m_id, QStringLiteral("--json")});
        QVERIFY2(shown.code == 0, shown.what().constData());
        m_sha256 = shown.json().value(QStringLiteral("sha256")).toString();
        for (const QJsonValue &a : shown.json().value(QStringLiteral("assets")).toArray())
            if (a.toObject().value(QStringLiteral("role")).toString() == u"data")
                m_sha256 = a.toObject().value(QStringLiteral("sha256")).toString();
        QCOMPARE(m_sha256.size(), 64);
    }

    void sendsDataAndRecord_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("default variable") << QStringList() << QStringLiteral("URBIS_INGEST_TOKEN") << QByteArray("Bearer tok-default-1");
        QTest::newRow("--token-env") << QStringList{QStringLiteral("--token-env"), QStringLiteral("CITY_TOKEN")} << QStringLiteral("CITY_TOKEN")
                                     << QByteArray("Bearer tok-default-1");
        QTest::newRow("no token at all") << QStringList() << QString() << QByteArray();
    }

    void sendsDataAndRecord()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, variable);
        QFETCH(QByteArray, authorization);
        Endpoint endpoint({201});
        QList<std::pair<QString, QString>> env;
        if (!variable.isEmpty())
            env.append({variable, QStringLiteral("tok-default-1")});
        const Run r = urbis(QStringList{QStringLiteral("send"), m_id, QStringLiteral("--to"), endpoint.url(), QStringLiteral("--json")} + options, env);
        QVERIFY2(r.code == 0, r.what().constData());
        const QList<LoopbackHttpServer::Request> requests = endpoint.all();
        QCOMPARE(requests.size(), 1);
        const LoopbackHttpServer::Request &post = requests.first();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.header("Authorization"), authorization);
        QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(r.json().value(QStringLiteral("bytes")).toInteger(), qint64(post.body.size()));
        QCOMPARE(r.json().value(QStringLiteral("location")).toString(), QStringLiteral("/datasets/7"));

        const MultipartParser::Parsed form = MultipartParser::parse(post.body, MultipartParser::boundary(post.header("Content-Type")));
        QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
        QCOMPARE(form.parts.size(), 2);
        QCOMPARE(form.parts.at(0).disposition("name"), QByteArray("metadata"));
        const QJsonObject record = QJsonDocument::fromJson(form.parts.at(0).body).object();
        QCOMPARE(record.value(QStringLiteral("id")).toString(), m_id);
        QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Air Mitte"));
        QCOMPARE(form.parts.at(1).disposition("name"), QByteArray("file"));
        QVERIFY(!form.parts.at(1).disposition("filename").isEmpty());
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(form.parts.at(1).body, QCryptographicHash::Sha256).toHex()), m_sha256);
    }

    void humanLine()
    {
        Endpoint endpoint({201});
        const Run r = urbis({QStringLiteral("send"), m_id, QStringLiteral("--to"), endpoint.url()});
        QVERIFY2(r.code == 0, r.what().constData());
        QVERIFY2(r.out.contains("HTTP 201") && r.out.contains(m_id.toLatin1()) && r.out.contains("/datasets/7"), r.what().constData());
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<int>>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("says");
        const QString url = QStringLiteral("URL"); // replaced by the endpoint's address
        QTest::newRow("unknown id") << QStringList{"send", "00000000-0000-0000-0000-000000000000", "--to", url} << QList<int>{201} << 2 << 0
                                    << QStringLiteral("00000000-0000-0000-0000-000000000000");
        QTest::newRow("no --to") << QStringList{"send", "ID"} << QList<int>{201} << 2 << 0 << QStringLiteral("--to");
        QTest::newRow("not http") << QStringList{"send", "ID", "--to", "ftp://127.0.0.1/ingest"} << QList<int>{201} << 2 << 0
                                  << QStringLiteral("http");
        QTest::newRow("unset --token-env") << QStringList{"send", "ID", "--to", url, "--token-env", "URBIS_NO_SUCH_TOKEN_VAR"}
                                           << QList<int>{201} << 2 << 0 << QStringLiteral("URBIS_NO_SUCH_TOKEN_VAR");
        QTest::newRow("token refused") << QStringList{"send", "ID", "--to", url} << QList<int>{401} << 1 << 1
                                       << QStringLiteral("refused the access token");
        QTest::newRow("dataset refused") << QStringList{"send", "ID", "--to", url} << QList<int>{422} << 1 << 1
                                         << QStringLiteral("scripted refusal");
        QTest::newRow("server down") << QStringList{"send", "ID", "--to", url} << QList<int>{503} << 3 << 3 << QStringLiteral("HTTP 503");
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(QList<int>, script);
        QFETCH(int, exitCode);
        QFETCH(int, requests);
        QFETCH(QString, says);
        Endpoint endpoint(script);
        args.replaceInStrings(QStringLiteral("URL"), endpoint.url());
        args.replaceInStrings(QStringLiteral("ID"), m_id);
        const QString token = QStringLiteral("tok-must-not-show-9");
        const Run r = urbis(args, {{QStringLiteral("URBIS_INGEST_TOKEN"), token}});
        QVERIFY2(r.code == exitCode, r.what().constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.what().constData());
        QVERIFY2(!r.err.contains(token.toLatin1()) && !r.out.contains(token.toLatin1()), r.what().constData());
        QCOMPARE(endpoint.all().size(), requests);
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "test_cli_send.moc"
