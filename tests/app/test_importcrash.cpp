// Kills `urbis import` with SIGKILL at moments spread over a whole import (hashing, inference,
// conversion, storing) and checks ImportJob's promise: the catalog holds either the complete
// dataset (record + data/source/report blobs that verify) or nothing, and garbage collection
// clears what the killed runs left behind.
#include "storage/localobjectstore.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace urbis;

namespace {

constexpr int kRows = 300000;
constexpr int kRounds = 8;

// The same 300k readings for every round, plus one row naming the round, so each round's file
// has its own bytes (a finished round must not turn the next one into a duplicate).
QByteArray bigCsv(int round)
{
    static const QByteArray body = [] {
        QRandomGenerator rng(99);
        QByteArray b;
        b.reserve(kRows * 48);
        for (int i = 0; i < kRows; ++i)
            b += QByteArray::number(i + 1) + ",S" + QByteArray::number(i % 8) + ','
                 + QByteArray::number(40.60 + rng.bounded(2000) / 10000.0, 'f', 4) + ','
                 + QByteArray::number(22.90 + rng.bounded(2000) / 10000.0, 'f', 4) + ','
                 + QByteArray::number(rng.bounded(9000) / 100.0, 'f', 2) + '\n';
        return b;
    }();
    return "id,station,lat,lon,pm10\n" + body + QByteArray::number(kRows + 1) + ",R" + QByteArray::number(round)
           + ",40.65,22.95,1.00\n";
}

QString sha256Of(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QStringList staleWorkFolders(const QString &dataDir)
{
    return QDir(QDir(dataDir).filePath(QStringLiteral("tmp"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    int m_staleSeen = 0; ///< work folders found after kills, before any garbage collection

    QString writeInput(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
    }

    // The one record for `sourceSha`, if any, is complete: its blobs exist and verify.
    void checkAllOrNothing(const QString &sourceSha, int expectRows, bool mustExist, const QString &context,
                           bool *exists = nullptr)
    {
        if (exists)
            *exists = false;
        const QString catalogPath = QDir(m_data).filePath(QStringLiteral("catalog.sqlite"));
        if (!QFile::exists(catalogPath)) {
            // Killed before the workspace existed: nothing was imported, so nothing can be half-imported.
            QVERIFY2(!mustExist, qPrintable(context + QStringLiteral(": reported imported but there is no catalog")));
            return;
        }
        Result<Catalog> c = Catalog::open(catalogPath);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c->database().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QVERIFY(c->database().scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull());
        Result<QStringList> ids = c->findByAsset(QStringLiteral("source"), sourceSha);
        QVERIFY(ids.ok());
        QVERIFY2(ids->size() <= 1, qPrintable(context));
        QVERIFY2(!mustExist || ids->size() == 1, qPrintable(context + QStringLiteral(": reported imported but not in the catalog")));
        if (ids->isEmpty())
            return;
        if (exists)
            *exists = true;
        Result<DatasetRecord> r = c->get(ids->first());
        QVERIFY(r.ok());
        QCOMPARE(r->featureCount, qint64(expectRows));
        QCOMPARE(r->assets.size(), 3);
        LocalObjectStore store(QDir(m_data).filePath(QStringLiteral("objects")));
        QStringList roles;
        for (const AssetInfo &a : r->assets) {
            roles << a.role;
            QVERIFY2(store.contains(a.sha256), qPrintable(context + u' ' + a.role));
            Result<void> v = store.verify(a.sha256);
            QVERIFY2(v.ok(), qPrintable(context + u' ' + a.role + u' ' + v.error().toString()));
        }
        roles.sort();
        QCOMPARE(roles, QStringList({"data", "report", "source"}));
        QVERIFY(store.contains(r->sha256));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    void sigkillDuringImport()
    {
        // How long one import takes on this machine now, so kill times can cover all of it.
        qint64 fullMs = 0;
        {
            const QString path = writeInput(QStringLiteral("calibrate.csv"), bigCsv(-1));
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(URBIS_EXE), {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("calibration")),
                                                 QStringLiteral("import"), path});
            QVERIFY(p.waitForFinished(240000));
            fullMs = t.elapsed();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
            qInfo("one import of %d rows takes %lld ms", kRows, fullMs);
        }

        QRandomGenerator rng(20240517);
        int killed = 0;
        int finished = 0;
        int committed = 0; ///< datasets in the catalog: finished runs and runs killed after their commit
        // Blobs stored but not yet catalogued: what only a kill in the storing phase leaves.
        const auto orphanBlobs = [this] {
            Result<Workspace> ws = Workspace::open(m_data);
            return ws ? int(ws->store().list()->size()) - int(ws->catalog().referencedBlobs()->size()) : 0;
        };
        // One kill time in each eighth of the run (stratified, jittered), the last ones in the storing
        // phase. On a loaded machine the runs can be slower than the calibration one, so every kill
        // may come before the work phase: then up to eight more rounds kill later and later.
        double stretch = 1.0;
        for (int round = 0; round < 2 * kRounds; ++round) {
            if (round >= kRounds) {
                if (m_staleSeen > 0 && orphanBlobs() > 0)
                    break;
                stretch *= 1.4;
            }
            const QByteArray bytes = bigCsv(round);
            const QString path = writeInput(QStringLiteral("big-%1.csv").arg(round), bytes);
            QVERIFY(!path.isEmpty());
            const double share = round < kRounds ? (round + 0.1 + 0.8 * rng.generateDouble()) / kRounds
                                                 : 0.5 + 0.45 * rng.generateDouble();
            const int delay = int(fullMs * share * stretch);
            QProcess p;
            p.start(QStringLiteral(URBIS_EXE), {QStringLiteral("--data-dir"), m_data, QStringLiteral("import"), path});
            QVERIFY(p.waitForStarted(10000));
            p.waitForFinished(delay); // returns early if the import is already done
            bool wasKilled = false;
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                wasKilled = true;
                ++killed;
            }
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(20000));
            const QByteArray out = p.readAllStandardOutput().trimmed();
            if (!wasKilled) {
                QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
                ++finished;
            }
            qInfo("round %d: kill after %d ms (%.0f%%): %s", round, delay, share * 100,
                  wasKilled ? (out.isEmpty() ? "killed" : "killed after printing the id") : "finished");
            const QString context = QStringLiteral("round %1 (%2 ms)").arg(round).arg(delay);
            // An id on stdout means the record was committed: it must be there, complete.
            bool exists = false;
            checkAllOrNothing(sha256Of(bytes), kRows + 1, out.size() == 36, context, &exists);
            if (QTest::currentTestFailed())
                return;
            committed += exists ? 1 : 0;
            if (wasKilled)
                m_staleSeen = std::max<int>(m_staleSeen, int(staleWorkFolders(m_data).size()));
        }
        QVERIFY2(killed >= kRounds / 2, "most imports finished before the kill: the input is too small");

        // A last import, not killed, succeeds next to whatever the killed ones left.
        const QByteArray finalBytes = bigCsv(1000);
        const QString finalPath = writeInput(QStringLiteral("final.csv"), finalBytes);
        QProcess p;
        p.start(QStringLiteral(URBIS_EXE), {QStringLiteral("--data-dir"), m_data, QStringLiteral("import"), finalPath});
        QVERIFY(p.waitForFinished(240000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(p.readAllStandardOutput().trimmed().size(), 36);
        checkAllOrNothing(sha256Of(finalBytes), kRows + 1, true, QStringLiteral("final"));

        // Garbage collection (no grace) keeps exactly the referenced blobs and removes the orphans.
        Result<Workspace> ws = Workspace::open(m_data);
        QVERIFY(ws.ok());
        const int before = int(ws->store().list()->size());
        const QSet<QString> referenced = *ws->catalog().referencedBlobs();
        QVERIFY(committed >= finished);
        QCOMPARE(referenced.size(), 3 * (committed + 1)); // data, source, report per dataset
        Result<GcReport> gc = ws->collectGarbage(nullptr, 0);
        QVERIFY(gc.ok());
        const int after = int(ws->store().list()->size());
        QCOMPARE(after, int(referenced.size()));
        QCOMPARE(gc->removedBlobs, before - after);
        QVERIFY2(gc->removedBlobs > 0, "no killed run left an orphan blob: the kills came too early or too late");
        for (const QString &sha : referenced)
            QVERIFY2(ws->store().verify(sha).ok(), qPrintable(sha));
        QVERIFY(QDir(QDir(m_data).filePath(QStringLiteral("objects/tmp"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(*ws->catalog().count(), qint64(committed + 1));
    }

    // ImportJob documents that a killed import leaves "at worst unreferenced blobs and a work folder,
    // which Workspace::collectGarbage removes". Kills leave work folders; collection must clear them.
    void garbageCollectionRemovesStaleWorkFolders()
    {
        QVERIFY2(m_staleSeen > 0, "no kill left a work folder behind (the kills all came before or after the work phase)");
        Result<Workspace> ws = Workspace::open(m_data);
        QVERIFY(ws.ok());
        QVERIFY(ws->collectGarbage(nullptr, 0).ok());
        const QStringList stale = staleWorkFolders(m_data);
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("left in %1/tmp after collectGarbage: %2")
                                                 .arg(m_data, stale.join(QStringLiteral(", ")))));
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "test_importcrash.moc"
