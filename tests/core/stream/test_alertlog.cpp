#include "stream/alertlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

AlertEvent makeEvent(qint64 t, bool raised = true)
{
    AlertEvent e;
    e.timeMs = t;
    e.ruleId = QStringLiteral("pm10-limit");
    e.ruleName = QStringLiteral("PM10 limit");
    e.entity = QStringLiteral("ST-%1").arg(t % 3);
    e.measure = QStringLiteral("pm10");
    e.value = 50.5 + double(t);
    e.raised = raised;
    e.message = QStringLiteral("PM10 limit: pm10 is %1").arg(e.value);
    return e;
}

QList<qint64> times(const QList<AlertEvent> &events)
{
    QList<qint64> out;
    for (const AlertEvent &e : events)
        out << e.timeMs;
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestAlertLog : public QObject
{
    Q_OBJECT
private slots:
    void appendAndReadNewestFirst()
    {
        QTemporaryDir tmp;
        const QString path = AlertLog::defaultPath(tmp.path());
        QCOMPARE(path, tmp.path() + QStringLiteral("/logs/alerts.jsonl"));
        Result<AlertLog> log = AlertLog::open(path); // creates logs/
        QVERIFY2(log.ok(), qPrintable(log.error().message));
        for (qint64 t : {1000, 2000, 3000})
            QVERIFY(log->append(makeEvent(t, t != 2000)).ok());
        const Result<QList<AlertEvent>> all = AlertLog::readRecent(path, 10);
        QVERIFY(all.ok());
        QCOMPARE(times(*all), (QList<qint64>{3000, 2000, 1000}));
        QCOMPARE(all->at(1).raised, false);
        QCOMPARE(all->at(0).entity, QStringLiteral("ST-0"));
        QCOMPARE(all->at(0).value, 3050.5);
        QCOMPARE(all->at(0).message, makeEvent(3000).message);
        QCOMPARE(times(*AlertLog::readRecent(path, 2)), (QList<qint64>{3000, 2000}));
    }

    void eachEventIsOnDiskAtOnce()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alerts.jsonl"));
        Result<AlertLog> log = AlertLog::open(path);
        QVERIFY(log.ok());
        QVERIFY(log->append(makeEvent(42)).ok());
        // Read by another handle while the log is still open: the line is complete there.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.endsWith('\n'));
        QCOMPARE(bytes.count('\n'), 1);
        QVERIFY(bytes.contains("\"ruleId\":\"pm10-limit\""));
    }

    void appendsToAnExistingLog()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alerts.jsonl"));
        {
            Result<AlertLog> log = AlertLog::open(path);
            QVERIFY(log->append(makeEvent(1)).ok());
        }
        Result<AlertLog> again = AlertLog::open(path);
        QVERIFY(again->append(makeEvent(2)).ok());
        QCOMPARE(times(*AlertLog::readRecent(path, 10)), (QList<qint64>{2, 1}));
    }

    void rotation()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alerts.jsonl"));
        const QString rotated = tmp.filePath(QStringLiteral("alerts.1.jsonl"));
        QCOMPARE(AlertLog::rotatedPath(path), rotated);
        Result<AlertLog> log = AlertLog::open(path);
        QVERIFY(log.ok());
        const qint64 lineBytes =
            QJsonDocument(makeEvent(10).toJson()).toJson(QJsonDocument::Compact).size() + 1;
        log->setRotateBytes(lineBytes * 4); // four events a file
        for (qint64 t = 10; t < 20; ++t)
            QVERIFY(log->append(makeEvent(t)).ok());
        // 10 events: 4 rotated away for good, 4 in alerts.1.jsonl, 2 in alerts.jsonl.
        QVERIFY(QFile::exists(rotated));
        QVERIFY(QFileInfo(path).size() <= lineBytes * 4);
        QCOMPARE(times(*AlertLog::readRecent(rotated, 100)), (QList<qint64>{17, 16, 15, 14}));
        const Result<QList<AlertEvent>> recent = AlertLog::readRecent(path, 100);
        QCOMPARE(times(*recent), (QList<qint64>{19, 18, 17, 16, 15, 14}));
        QCOMPARE(times(*AlertLog::readRecent(path, 3)), (QList<qint64>{19, 18, 17}));
    }

    void badLinesAreSkipped()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alerts.jsonl"));
        const QByteArray good1 = QJsonDocument(makeEvent(1).toJson()).toJson(QJsonDocument::Compact);
        const QByteArray good2 = QJsonDocument(makeEvent(2).toJson()).toJson(QJsonDocument::Compact);
        writeFile(path, good1 + "\nnot json at all\n[1,2,3]\n{\"foo\":1}\n\n" + good2 + "\n" +
                            good1.left(good1.size() / 2)); // a crash cut the last line short
        const Result<QList<AlertEvent>> r = AlertLog::readRecent(path, 10);
        QVERIFY(r.ok());
        QCOMPARE(times(*r), (QList<qint64>{2, 1}));
        // Appending after a cut line starts a fresh line: the next event is readable.
        Result<AlertLog> log = AlertLog::open(path);
        QVERIFY(log->append(makeEvent(3)).ok());
        QCOMPARE(times(*AlertLog::readRecent(path, 10)).first(), 3);
    }

    void missingLogIsEmpty()
    {
        QTemporaryDir tmp;
        const Result<QList<AlertEvent>> r =
            AlertLog::readRecent(tmp.filePath(QStringLiteral("none.jsonl")), 10);
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
    }

    void unwritablePathIsAnError()
    {
        QTemporaryDir tmp;
        writeFile(tmp.filePath(QStringLiteral("file")), "x");
        const Result<AlertLog> log = AlertLog::open(tmp.filePath(QStringLiteral("file/alerts.jsonl")));
        QVERIFY(!log.ok());
        QCOMPARE(log.error().code, Error::Code::Io);
        QVERIFY(log.error().message.contains(tmp.filePath(QStringLiteral("file"))));
    }
};

QTEST_GUILESS_MAIN(TestAlertLog)
#include "test_alertlog.moc"
