// Hostile input for SourceOpener and the readers: empty files, random bytes under honest names,
// truncated zips and shapefiles, broken JSON, a 2 GB line, odd encodings. Each must give a clear
// Error (never a crash, a hang, a huge allocation or silently fewer rows).
#include "ingest/jsonsource.h"
#include "ingest/ogrsource.h"
#include "ingest/sourceopener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace urbis;

namespace {

struct ReadAll
{
    qsizetype rows = 0;
    QList<QStringList> cells;
    Error error;
};

ReadAll readAll(RecordSource &source)
{
    ReadAll out;
    SourceRow row;
    for (int guard = 0; guard < 1000000; ++guard) {
        Result<bool> more = source.next(row);
        if (!more) {
            out.error = more.error();
            break;
        }
        if (!*more)
            break;
        ++out.rows;
        out.cells << row.cells;
    }
    return out;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator gen(20230517); // fixed seed: the same garbage every run
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

// A point shapefile with `n` features; its parts (.shp .shx .dbf .prj ...) in `dir`.
QStringList makeShapefile(const QString &dir, int n)
{
    OgrSource::registerDrivers();
    const QString shp = dir + QStringLiteral("/points.shp");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return {};
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "points", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    OGRFieldDefnH field = OGR_Fld_Create("id", OFTInteger);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    for (int i = 0; i < n; ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldInteger(f, 0, i);
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(p, 0, 23.7 + i * 1e-4, 37.9);
        OGR_F_SetGeometryDirectly(f, p);
        const bool created = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
        if (!created)
            return {};
    }
    GDALClose(ds);
    QStringList parts;
    for (const char *ext : {"shp", "shx", "dbf", "prj"})
        parts << dir + QStringLiteral("/points.") + QLatin1String(ext);
    return parts;
}

bool zipFiles(const QString &zip, const QStringList &files)
{
    for (const QString &file : files) {
        const QByteArray target = "/vsizip/" + zip.toUtf8() + '/' + QFileInfo(file).fileName().toUtf8();
        if (CPLCopyFile(target.constData(), file.toUtf8().constData()) != 0)
            return false;
    }
    return true;
}

// Opens and reads to the end; the first error from either step, code None when all went well.
Error openAndRead(const QString &path, qsizetype *rows = nullptr)
{
    Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
    if (!source) {
        qInfo("%s", qPrintable(source.error().toString())); // the text a user would see, in the test log
        return source.error();
    }
    const ReadAll all = readAll(**source);
    if (rows)
        *rows = all.rows;
    if (all.error.isError())
        qInfo("%s", qPrintable(all.error.toString()));
    return all.error;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void emptyFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"a.csv", "a.json", "a.ndjson", "a.xml", "a.shp", "a.gpkg", "a.zip", "a.geojson"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void emptyFile()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const Error e = openAndRead(write(dir, name, {}));
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.message.contains(QLatin1String("empty")), qPrintable(e.message));
    }

