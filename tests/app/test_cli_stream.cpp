// `urbis stream` as users run it: a demo dataset served with `stream serve` and recorded with
// `stream record` comes back row for row; a `stream record` killed with SIGKILL becomes a complete
// dataset through `stream recover`, one stopped with SIGINT completes it itself; bad URLs and
// unknown or table-less datasets get exit code 2.

#include "util/database.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace urbis;

namespace {

struct Run
{
    int code;
    QByteArray out, err;
};

const QString kAthens = QStringLiteral("Athens air quality, January 2023");

/** The rows of a stored table as comparable text, one per row, in a stable order. */
QStringList rowsOf(const QString &blob)
{
    Result<Database> db = Database::open(blob, Database::Mode::ReadOnly);
    if (!db)
        return {};
    Result<Statement> st = db->prepare(QStringLiteral(
        "SELECT station, timeRecorded, lat, lon, pm10, pm25, no2, co, humidity, pressure, temperature, "
        "windspeed, "
        "dominentpol, cityName, countrycode, zipcode, source FROM data ORDER BY timeRecorded, station"));
    if (!st)
        return {};
    QStringList rows;
    (void)st->forEachRow([&](const Statement &s) {
        QStringList cells;
        for (int i = 0; i < s.columnCount(); ++i)
            cells << s.value(i).toString();
        rows << cells.join(u'|');
    });
    return rows;
}

} // namespace

class TestCliStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_athensId;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("ws")); }

    QStringList withDir(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), dataDir()} + args;
    }

    Run urbis(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(QStringLiteral(URBIS_EXE), withDir(args));
        p.waitForFinished(timeoutMs);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    /** Starts `urbis stream serve ...` and returns its URL once it has printed it. */
    QString serve(QProcess &p, const QStringList &args)
    {
        p.start(QStringLiteral(URBIS_EXE),
                withDir(QStringList{QStringLiteral("stream"), QStringLiteral("serve")} + args));
        if (!p.waitForStarted())
            return {};
        static const QRegularExpression url(QStringLiteral("on (ws://127\\.0\\.0\\.1:\\d+) at "));
        QByteArray out;
        QRegularExpressionMatch m;
        for (int i = 0;
             i < 200 && !(m = url.match(QString::fromUtf8(out))).hasMatch() && p.state() == QProcess::Running;
             ++i)
            if (p.waitForReadyRead(100))
                out += p.readAllStandardOutput();
        if (!m.hasMatch())
            qWarning() << "serve printed" << out << p.readAllStandardError();
        return m.captured(1);
    }

    /** Starts `urbis stream record URL` and returns the dataset id it announces on stderr. */
    QString startRecording(QProcess &p, const QString &url)
    {
        p.start(QStringLiteral(URBIS_EXE),
                withDir({QStringLiteral("stream"), QStringLiteral("record"), url}));
        if (!p.waitForStarted())
            return {};
        static const QRegularExpression into(QStringLiteral("into the dataset ([0-9a-f-]{36})"));
        QString id;
        QByteArray err;
        for (int i = 0; i < 300 && id.isEmpty() && p.state() == QProcess::Running; ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            id = into.match(QString::fromUtf8(err)).captured(1);
        }
        if (id.isEmpty())
            qWarning() << "record printed" << err;
        return id;
    }

    DatasetRecord record(const QString &id)
    {
        Result<Workspace> ws = Workspace::open(dataDir());
        Result<DatasetRecord> r = ws ? ws->catalog().get(id) : Result<DatasetRecord>(ws.error());
        return r ? *r : DatasetRecord();
    }

    QString blobOf(const DatasetRecord &r) const
    {
        return LocalObjectStore(QDir(dataDir()).filePath(QStringLiteral("objects"))).pathFor(r.sha256);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run demo = urbis({QStringLiteral("demo")});
        QVERIFY2(demo.code == 0, demo.err.constData());
        Result<Workspace> ws = Workspace::open(dataDir());
        QVERIFY(ws);
        Result<QString> id = ws->catalog().latestByTitle(kAthens);
        QVERIFY(id && !id->isEmpty());
        m_athensId = *id;
    }

    void servedRowsAreRecorded()
    {
        QProcess server;
        const QString url = serve(server, {m_athensId, QStringLiteral("--rate"), QStringLiteral("1500")});
        QVERIFY(!url.isEmpty());
        const Run rec =
            urbis({QStringLiteral("stream"), QStringLiteral("record"), url, QStringLiteral("--duration"),
                   QStringLiteral("6"), QStringLiteral("--to"), QStringLiteral("Athens replay"),
                   QStringLiteral("--city"), QStringLiteral("Athens")});
        QVERIFY2(rec.code == 0, rec.err.constData());
        // The server ends by itself once every row went out and its client has it.
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QVERIFY2(server.exitCode() == 0, server.readAllStandardError().constData());

        const QString id = QString::fromUtf8(rec.out).trimmed();
        const DatasetRecord r = record(id);
        QCOMPARE(r.id, id);
        QCOMPARE(r.title, QStringLiteral("Athens replay"));
        QCOMPARE(r.city, QStringLiteral("Athens"));
        QVERIFY(!r.keywords.contains(QStringLiteral("recording")));
        QVERIFY(!r.sha256.isEmpty());
        const DatasetRecord original = record(m_athensId);
        QCOMPARE(r.featureCount, original.featureCount);
        QCOMPARE(r.timeStart, original.timeStart);
        QCOMPARE(r.timeEnd, original.timeEnd);
        const QStringList served = rowsOf(blobOf(original)), recorded = rowsOf(blobOf(r));
        QCOMPARE(served.size(), int(original.featureCount));
        QCOMPARE(recorded, served);
    }

    void killedRecordingIsRecovered()
    {
        QProcess server;
        const QString url = serve(
            server, {m_athensId, QStringLiteral("--rate"), QStringLiteral("400"), QStringLiteral("--loop")});
        QVERIFY(!url.isEmpty());
        QProcess rec;
        const QString id = startRecording(rec, url);
        QVERIFY(!id.isEmpty());
        // While it records, the catalog shows it with a growing count.
        QTRY_VERIFY_WITH_TIMEOUT(record(id).featureCount > 0, 15000);
        const qint64 seen = record(id).featureCount;
        QVERIFY(record(id).keywords.contains(QStringLiteral("recording")));
        QTRY_VERIFY_WITH_TIMEOUT(record(id).featureCount > seen, 15000);
        const qint64 shown = record(id).featureCount;

        rec.kill();
        QVERIFY(rec.waitForFinished(10000));
        const Run recovered =
            urbis({QStringLiteral("--json"), QStringLiteral("stream"), QStringLiteral("recover")});
        QVERIFY2(recovered.code == 0, recovered.err.constData());
        QCOMPARE(QJsonDocument::fromJson(recovered.out).object().value(QStringLiteral("recovered")).toArray(),
                 QJsonArray{id});

        const Run show =
            urbis({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("show"), id});
        QVERIFY2(show.code == 0, show.err.constData());
        const QJsonObject shownJson = QJsonDocument::fromJson(show.out).object();
        const QJsonArray keywords = shownJson.value(QStringLiteral("keywords")).toArray();
        QVERIFY2(!keywords.contains(QStringLiteral("recording")), show.out.constData());
        QVERIFY(keywords.contains(QStringLiteral("stream")));
        QVERIFY(!shownJson.value(QStringLiteral("sha256")).toString().isEmpty());
        const DatasetRecord r = record(id);
        QVERIFY(!r.sha256.isEmpty());
        QVERIFY(r.featureCount >= shown);
        QCOMPARE(qint64(rowsOf(blobOf(r)).size()), r.featureCount);

        // SIGINT stops a recording with the dataset completed, as --duration does.
        QProcess interrupted;
        const QString second = startRecording(interrupted, url);
        QVERIFY(!second.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(record(second).featureCount > 0, 15000);
        ::kill(pid_t(interrupted.processId()), SIGINT);
        QVERIFY(interrupted.waitForFinished(30000));
        QCOMPARE(interrupted.exitStatus(), QProcess::NormalExit);
        QVERIFY2(interrupted.exitCode() == 0, interrupted.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(interrupted.readAllStandardOutput()).trimmed(), second);
        const DatasetRecord done = record(second);
        QVERIFY(!done.keywords.contains(QStringLiteral("recording")));
        QVERIFY(!done.sha256.isEmpty());
        QCOMPARE(qint64(rowsOf(blobOf(done)).size()), done.featureCount);

        // SIGTERM ends a looping replay cleanly.
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("http url") << QStringList{QStringLiteral("record"),
                                                 QStringLiteral("http://127.0.0.1:1/x")}
                                  << 2;
        QTest::newRow("not a url") << QStringList{QStringLiteral("record"), QStringLiteral("just words")}
                                   << 2;
        QTest::newRow("bad duration")
            << QStringList{QStringLiteral("record"), QStringLiteral("ws://127.0.0.1:1"),
                           QStringLiteral("--duration"), QStringLiteral("soon")}
            << 2;
        QTest::newRow("unknown dataset")
            << QStringList{QStringLiteral("serve"), QStringLiteral("no-such-dataset")} << 2;
        QTest::newRow("bad rate") << QStringList{QStringLiteral("serve"), kAthens, QStringLiteral("--rate"),
                                                 QStringLiteral("-3")}
                                  << 2;
        QTest::newRow("no subcommand") << QStringList{} << 2;
        QTest::newRow("nothing arrives")
            << QStringList{QStringLiteral("record"), QStringLiteral("ws://127.0.0.1:1/"),
                           QStringLiteral("--duration"), QStringLiteral("1")}
            << 3;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = urbis(QStringList{QStringLiteral("stream")} + args, 30000);
        QVERIFY2(r.code == code,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY(r.err.contains("urbis"));
    }

    void datasetWithoutTable()
    {
        const QString ndjson = m_dir.filePath(QStringLiteral("meta.ndjson"));
        QFile f(ndjson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"title": "Only metadata", "domain": "air"})"
                "\n");
        f.close();
        const Run add = urbis({QStringLiteral("catalog"), QStringLiteral("add"), ndjson});
        QVERIFY2(add.code == 0, add.err.constData());
        const Run r =
            urbis({QStringLiteral("stream"), QStringLiteral("serve"), QStringLiteral("Only metadata")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no table of rows to replay"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStream)
#include "test_cli_stream.moc"
