// OgrSource over the GDAL vector formats (Shapefile, zipped Shapefile, GeoPackage, GeoJSON,
// GeoJSONSeq, KML, GML) and RasterProbe (GeoTIFF extent in WGS84, JPEG EXIF GPS and time).
// Fixtures are written with GDAL itself into a QTemporaryDir.
#include "ingest/ogrsource.h"
#include "ingest/rasterprobe.h"
#include "ingest/sourceopener.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace urbis;

namespace {

struct ReadAll
{
    QList<qint64> numbers;
    QList<QStringList> rows;
    QList<QByteArray> wkbs;
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
        out.numbers << row.number;
        out.rows << row.cells;
        out.wkbs << row.wkb;
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

OGRSpatialReferenceH wgs84()
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void addField(OGRLayerH layer, const char *name, OGRFieldType type, OGRFieldSubType sub = OFSTNone)
{
    OGRFieldDefnH field = OGR_Fld_Create(name, type);
    OGR_Fld_SetSubType(field, sub);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
}

// A point layer: id, name, value, day (and in a GeoPackage also big, ok, seen), `n` features.
bool addPointLayer(GDALDatasetH ds, const char *name, int n, bool rich)
{
    OGRSpatialReferenceH srs = wgs84();
    // Shapefiles are written in Latin-1 unless told otherwise: UTF-8 (a .cpg) keeps the Greek names.
    const bool shapefile = qstrcmp(GDALGetDriverShortName(GDALGetDatasetDriver(ds)), "ESRI Shapefile") == 0;
    const char *const options[] = {"ENCODING=UTF-8", nullptr};
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, wkbPoint, shapefile ? const_cast<char **>(options) : nullptr);
    OSRDestroySpatialReference(srs);
    if (!layer)
        return false;
    addField(layer, "id", OFTInteger);
    addField(layer, "name", OFTString);
    addField(layer, "value", OFTReal);
    addField(layer, "day", OFTDate);
    if (rich) {
        addField(layer, "big", OFTInteger64);
        addField(layer, "ok", OFTInteger, OFSTBoolean);
        addField(layer, "seen", OFTDateTime);
    }
    for (int i = 1; i <= n; ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldInteger(f, 0, i);
        OGR_F_SetFieldString(f, 1, QStringLiteral("Στάση %1").arg(i).toUtf8().constData());
        OGR_F_SetFieldDouble(f, 2, i + 0.25);
        OGR_F_SetFieldDateTime(f, 3, 2023, 5, 17, 0, 0, 0, 0);
        if (rich) {
            OGR_F_SetFieldInteger64(f, 4, 9007199254740993LL);
            OGR_F_SetFieldInteger(f, 5, i % 2);
            if (i == 1)
                OGR_F_SetFieldDateTimeEx(f, 6, 2023, 5, 17, 10, 20, 30.5f, 100);
            else
                OGR_F_SetFieldNull(f, 6);
        }
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(p, 0, 23.7 + i * 0.001, 37.9);
        OGR_F_SetGeometryDirectly(f, p);
        const bool ok = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
        if (!ok)
            return false;
    }
    return true;
}

bool makeVector(const char *driver, const QString &path, int n, bool rich = false, const char *layer = "stations")
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driver), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    const bool ok = addPointLayer(ds, layer, n, rich);
    GDALClose(ds);
    return ok;
}

// Copies files into a new zip through GDAL's /vsizip/ writer (no external zip tool needed).
bool zipFiles(const QString &zip, const QStringList &files)
{
    for (const QString &file : files) {
        const QByteArray target = "/vsizip/" + zip.toUtf8() + '/' + QFileInfo(file).fileName().toUtf8();
        if (CPLCopyFile(target.constData(), file.toUtf8().constData()) != 0)
            return false;
    }
    return true;
}

