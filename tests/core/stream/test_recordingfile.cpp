// RecordingFile and its helpers: the spatial index SQLite fills for very long recordings, UTC
// instants in GeoPackage's text form, GeoPackage point blobs.

#include "geo/datasettable.h"
#include "stream/gpkgpoint.h"
#include "stream/recordingfile.h"
#include "stream/utctext.h"
#include "util/database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

constexpr qint64 kStart = 1'672'531'200'000; // 2023-01-01T00:00:00Z

FieldMapping mapping()
{
    FieldMapping m;
    m.timeKey = QStringLiteral("time");
    m.entityKey = QStringLiteral("station");
    m.latKey = QStringLiteral("lat");
    m.lonKey = QStringLiteral("lon");
    m.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")}};
    return m;
}

StreamSample sample(qint64 i)
{
    StreamSample s;
    s.timeMs = kStart + i * 1000;
    s.receivedMs = s.timeMs;
    s.entity = QStringLiteral("S%1").arg(i % 3);
    if (i % 11 != 0) {
        s.lat = 37.9 + double(i % 3) / 100;
        s.lon = 23.7 + double(i % 5) / 100;
    }
    s.values = {double(i)};
    return s;
}

} // namespace

class TestRecordingFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void spatialIndexFilledBySqlite()
    {
        // Past RecordingFile::kBulkIndexLimit points SQLite fills the index itself: the same index.
        const QString path = m_dir.filePath(QStringLiteral("sqlite-index.gpkg"));
        const RecordingLayout layout = RecordingLayout::fromMapping(mapping());
        Result<RecordingFile> file = RecordingFile::create(path, layout);
        QVERIFY2(file, qPrintable(file.error().toString()));
        for (int i = 0; i < 500; ++i)
            QVERIFY(file->append(sample(i)));
        QVERIFY(file->commit());
        QCOMPARE(file->committed().rows, 500);
        QVERIFY(file->finalize(0));
        Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db);
        const int points =
            db->scalar(QStringLiteral("SELECT count(*) FROM data WHERE geom IS NOT NULL"))->toInt();
        QVERIFY(points > 400);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM rtree_data_geom"))->toInt(), points);
        QCOMPARE(
            db->scalar(QStringLiteral(
                           "SELECT count(*) FROM rtree_data_geom WHERE minx >= 23.735 AND maxy <= 37.905"))
                ->toInt(),
            db
                ->scalar(QStringLiteral(
                    "SELECT count(*) FROM data WHERE geom IS NOT NULL AND lon > 23.735 AND lat < 37.905"))
                ->toInt());
        QVERIFY(DatasetTable::open(path));
    }

    void utcText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("gpkg") << "2023-01-01T00:00:00.000Z" << kStart;
        QTest::newRow("no fraction") << "2024-02-29T23:59:59Z" << qint64(1'709'251'199'000);
        QTest::newRow("micros") << "2024-02-29T23:59:59.123456Z" << qint64(1'709'251'199'123);
        QTest::newRow("offset") << "2023-01-01T02:00:00+02:00" << kStart;
        QTest::newRow("no zone") << "2023-01-01 00:00:01" << kStart + 1000;
        QTest::newRow("before 1970") << "1969-12-31T23:59:59.500Z" << qint64(-500);
    }

    void utcText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = utctext::parse(text.toUtf8());
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
        QCOMPARE(QString::fromLatin1(utctext::millis(ms)),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(utctext::parse(utctext::compact(ms)), std::optional<qint64>(ms));
        QVERIFY(!utctext::parse("yesterday"));
    }

    void gpkgPoint()
    {
        const QByteArray blob = gpkgpoint::blob(23.5, -37.25);
        QCOMPARE(blob.size(), gpkgpoint::kBlobSize);
        const std::optional<gpkgpoint::Point> p = gpkgpoint::decode(blob);
        QVERIFY(p);
        QCOMPARE(p->x, 23.5);
        QCOMPARE(p->y, -37.25);
        // With an envelope (flags 0x03: little-endian, xy box), as some writers store points.
        QByteArray withBox = blob.left(8);
        withBox[3] = 0x03;
        withBox += QByteArray(32, '\0') + blob.mid(8);
        QCOMPARE(gpkgpoint::decode(withBox)->y, -37.25);
        QVERIFY(!gpkgpoint::decode(QByteArray("GP\0\x11", 4) + blob.mid(4))); // the empty flag
        QVERIFY(!gpkgpoint::decode(blob.left(20)));
    }

    void appendAfterFinalizeFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("closed.gpkg"));
        Result<RecordingFile> file = RecordingFile::create(path, RecordingLayout::fromMapping(mapping()));
        QVERIFY(file);
        QVERIFY(file->finalize());
        QVERIFY(!file->append(sample(0)));
        QVERIFY(!RecordingFile::create(path, RecordingLayout::fromMapping(mapping()))); // exists already
    }
};

QTEST_GUILESS_MAIN(TestRecordingFile)
#include "test_recordingfile.moc"
