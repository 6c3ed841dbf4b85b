// Kills `urbis` with SIGKILL in the middle of catalog writes, again and again, and checks that the
// catalog stays consistent and holds every change the process reported as committed.
#include "catalog/catalog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace urbis;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void sigkillDuringWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSet<QString> committed;
        QRandomGenerator rng(42);
        int killedMidStream = 0;
        for (int round = 0; round < 8; ++round) {
            QByteArray input;
            for (int i = 0; i < 4000; ++i) {
                const QJsonObject rec{{QStringLiteral("title"), QStringLiteral("Crash round %1 record %2").arg(round).arg(i)},
                                      {QStringLiteral("city"), QStringLiteral("Ioannina")},
                                      {QStringLiteral("domain"), QStringLiteral("hazard")},
                                      {QStringLiteral("keywords"), QStringLiteral("kill, test")},
                                      {QStringLiteral("bbox"), QStringLiteral("20.8,39.6,20.9,39.7")},
                                      {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("depth")},
                                                                                         {QStringLiteral("type"), QStringLiteral("number")},
                                                                                         {QStringLiteral("unit"), QStringLiteral("m")}}}}};
                input += QJsonDocument(rec).toJson(QJsonDocument::Compact) + '\n';
            }
            QProcess p;
            p.setProgram(QStringLiteral(URBIS_EXE));
            p.setArguments({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("-")});
            p.start();
            QVERIFY(p.waitForStarted(10000));
            p.write(input);
            p.closeWriteChannel();
            // Wait until it has committed something, then kill at a random moment.
            QElapsedTimer t;
            t.start();
            while (p.bytesAvailable() == 0 && t.elapsed() < 20000)
                p.waitForReadyRead(100);
            QTest::qWait(int(rng.bounded(20, 250)));
            const bool stillRunning = p.state() == QProcess::Running;
            if (stillRunning) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidStream;
            }
            if (p.state() != QProcess::NotRunning)
                QVERIFY(p.waitForFinished(20000));
            QVERIFY2(p.exitStatus() == QProcess::CrashExit || p.exitCode() == 0, p.readAllStandardError().constData());
            // Only ids the process printed count: it prints after COMMIT returned.
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &l : lines)
                if (l.trimmed().size() == 36)
                    committed.insert(QString::fromLatin1(l.trimmed()));

            Result<Catalog> c = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
            QVERIFY2(c.ok(), qPrintable(c.error().toString()));
            QCOMPARE(c->database().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
            QVERIFY(c->database().scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull());
            // The FTS index agrees with its table.
            QVERIFY(c->database().exec(QStringLiteral("INSERT INTO datasets_fts(datasets_fts) VALUES('integrity-check')")).ok());
            for (const QString &id : std::as_const(committed)) {
                Result<DatasetRecord> r = c->get(id);
                QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: committed %2 is missing").arg(round).arg(id)));
                QCOMPARE(r->fields.size(), 1); // record and its fields are one transaction
            }
            QVERIFY(*c->count() >= committed.size());
            // Rows that the history saw created are exactly the rows present.
            QCOMPARE(c->database().scalar(QStringLiteral("SELECT count(*) FROM history WHERE action = 'create'"))->toLongLong(),
                     *c->count());
        }
        QVERIFY(committed.size() > 8);
        QVERIFY2(killedMidStream >= 4, "the writer finished before it could be killed; make the input longer");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