    void randomBytes_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"a.csv", "a.txt", "a.json", "a.ndjson", "a.xml", "a.shp", "a.gpkg", "a.zip", "a.geojson", "a.kml", "a.gml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void randomBytes()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        qsizetype rows = 0;
        const Error e = openAndRead(write(dir, name, ::randomBytes(64 << 10)), &rows);
        QVERIFY2(e.isError(), qPrintable(QStringLiteral("%1 rows read from garbage").arg(rows)));
        QVERIFY2(e.code == Error::Code::InvalidData, qPrintable(e.toString()));
        QVERIFY(!e.message.isEmpty());
    }

    void missingFileIsIo()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<RecordSource>> r = SourceOpener::open(dir.filePath(QStringLiteral("none.csv")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
    }

    void truncatedZip()
    {
        // A real zipped shapefile of 1000 points, cut in half: the zip directory at the end is gone.
        QTemporaryDir dir;
        const QStringList parts = makeShapefile(dir.path(), 1000);
        QVERIFY(!parts.isEmpty());
        const QString zip = dir.filePath(QStringLiteral("points.zip"));
        QVERIFY(zipFiles(zip, parts));
        QCOMPARE(openAndRead(zip).code, Error::Code::None); // the intact zip reads
        QFile f(zip);
        QVERIFY(f.resize(f.size() / 2));
        qsizetype rows = 0;
        const Error e = openAndRead(zip, &rows);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.message.contains(QLatin1String("truncated or corrupt")), qPrintable(e.toString()));
        QVERIFY(rows < 1000);
    }

    void truncatedShpInIntactZip()
    {
        QTemporaryDir dir;
        const QStringList parts = makeShapefile(dir.path(), 1000);
        QVERIFY(!parts.isEmpty());
        QFile shp(parts.first());
        QVERIFY(shp.resize(shp.size() / 2));
        const QString zip = dir.filePath(QStringLiteral("points.zip"));
        QVERIFY(zipFiles(zip, parts));
        qsizetype rows = 0;
        const Error e = openAndRead(zip, &rows);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.message.contains(QLatin1String("Shapefile is truncated or corrupt")), qPrintable(e.toString()));
        QVERIFY2(rows > 400 && rows < 1000, qPrintable(QString::number(rows))); // read up to the cut, then the error
        QVERIFY(e.detail.startsWith(QStringLiteral("source-error: row %1").arg(rows + 2)));
    }

    void invalidJsonMidArray()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.json"), "[{\"a\":1},\n{\"a\":2},\n{\"a\":3,,\"b\":4},\n{\"a\":5}]");
        qsizetype rows = 0;
        const Error e = openAndRead(path, &rows);
        QCOMPARE(rows, 2);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.message.startsWith(QLatin1String("Row 4")), qPrintable(e.message));
        QVERIFY2(e.detail.startsWith(QLatin1String("source-error: row 4")) && e.detail.contains(QLatin1String("at byte 27")),
                 qPrintable(e.detail));
    }

    void truncatedJsonArray()
    {
        QTemporaryDir dir;
        qsizetype rows = 0;
        const Error e = openAndRead(write(dir, QStringLiteral("a.json"), "[{\"a\":1},{\"a\":\"tw"), &rows);
        QCOMPARE(rows, 1);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY(e.detail.startsWith(QLatin1String("source-error: row 3")));
    }

    void invalidUtf8InJson()
    {
        QTemporaryDir dir;
        const Error e = openAndRead(write(dir, QStringLiteral("a.ndjson"), "{\"a\":\"ok\"}\n{\"a\":\"caf\xE9\"}\n"));
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.detail.startsWith(QLatin1String("encoding-error: row 3")), qPrintable(e.detail));
    }

    void hugeJsonRecord()
    {
        // One object over the 64 MiB limit: an error once the limit is passed, not an allocation of it all.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[{\"a\":1},{\"blob\":\"");
            const QByteArray mib(1 << 20, 'x');
            for (int i = 0; i < 65; ++i)
                f.write(mib);
            f.write("\"}]");
        }
        qsizetype rows = 0;
        const Error e = openAndRead(path, &rows);
        QCOMPARE(rows, 1);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.detail.contains(QLatin1String("record longer than")), qPrintable(e.detail));
    }

    void twoGigabyteLine()
    {
        // 2 GiB of 'x' without a line break (1 MiB written 2048 times, a few seconds): the CSV reader
        // must stop at its record limit quickly instead of buffering the line. The file is removed
        // with the temporary folder at the end of the test.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray mib(1 << 20, 'x');
            for (int i = 0; i < 2048; ++i)
                QCOMPARE(f.write(mib), qint64(mib.size()));
        }
        QCOMPARE(QFileInfo(path).size(), 2048LL << 20);
        QElapsedTimer timer;
        timer.start();
        const Error e = openAndRead(path);
        QCOMPARE(e.code, Error::Code::InvalidData);
        QVERIFY2(e.detail.startsWith(QLatin1String("source-error: row 1: record longer than")), qPrintable(e.detail));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(QFile::remove(path));
    }

    void latin1Csv()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.csv"), "stadt;name\nM\xFCnchen;Stra\xDF" "e\n");
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->labels(), QStringList({"stadt", "name"}));
        const ReadAll all = readAll(**source);
        QVERIFY(!all.error.isError());
        QCOMPARE(all.cells, QList<QStringList>({{QString::fromUtf8("München"), QString::fromUtf8("Straße")}}));
    }

    void utf16Csv()
    {
        QTemporaryDir dir;
        const QString text = QString::fromUtf8("πόλη,pm10\nΑθήνα,12.5\n");
        for (bool bom : {true, false}) {
            QStringEncoder enc(QStringConverter::Utf16LE, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
            const QString path = write(dir, QStringLiteral("u%1.csv").arg(bom), enc(text));
            Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
            QVERIFY2(source, qPrintable(source.error().toString()));
            QCOMPARE((*source)->labels(), QStringList({QString::fromUtf8("πόλη"), "pm10"}));
            const ReadAll all = readAll(**source);
            QVERIFY(!all.error.isError());
            QCOMPARE(all.cells, QList<QStringList>({{QString::fromUtf8("Αθήνα"), "12.5"}}));
        }
    }

    void utf16JsonIsRefused()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.json"), QStringEncoder(QStringConverter::Utf16LE)(QStringLiteral("[{\"a\":1}]")));
        Result<std::unique_ptr<JsonSource>> r = JsonSource::open(path);
        QVERIFY(!r);
        QVERIFY(r.error().detail.startsWith(QLatin1String("encoding-error")));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"
