#include "catalog/catalog.h"
#include "catalog/catalogschema.h"

#include <QFile>
#include <QMutex>

#include <thread>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

class TestCatalogSchema : public QObject
{
    Q_OBJECT
private slots:
    void freshCatalogIsAtLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        Result<Catalog> c = Catalog::open(path);
        QVERIFY(c.ok());
        QCOMPARE(*CatalogSchema::currentVersion(c->database()), CatalogSchema::latestVersion());
        QCOMPARE(c->database().scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(c->database().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    }

    void reopeningDoesNotReapply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        { QVERIFY(Catalog::open(path).ok()); }
        Result<Catalog> again = Catalog::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(*CatalogSchema::currentVersion(again->database()), CatalogSchema::latestVersion());
    }

    void upgradesAnOlderCatalogStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Result<Database> db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(CatalogSchema::migrateTo(*db, 0).ok());
            QCOMPARE(*CatalogSchema::currentVersion(*db), 0);
            QVERIFY(!db->scalar(QStringLiteral("SELECT count(*) FROM datasets")).ok()); // no tables yet
        }
        Result<Catalog> c = Catalog::open(path);
        QVERIFY(c.ok());
        QCOMPARE(*c->count(), 0);
    }

    void refusesCatalogFromNewerBuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Result<Database> db = Database::open(path);
            QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(CatalogSchema::latestVersion() + 1)).ok());
        }
        Result<Catalog> c = Catalog::open(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Unsupported);
        QVERIFY(c.error().message.contains(QLatin1String("newer")));
    }

    // The GUI's first start and `urbis demo` may create the same catalog at the same moment.
    void concurrentFirstOpenMigratesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QList<QString> errors;
        QMutex mutex;
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&] {
                Result<Catalog> c = Catalog::open(path);
                if (!c) {
                    QMutexLocker lock(&mutex);
                    errors << c.error().toString();
                }
            });
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        Result<Catalog> c = Catalog::open(path);
        QCOMPARE(*CatalogSchema::currentVersion(c->database()), CatalogSchema::latestVersion());
    }

    void notADatabaseIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Result<Catalog> c = Catalog::open(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Database);
        QVERIFY(!c.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "test_catalogschema.moc"