QStringList shapefileParts(const QString &shp)
{
    QStringList parts;
    for (const char *ext : {"shp", "shx", "dbf", "prj", "cpg"}) {
        const QString p = shp.left(shp.size() - 3) + QLatin1String(ext);
        if (QFile::exists(p))
            parts << p;
    }
    return parts;
}

SourceOpener::Options layerOption(const QString &layer)
{
    SourceOpener::Options options;
    options.layer = layer;
    return options;
}

quint32 wkbType(const QByteArray &wkb)
{
    return wkb.size() >= 5 && wkb.at(0) == 1 ? qFromLittleEndian<quint32>(wkb.constData() + 1) : 0;
}

} // namespace

class TestOgrSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { OgrSource::registerDrivers(); }

    void shapefile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stations.shp"));
        QVERIFY(makeVector("ESRI Shapefile", path, 3));
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Vector);
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        RecordSource &s = **source;
        QCOMPARE(s.format(), QStringLiteral("Shapefile"));
        QCOMPARE(s.mediaType(), QStringLiteral("application/vnd.shp"));
        QCOMPARE(s.labels(), QStringList({"id", "name", "value", "day"}));
        QCOMPARE(s.declaredTypes(), QStringList({"integer", "string", "number", "date"}));
        QVERIFY(s.hasGeometry());
        QCOMPARE(s.crs(), QStringLiteral("EPSG:4326"));
        QCOMPARE(s.geometryType(), QStringLiteral("Point"));
        QCOMPARE(s.size(), QFileInfo(path).size());
        const ReadAll all = readAll(s);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3, 4}));
        QCOMPARE(all.rows.at(0), QStringList({"1", QStringLiteral("Στάση 1"), "1.25", "2023-05-17"}));
        QCOMPARE(all.rows.at(2).at(2), QStringLiteral("3.25"));
        QCOMPARE(all.wkbs.at(0).size(), 21); // ISO WKB point: order byte, type, x, y
        QCOMPARE(wkbType(all.wkbs.at(0)), 1u);
        QCOMPARE(s.bytesRead(), s.size());
        QVERIFY(s.rewind());
        const ReadAll again = readAll(s);
        QCOMPARE(again.rows, all.rows);
        QCOMPARE(again.wkbs, all.wkbs);
    }

    void geopackageTypesAndLayers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        QVERIFY(ds);
        QVERIFY(addPointLayer(ds, "first", 1, false));
        QVERIFY(addPointLayer(ds, "sensors", 2, true));
        GDALClose(ds);

        Result<std::unique_ptr<OgrSource>> first = OgrSource::open(path);
        QVERIFY2(first, qPrintable(first.error().toString()));
        QCOMPARE((*first)->layerName(), QStringLiteral("first"));
        QCOMPARE((*first)->layerNames(), QStringList({"first", "sensors"}));
        QCOMPARE((*first)->format(), QStringLiteral("GPKG"));
        QCOMPARE((*first)->mediaType(), QStringLiteral("application/geopackage+sqlite3"));

        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path, layerOption(QStringLiteral("sensors")));
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->labels(), QStringList({"id", "name", "value", "day", "big", "ok", "seen"}));
        QCOMPARE((*source)->declaredTypes(),
                 QStringList({"integer", "string", "number", "date", "integer", "boolean", "datetime"}));
        QCOMPARE((*source)->crs(), QStringLiteral("EPSG:4326"));
        const ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
        QCOMPARE(all.rows.at(0).mid(4), QStringList({"9007199254740993", "true", "2023-05-17T10:20:30.500Z"}));
        QCOMPARE(all.rows.at(1).mid(4), QStringList({"9007199254740993", "false", ""})); // null -> missing

        Result<std::unique_ptr<OgrSource>> missing = OgrSource::open(path, QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void geojson()
    {
        QTemporaryDir dir;
        const QByteArray json = "{\"type\": \"FeatureCollection\", \"features\": [\n"
            " {\"type\": \"Feature\", \"properties\": {\"id\": 1, \"name\": \"Syntagma\", \"pm10\": 12.5, \"ok\": true},\n"
            "  \"geometry\": {\"type\": \"Point\", \"coordinates\": [23.735, 37.975]}},\n"
            " {\"type\": \"Feature\", \"properties\": {\"id\": 2, \"name\": null, \"pm10\": 0.1, \"ok\": false},\n"
            "  \"geometry\": {\"type\": \"Point\", \"coordinates\": [23.73, 37.99]}}]}";
        const QString path = write(dir, QStringLiteral("stations.json"), json);
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Vector);
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->format(), QStringLiteral("GeoJSON"));
        QCOMPARE((*source)->mediaType(), QStringLiteral("application/geo+json"));
        QCOMPARE((*source)->labels(), QStringList({"id", "name", "pm10", "ok"}));
        QCOMPARE((*source)->declaredTypes(), QStringList({"integer", "string", "number", "boolean"}));
        QCOMPARE((*source)->crs(), QStringLiteral("EPSG:4326"));
        QCOMPARE((*source)->geometryType(), QStringLiteral("Point"));
        const ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.rows, QList<QStringList>({{"1", "Syntagma", "12.5", "true"}, {"2", "", "0.1", "false"}}));
        QCOMPARE(wkbType(all.wkbs.at(1)), 1u);
    }

    void geojsonSeqNamedNdjson()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("live.ndjson"),
                                   "{\"type\":\"Feature\",\"properties\":{\"v\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}\n"
                                   "{\"type\":\"Feature\",\"properties\":{\"v\":2},\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,4]}}\n");
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Vector);
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->format(), QStringLiteral("GeoJSONSeq"));
        const ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.rows, QList<QStringList>({{"1"}, {"2"}}));
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
    }

    void zippedShapefile()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.shp")), b = dir.filePath(QStringLiteral("b.shp"));
        QVERIFY(makeVector("ESRI Shapefile", a, 2));
        QVERIFY(makeVector("ESRI Shapefile", b, 5));
        const QString zip = dir.filePath(QStringLiteral("city.zip"));
        QVERIFY(zipFiles(zip, shapefileParts(a) + shapefileParts(b)));
        QCOMPARE(SourceOpener::kindOf(zip), SourceKind::Vector);

        Result<std::unique_ptr<RecordSource>> first = SourceOpener::open(zip);
        QVERIFY2(first, qPrintable(first.error().toString()));
        QCOMPARE((*first)->format(), QStringLiteral("Shapefile"));
        QCOMPARE((*first)->mediaType(), QStringLiteral("application/zip"));
        QCOMPARE((*first)->crs(), QStringLiteral("EPSG:4326"));
        QCOMPARE(readAll(**first).rows.size(), 2);

        Result<std::unique_ptr<RecordSource>> second = SourceOpener::open(zip, layerOption(QStringLiteral("b")));
        QVERIFY2(second, qPrintable(second.error().toString()));
        const ReadAll all = readAll(**second);
        QVERIFY(!all.error.isError());
        QCOMPARE(all.rows.size(), 5);
        QCOMPARE(all.numbers.last(), 6);
    }

    void zipWithoutVectorData()
    {
        QTemporaryDir dir;
        const QString text = write(dir, QStringLiteral("readme.txt"), "nothing spatial here\n");
        const QString zip = dir.filePath(QStringLiteral("docs.zip"));
        QVERIFY(zipFiles(zip, {text}));
        Result<std::unique_ptr<RecordSource>> r = SourceOpener::open(zip);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Unsupported);
        QVERIFY2(r.error().message.contains(QLatin1String("no vector data")), qPrintable(r.error().message));
    }

    void kml()
    {
        QTemporaryDir dir;
        const QByteArray kml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            " <Placemark><name>Syntagma</name><description>Station 1</description>\n"
            "  <Point><coordinates>23.735,37.975,0</coordinates></Point></Placemark>\n"
            " <Placemark><name>Patission</name>\n"
            "  <LineString><coordinates>23.73,37.99 23.74,38.0</coordinates></LineString></Placemark>\n"
            "</Document></kml>";
        const QString path = write(dir, QStringLiteral("stations.kml"), kml);
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->format(), QStringLiteral("KML"));
        QCOMPARE((*source)->mediaType(), QStringLiteral("application/vnd.google-earth.kml+xml"));
        QCOMPARE((*source)->crs(), QStringLiteral("EPSG:4326"));
        // GDAL 3.6 picks LIBKML (when built in) or KML; the first field is "Name" in either.
        const qsizetype name = (*source)->labels().indexOf(QRegularExpression(QStringLiteral("^(?i)name$")));
        QVERIFY2(name >= 0, qPrintable((*source)->labels().join(',')));
        const ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
        QCOMPARE(all.rows.at(0).at(name), QStringLiteral("Syntagma"));
        QVERIFY(!all.wkbs.at(0).isEmpty());
        QCOMPARE(wkbType(all.wkbs.at(1)) % 1000, 2u); // LineString (KML gives 3D: 1002)
    }

    void gml()
    {
        QTemporaryDir dir;
        const QByteArray gml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\">\n"
            " <gml:featureMember><ogr:stations fid=\"stations.0\">\n"
            "  <ogr:geometryProperty><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>23.735,37.975</gml:coordinates></gml:Point></ogr:geometryProperty>\n"
            "  <ogr:name>Syntagma</ogr:name><ogr:pm10>12.5</ogr:pm10></ogr:stations></gml:featureMember>\n"
            " <gml:featureMember><ogr:stations fid=\"stations.1\">\n"
            "  <ogr:geometryProperty><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>23.73,37.99</gml:coordinates></gml:Point></ogr:geometryProperty>\n"
            "  <ogr:name>Patission</ogr:name><ogr:pm10>40</ogr:pm10></ogr:stations></gml:featureMember>\n"
            "</ogr:FeatureCollection>";
        const QString path = write(dir, QStringLiteral("stations.gml"), gml);
        Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->format(), QStringLiteral("GML"));
        QCOMPARE((*source)->labels(), QStringList({"fid", "name", "pm10"}));
        QCOMPARE((*source)->declaredTypes().at(2), QStringLiteral("number"));
        QCOMPARE((*source)->crs(), QStringLiteral("EPSG:4326"));
        const ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.rows, QList<QStringList>({{"stations.0", "Syntagma", "12.5"}, {"stations.1", "Patission", "40"}}));
        QCOMPARE(wkbType(all.wkbs.at(0)), 1u);
        source->reset();
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("stations.gfs"))), "no .gfs next to the user's file");
    }

    void geotiffExtent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dem.tif"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 20, 10, 2, GDT_Float32, nullptr);
        QVERIFY(ds);
        // Web Mercator around Athens: 100 m pixels.
        const double gt[6] = {2640000, 100, 0, 4576000, 0, -100};
        GDALSetGeoTransform(ds, const_cast<double *>(gt));
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 3857);
        GDALSetSpatialRef(ds, srs);
        OSRDestroySpatialReference(srs);
        GDALSetRasterNoDataValue(GDALGetRasterBand(ds, 1), -9999);
        GDALClose(ds);

        Result<RasterInfo> info = RasterProbe::probe(path);
        QVERIFY2(info, qPrintable(info.error().toString()));
        QCOMPARE(info->format, QStringLiteral("GTiff"));
        QCOMPARE(info->mediaType, QStringLiteral("image/tiff; application=geotiff"));
        QCOMPARE(info->width, 20);
        QCOMPARE(info->height, 10);
        QCOMPARE(info->bands, 2);
        QCOMPARE(info->bandTypes, QStringList({"Float32", "Float32"}));
        QCOMPARE(info->crs, QStringLiteral("EPSG:3857"));
        QVERIFY(info->noData);
        QCOMPARE(*info->noData, -9999.0);
        QVERIFY(info->bbox);
        const double r = 6378137, deg = 180 / M_PI;
        const auto lat = [&](double y) { return std::atan(std::sinh(y / r)) * deg; };
        QVERIFY(std::abs(info->bbox->west - 2640000 / r * deg) < 1e-7);
        QVERIFY(std::abs(info->bbox->east - 2642000 / r * deg) < 1e-7);
        QVERIFY(std::abs(info->bbox->north - lat(4576000)) < 1e-7);
        QVERIFY(std::abs(info->bbox->south - lat(4575000)) < 1e-7);
        QVERIFY(info->bbox->west > 23.7 && info->bbox->north < 38.1); // lon/lat order, not swapped
        QVERIFY(!info->takenAt.isValid());
    }

    void jpegExif()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.jpg"));
        GDALDatasetH mem = GDALCreate(GDALGetDriverByName("MEM"), "", 16, 16, 3, GDT_Byte, nullptr);
        QVERIFY(mem);
        GDALSetMetadataItem(mem, "EXIF_GPSLatitude", "(37) (58) (30)", nullptr);
        GDALSetMetadataItem(mem, "EXIF_GPSLatitudeRef", "N", nullptr);
        GDALSetMetadataItem(mem, "EXIF_GPSLongitude", "(23) (43) (12)", nullptr);
        GDALSetMetadataItem(mem, "EXIF_GPSLongitudeRef", "W", nullptr);
        GDALSetMetadataItem(mem, "EXIF_DateTimeOriginal", "2023:05:17 10:20:30", nullptr);
        // The JPEG driver writes EXIF_* metadata items into a real EXIF segment (WRITE_EXIF_METADATA defaults to YES).
        const char *const options[] = {"WRITE_EXIF_METADATA=YES", nullptr};
        GDALDatasetH jpeg = GDALCreateCopy(GDALGetDriverByName("JPEG"), path.toUtf8().constData(), mem, FALSE,
                                           const_cast<char **>(options), nullptr, nullptr);
        QVERIFY(jpeg);
        GDALClose(jpeg);
        GDALClose(mem);
        QFile::remove(path + QStringLiteral(".aux.xml")); // only the EXIF segment may answer

        Result<RasterInfo> info = RasterProbe::probe(path);
        QVERIFY2(info, qPrintable(info.error().toString()));
        QCOMPARE(info->format, QStringLiteral("JPEG"));
        QCOMPARE(info->mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(info->bands, 3);
        QVERIFY(info->crs.isEmpty());
        QVERIFY(info->gpsLatitude && info->gpsLongitude);
        QVERIFY(std::abs(*info->gpsLatitude - (37 + 58 / 60.0 + 30 / 3600.0)) < 1e-9);
        QVERIFY(std::abs(*info->gpsLongitude + (23 + 43 / 60.0 + 12 / 3600.0)) < 1e-9); // W is negative
        QCOMPARE(info->takenAt, QDateTime(QDate(2023, 5, 17), QTime(10, 20, 30), Qt::UTC));
        QVERIFY(info->bbox);
        QCOMPARE(info->bbox->west, *info->gpsLongitude);
        QCOMPARE(info->bbox->north, *info->gpsLatitude);
    }

    void rasterProbeErrors()
    {
        QTemporaryDir dir;
        Result<RasterInfo> missing = RasterProbe::probe(dir.filePath(QStringLiteral("none.tif")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::Io);
        Result<RasterInfo> text = RasterProbe::probe(write(dir, QStringLiteral("a.csv"), "a,b\n1,2\n"));
        QVERIFY(!text);
        QCOMPARE(text.error().code, Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestOgrSource)
#include "test_ogrsource.moc"
