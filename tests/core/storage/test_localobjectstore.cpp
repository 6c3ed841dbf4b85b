#include "storage/localobjectstore.h"

#include <QBuffer>
#include <cstring>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}
int filesUnder(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A device that fails half-way, like a disconnected network share.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 failAt) : m_failAt(failAt) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_pos >= m_failAt) {
            setErrorString(QStringLiteral("simulated read failure"));
            return -1;
        }
        const qint64 n = std::min(max, m_failAt - m_pos);
        std::memset(data, 'z', size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_failAt;
    qint64 m_pos = 0;
};
} // namespace

class TestLocalObjectStore : public QObject
{
    Q_OBJECT
private slots:
    // A checked download goes in by rename, not read again; it still lands under its hash.
    void adoptVerifiedRenamesIntoPlace()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.filePath(QStringLiteral("objects")));
        const QByteArray data("verified bytes");
        const QString file = dir.filePath(QStringLiteral("download.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        f.close();
        Result<ObjectInfo> info = store.adoptVerified(file, sha(data));
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->size, data.size());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(*store.read(sha(data)), data);
    }

    void putReadRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("small") << QByteArray("pm10,no2\n12,30\n");
        QTest::newRow("3 MiB (several chunks)") << QByteArray(3 * 1024 * 1024 + 17, 'q');
    }
    void putReadRoundTrip()
    {
        QFETCH(QByteArray, data);
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        Result<ObjectInfo> info = store.putData(data);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->sha256, sha(data));
        QCOMPARE(info->size, data.size());
        QVERIFY(store.contains(info->sha256));
        QCOMPARE(*store.size(info->sha256), data.size());
        QCOMPARE(*store.read(info->sha256), data);
        QVERIFY(store.verify(info->sha256).ok());
        QCOMPARE(store.pathFor(info->sha256), dir.filePath(info->sha256.left(2) + QLatin1Char('/') + info->sha256));
    }

    void sameContentStoredOnce()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        QVERIFY(store.putData("abc").ok());
        QVERIFY(store.putData("abc").ok());
        QVERIFY(store.putData("abd").ok());
        QCOMPARE(store.list()->size(), 2);
        QCOMPARE(filesUnder(dir.filePath(QStringLiteral("tmp"))), 0); // no temp files left behind
    }

    void corruptionIsDetected()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        const QByteArray data(100000, 'a');
        const QString key = store.putData(data)->sha256;
        QFile f(store.pathFor(key));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(5000);
        f.write("X"); // one flipped byte
        f.close();
        Result<QByteArray> r = store.read(key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        QCOMPARE(store.verify(key).error().code, Error::Code::Corrupt);
        const QString target = dir.filePath(QStringLiteral("out/copy.csv"));
        QCOMPARE(store.copyTo(key, target).error().code, Error::Code::Corrupt);
        QVERIFY(!QFile::exists(target)); // a corrupt copy never appears under the target name
        QCOMPARE(filesUnder(dir.filePath(QStringLiteral("out"))), 0);
    }

    void copyToWritesVerifiedFile()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        const QByteArray data("station,pm10\nATH-01,42\n");
        const QString key = store.putData(data)->sha256;
        const QString target = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(store.copyTo(key, target).ok());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
    }

    void failedOrCancelledPutLeavesNothing()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        FailingDevice dev(3 * 1024 * 1024);
        Result<ObjectInfo> r = store.put(dev);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY(r.error().detail.contains(QLatin1String("simulated")));

        Feedback fb;
        fb.cancel();
        QByteArray big(2 * 1024 * 1024, 'c');
        QBuffer buf(&big);
        buf.open(QIODevice::ReadOnly);
        QCOMPARE(store.put(buf, &fb).error().code, Error::Code::Cancelled);
        QCOMPARE(filesUnder(dir.path()), 0);
        QCOMPARE(store.list()->size(), 0);
    }

    void unknownAndMalformedKeys()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        QCOMPARE(store.read(QString(64, QLatin1Char('0'))).error().code, Error::Code::NotFound);
        QVERIFY(!store.contains(QStringLiteral("../../etc/passwd")));
        QCOMPARE(store.read(QStringLiteral("../../etc/passwd")).error().code, Error::Code::NotFound);
    }

    // Storing bytes that are already there makes the blob young again, so a clean-up running
    // meanwhile cannot take it from under the record about to reference it.
    void reputRefreshesGracePeriod()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        const ObjectInfo o = *store.putData("same bytes");
        QFile f(store.pathFor(o.sha256));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(store.putData("same bytes").ok());
        Result<GcReport> r = store.collectGarbage({});
        QVERIFY(r.ok());
        QCOMPARE(r->removedBlobs, 0);
        QVERIFY(store.contains(o.sha256));
    }

    void garbageCollection()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.path());
        const ObjectInfo keep = *store.putData("keep me");
        const ObjectInfo drop = *store.putData("drop me please");
        // A temp file a killed writer left behind.
        QFile stale(dir.filePath(QStringLiteral("tmp/.urbis-dead01.part")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("partial");
        stale.close();

        // Within the grace period nothing goes: an import may not have committed its record yet.
        Result<GcReport> young = store.collectGarbage({keep.sha256});
        QVERIFY(young.ok());
        QCOMPARE(young->removedBlobs, 0);
        QCOMPARE(young->removedTemps, 0);

        Feedback fb;
        Result<GcReport> r = store.collectGarbage({keep.sha256}, &fb, 0);
        QVERIFY(r.ok());
        QCOMPARE(r->removedBlobs, 1);
        QCOMPARE(r->keptBlobs, 1);
        QCOMPARE(r->removedTemps, 1);
        QCOMPARE(r->freedBytes, drop.size + 7);
        QVERIFY(store.contains(keep.sha256));
        QVERIFY(!store.contains(drop.sha256));
        QCOMPARE(fb.progress(), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestLocalObjectStore)
#include "test_localobjectstore.moc"
