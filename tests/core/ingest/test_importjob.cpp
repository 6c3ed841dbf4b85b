// ImportJob end to end: real files (CSV, JSON, NDJSON, GeoJSON, zipped Shapefile, GeoTIFF) go into a
// Workspace in a temporary folder; the stored blobs are copied back out and opened with GDAL, so
// every check is about what was really kept, not about what the job says it did.
#include "geo/gdalsession.h"
#include "ingest/importjob.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <cmath>
#include <functional>
#include <thread>

using namespace urbis;

namespace {

/** One generated air-quality table: the CSV bytes and the facts a correct import must reproduce. */
struct AirTable
{
    QByteArray csv;
    int rows = 0;
    QList<double> lat, lon, pm10;
    QDateTime first, last;
    double west = 180, south = 90, east = -180, north = -90;
};

// Four stations around Athens, one reading a minute each; `seed` varies the values so two tables differ in bytes.
AirTable airTable(int rows, quint32 seed, int badRow = -1)
{
    AirTable t;
    QRandomGenerator rng(seed);
    t.rows = rows;
    t.csv = "id,station,lat,lon,pm10,measured\n";
    const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const double lat = 37.90 + rng.bounded(1000) / 10000.0;
        const double lon = 23.65 + rng.bounded(1000) / 10000.0;
        const double pm = 5.25 + rng.bounded(4000) / 100.0;
        // One reading per station per minute, in time order (no time-not-monotonic findings), and
        // even 300k rows end well in the past (no future-timestamp findings).
        const QDateTime at = start.addSecs(60LL * (i / 4));
        t.lat << lat;
        t.lon << lon;
        t.pm10 << pm;
        t.west = std::min(t.west, lon);
        t.east = std::max(t.east, lon);
        t.south = std::min(t.south, lat);
        t.north = std::max(t.north, lat);
        if (i == 0)
            t.first = at;
        t.last = at;
        const QByteArray cell = i == badRow ? QByteArray("n/a") : QByteArray::number(pm, 'f', 2);
        t.csv += QByteArray::number(i + 1) + ",ATH-0" + QByteArray::number(i % 4) + ',' + QByteArray::number(lat, 'f', 4) + ','
                 + QByteArray::number(lon, 'f', 4) + ',' + cell + ',' + at.toString(Qt::ISODate).toLatin1() + '\n';
    }
    return t;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

TableSchema airSchema()
{
    auto field = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
    };
    const QJsonObject d{{QStringLiteral("fields"),
                         QJsonArray{field("id", "integer"), field("station", "string"), field("lat", "number"),
                                    field("lon", "number"), field("pm10", "number"), field("measured", "datetime")}}};
    Result<TableSchema> s = TableSchema::fromJson(d);
    return s ? *s : TableSchema();
}

const AssetInfo *assetOf(const DatasetRecord &r, const char *role)
{
    for (const AssetInfo &a : r.assets)
        if (a.role == QLatin1String(role))
            return &a;
    return nullptr;
}

OGRSpatialReferenceH srsOf(int epsg)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

struct Pt
{
    double x, y;
};

// A point layer with a name (string) and a value (real) per point, in `epsg`.
bool makePoints(const char *driver, const QString &path, int epsg, const QList<Pt> &points)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driver), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = srsOf(epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "sites", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    bool ok = layer != nullptr;
    if (ok) {
        OGRFieldDefnH name = OGR_Fld_Create("name", OFTString);
        OGRFieldDefnH value = OGR_Fld_Create("value", OFTReal);
        ok = OGR_L_CreateField(layer, name, TRUE) == OGRERR_NONE && OGR_L_CreateField(layer, value, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(name);
        OGR_Fld_Destroy(value);
    }
    for (int i = 0; ok && i < points.size(); ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, QStringLiteral("site %1").arg(i).toUtf8().constData());
        OGR_F_SetFieldDouble(f, 1, i * 1.5);
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(p, 0, points.at(i).x, points.at(i).y);
        OGR_F_SetGeometryDirectly(f, p);
        ok = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return ok;
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

// The WGS84 box of `points` given in `epsg`, transformed point by point.
Extent wgs84Box(int epsg, const QList<Pt> &points)
{
    OGRSpatialReferenceH src = srsOf(epsg), dst = srsOf(4326);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(src, dst);
    double w = 180, s = 90, e = -180, n = -90;
    for (const Pt &p : points) {
        double x = p.x, y = p.y;
        OCTTransform(ct, 1, &x, &y, nullptr);
        w = std::min(w, x);
        e = std::max(e, x);
        s = std::min(s, y);
        n = std::max(n, y);
    }
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(src);
    OSRDestroySpatialReference(dst);
    return Extent(w, s, e, n);
}

int entriesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size());
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Workspace> m_ws;
    int m_objectsBefore = 0;
    qint64 m_countBefore = 0;

    QString workDir() const { return m_dir->filePath(QStringLiteral("tmp")); }
    QString file(const QString &name) const { return m_dir->filePath(QStringLiteral("in/") + name); }
    int objects()
    {
        Result<QList<ObjectInfo>> l = m_ws->store().list();
        return l ? int(l->size()) : -1;
    }
    qint64 count() { return m_ws->catalog().count(true).valueOr(-1); }

    Result<ImportOutcome> import(const QString &path, std::function<void(ImportRequest &)> adjust = {}, Feedback *feedback = nullptr)
    {
        ImportRequest request;
        request.path = path;
        if (adjust)
            adjust(request);
        ImportJob job(m_ws->catalog(), m_ws->store(), workDir());
        return job.run(request, feedback);
    }

    // Every asset is in the store, verifies, and the source is the input byte for byte.
    void checkAssets(const DatasetRecord &r, const QString &input)
    {
        QCOMPARE(r.assets.size(), 3);
        const AssetInfo *data = assetOf(r, "data");
        const AssetInfo *source = assetOf(r, "source");
        const AssetInfo *report = assetOf(r, "report");
        QVERIFY(data && source && report);
        QCOMPARE(data->sha256, r.sha256);
        QCOMPARE(data->byteSize, r.byteSize);
        for (const AssetInfo *a : {data, source, report}) {
            QVERIFY2(m_ws->store().contains(a->sha256), qPrintable(a->role));
            QVERIFY2(m_ws->store().verify(a->sha256).ok(), qPrintable(a->role));
            QCOMPARE(*m_ws->store().size(a->sha256), a->byteSize);
        }
        const QByteArray original = readFile(input);
        QCOMPARE(source->sha256, sha256Of(original));
        QCOMPARE(source->name, QFileInfo(input).fileName());
        Result<QByteArray> stored = m_ws->store().read(source->sha256);
        QVERIFY(stored.ok());
        QVERIFY(*stored == original);
    }

    QJsonObject reportOf(const DatasetRecord &r)
    {
        const AssetInfo *a = assetOf(r, "report");
        if (!a)
            return {};
        Result<QByteArray> bytes = m_ws->store().read(a->sha256);
        return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    }

    QString copyOut(const QString &sha, const QString &name)
    {
        const QString path = m_dir->filePath(QStringLiteral("out/") + name);
        QFile::remove(path);
        return m_ws->store().copyTo(sha, path) ? path : QString();
    }

private slots:
    void initTestCase() { gdal::ensureRegistered(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("in"))));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
        Result<Workspace> ws = Workspace::open(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        m_ws.emplace(std::move(*ws));
    }

    // The work folder holds nothing after any import, successful or not.
    void cleanup()
    {
        if (m_dir && QFileInfo::exists(workDir()))
            QVERIFY2(entriesIn(workDir()) == 0, qPrintable(QDir(workDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
        m_ws.reset();
        m_dir.reset();
    }

    void csvWithLatLonBecomesPointGeoPackage()
    {
        const AirTable t = airTable(240, 7);
        const QString path = writeFile(file(QStringLiteral("athens-air.csv")), t.csv);
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) {
            r.metadata.city = QStringLiteral("Athens");
            r.metadata.domain = QStringLiteral("air");
        });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        QVERIFY2(out->record.validation != DatasetRecord::Validation::Invalid, qPrintable(QJsonDocument(out->report.toJson()).toJson()));
        QVERIFY(!out->schemaSampled);

        // What the catalog holds, read back rather than trusted from the outcome.
        Result<DatasetRecord> got = m_ws->catalog().get(out->record.id);
        QVERIFY(got.ok());
        const DatasetRecord &r = *got;
        QCOMPARE(r.title, QStringLiteral("athens-air")); // the file name when no title is given
        QCOMPARE(r.city, QStringLiteral("Athens"));
        QCOMPARE(r.domain, QStringLiteral("air"));
        QCOMPARE(r.format, QStringLiteral("CSV"));
        QCOMPARE(r.mediaType, QStringLiteral("application/geopackage+sqlite3"));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        QCOMPARE(r.featureCount, qint64(t.rows));
        QVERIFY(r.bbox.isValid());
        QVERIFY(std::abs(r.bbox.west - t.west) < 1e-7);
        QVERIFY(std::abs(r.bbox.east - t.east) < 1e-7);
        QVERIFY(std::abs(r.bbox.south - t.south) < 1e-7);
        QVERIFY(std::abs(r.bbox.north - t.north) < 1e-7);
        QVERIFY(!r.footprint.isEmpty());
        QCOMPARE(r.timeStart, t.first);
        QVERIFY2(r.timeEnd >= t.last && r.timeEnd < t.last.addSecs(1), qPrintable(r.timeEnd.toString(Qt::ISODateWithMs)));
        QStringList fields;
        for (const FieldInfo &f : r.fields)
            fields << f.name + u':' + f.type;
        QCOMPARE(fields, QStringList({"id:integer", "station:string", "lat:number", "lon:number", "pm10:number", "measured:datetime"}));
        checkAssets(r, path);

        // The report asset is the Frictionless report of this very file.
        const QJsonObject rep = reportOf(r);
        QVERIFY(rep.value(QStringLiteral("valid")).isBool());
        QVERIFY(rep.value(QStringLiteral("errors")).isArray());
        const QJsonObject stats = rep.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("rows")).toInteger(), t.rows);
        QCOMPARE(stats.value(QStringLiteral("fields")).toInt(), 6);
        QCOMPARE(stats.value(QStringLiteral("bytes")).toInteger(), t.csv.size());
        QCOMPARE(stats.value(QStringLiteral("sha256")).toString(), sha256Of(t.csv));
        QCOMPARE(stats.value(QStringLiteral("errors")).toInt(), int(rep.value(QStringLiteral("errors")).toArray().size()));
        QCOMPARE(rep.value(QStringLiteral("valid")).toBool(), rep.value(QStringLiteral("errors")).toArray().isEmpty());
        for (const QJsonValue &e : rep.value(QStringLiteral("errors")).toArray())
            QVERIFY2(ImportJob::isAdvisory(e.toObject().value(QStringLiteral("type")).toString()),
                     qPrintable(e.toObject().value(QStringLiteral("type")).toString()));

        // The GeoPackage itself.
        const QString gpkg = copyOut(r.sha256, QStringLiteral("air.gpkg"));
        QVERIFY(!gpkg.isEmpty());
        GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        auto closeDs = qScopeGuard([&] { GDALClose(ds); });
        QCOMPARE(GDALDatasetGetLayerCount(ds), 1);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), qint64(t.rows));
        QCOMPARE(wkbFlatten(OGR_L_GetGeomType(layer)), wkbPoint);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        auto typeOf = [&](const char *name) {
            const int i = OGR_FD_GetFieldIndex(defn, name);
            return i < 0 ? OGRFieldType(-1) : OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i));
        };
        QCOMPARE(typeOf("id"), OFTInteger64);
        QCOMPARE(typeOf("station"), OFTString);
        QCOMPARE(typeOf("lat"), OFTReal);
        QCOMPARE(typeOf("pm10"), OFTReal);
        QCOMPARE(typeOf("measured"), OFTDateTime);
        // Row 17 (id 17) sits where its lat/lon say, and carries its own values.
        QCOMPARE(OGR_L_SetAttributeFilter(layer, "id = 17"), OGRERR_NONE);
        OGRFeatureH f = OGR_L_GetNextFeature(layer);
        QVERIFY(f);
        auto destroyF = qScopeGuard([&] { OGR_F_Destroy(f); });
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        QVERIFY(g);
        QVERIFY(std::abs(OGR_G_GetX(g, 0) - t.lon.at(16)) < 1e-9);
        QVERIFY(std::abs(OGR_G_GetY(g, 0) - t.lat.at(16)) < 1e-9);
        QVERIFY(std::abs(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(defn, "pm10")) - t.pm10.at(16)) < 1e-9);
        // The spatial index exists as the R*Tree table GeoPackage readers look for.
        const QByteArray rtree = QByteArray("rtree_") + OGR_L_GetName(layer) + '_' + OGR_L_GetGeometryColumn(layer);
        const QByteArray sql = "SELECT count(*) FROM sqlite_master WHERE name = '" + rtree + "'";
        OGRLayerH res = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, nullptr);
        QVERIFY(res);
        OGRFeatureH rf = OGR_L_GetNextFeature(res);
        QVERIFY(rf);
        const int tables = OGR_F_GetFieldAsInteger(rf, 0);
        OGR_F_Destroy(rf);
        GDALDatasetReleaseResultSet(ds, res);
        QVERIFY2(tables == 1, rtree.constData());
        QVERIFY(OGR_L_TestCapability(layer, OLCFastSpatialFilter));
    }

    void geoJson()
    {
        const QList<Pt> pts{{23.70, 37.95}, {23.72, 37.99}, {23.75, 37.97}, {23.69, 38.01}, {23.74, 37.93}};
        const QString path = file(QStringLiteral("sites.geojson"));
        QVERIFY(makePoints("GeoJSON", path, 4326, pts));
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, QStringLiteral("GeoJSON"));
        QCOMPARE(r.featureCount, qint64(pts.size()));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        const Extent want = wgs84Box(4326, pts);
        QVERIFY(std::abs(r.bbox.west - want.west) < 1e-7 && std::abs(r.bbox.north - want.north) < 1e-7);
        QVERIFY(std::abs(r.bbox.east - want.east) < 1e-7 && std::abs(r.bbox.south - want.south) < 1e-7);
        checkAssets(r, path);
        QCOMPARE(assetOf(r, "source")->mediaType, QStringLiteral("application/geo+json"));
        const QString gpkg = copyOut(r.sha256, QStringLiteral("sites.gpkg"));
        GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        const qint64 n = OGR_L_GetFeatureCount(layer, TRUE);
        const OGRwkbGeometryType type = wkbFlatten(OGR_L_GetGeomType(layer));
        GDALClose(ds);
        QCOMPARE(n, qint64(pts.size()));
        QCOMPARE(type, wkbPoint);
    }

    void zippedShapefileInUtm()
    {
        // UTM 34N points (western Greece): the record's box must be in degrees, the data kept in UTM.
        const QList<Pt> pts{{480000, 4200000}, {482500, 4203000}, {478000, 4199000}, {481000, 4205500}};
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("shp"))));
        const QString shp = m_dir->filePath(QStringLiteral("shp/sites.shp"));
        QVERIFY(makePoints("ESRI Shapefile", shp, 32634, pts));
        const QString zip = file(QStringLiteral("sites.zip"));
        QVERIFY(zipFiles(zip, shapefileParts(shp)));
        Result<ImportOutcome> out = import(zip);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, QStringLiteral("Shapefile"));
        QCOMPARE(r.featureCount, qint64(pts.size()));
        QCOMPARE(r.crs, QStringLiteral("EPSG:32634"));
        // The box of the UTM envelope's corners (a projected box is not a box in degrees), which
        // holds every point.
        const Extent want = wgs84Box(32634, {{478000, 4199000}, {482500, 4199000}, {478000, 4205500}, {482500, 4205500}});
        const Extent points = wgs84Box(32634, pts);
        QVERIFY2(std::abs(r.bbox.west - want.west) < 1e-5 && std::abs(r.bbox.east - want.east) < 1e-5
                     && std::abs(r.bbox.south - want.south) < 1e-5 && std::abs(r.bbox.north - want.north) < 1e-5,
                 qPrintable(QStringLiteral("got %1,%2,%3,%4 want %5,%6,%7,%8")
                                .arg(r.bbox.west).arg(r.bbox.south).arg(r.bbox.east).arg(r.bbox.north)
                                .arg(want.west).arg(want.south).arg(want.east).arg(want.north)));
        QVERIFY(r.bbox.west <= points.west && r.bbox.east >= points.east && r.bbox.south <= points.south
                && r.bbox.north >= points.north);
        checkAssets(r, zip);
        QStringList names;
        for (const FieldInfo &f : r.fields)
            names << f.name;
        QCOMPARE(names, QStringList({"name", "value"}));
    }

    void geoTiffBecomesTiledWithOverviews()
    {
        const QString path = file(QStringLiteral("dem.tif"));
        constexpr int W = 600, H = 400;
        const double gt[6] = {500000, 30, 0, 4200000, 0, -30};
        {
            GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), W, H, 1, GDT_Float32, nullptr);
            QVERIFY(ds);
            GDALSetGeoTransform(ds, const_cast<double *>(gt));
            OGRSpatialReferenceH srs = srsOf(32634);
            GDALSetSpatialRef(ds, srs);
            OSRDestroySpatialReference(srs);
            std::vector<float> px(size_t(W) * H);
            for (int y = 0; y < H; ++y)
                for (int x = 0; x < W; ++x)
                    px[size_t(y) * W + x] = float(x * 0.5 + y * 2.0);
            const CPLErr e = GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, W, H, px.data(), W, H, GDT_Float32, 0, 0);
            GDALClose(ds);
            QCOMPARE(e, CE_None);
        }
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.mediaType, QStringLiteral("image/tiff; application=geotiff"));
        QCOMPARE(r.crs, QStringLiteral("EPSG:32634"));
        QCOMPARE(r.featureCount, qint64(W) * H);
        const Extent want = wgs84Box(32634, {{gt[0], gt[3]}, {gt[0] + W * gt[1], gt[3]}, {gt[0], gt[3] + H * gt[5]},
                                             {gt[0] + W * gt[1], gt[3] + H * gt[5]}});
        QVERIFY2(std::abs(r.bbox.west - want.west) < 1e-3 && std::abs(r.bbox.east - want.east) < 1e-3
                     && std::abs(r.bbox.south - want.south) < 1e-3 && std::abs(r.bbox.north - want.north) < 1e-3,
                 qPrintable(QStringLiteral("%1,%2,%3,%4").arg(r.bbox.west).arg(r.bbox.south).arg(r.bbox.east).arg(r.bbox.north)));
        checkAssets(r, path);

        const QString tif = copyOut(r.sha256, QStringLiteral("dem.tif"));
        GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(ds);
        auto closeDs = qScopeGuard([&] { GDALClose(ds); });
        QCOMPARE(GDALGetRasterXSize(ds), W);
        QCOMPARE(GDALGetRasterYSize(ds), H);
        GDALRasterBandH band = GDALGetRasterBand(ds, 1);
        QVERIFY(GDALGetOverviewCount(band) > 0);
        int bx = 0, by = 0;
        GDALGetBlockSize(band, &bx, &by);
        QCOMPARE(bx, 256);
        QCOMPARE(by, 256);
        QCOMPARE(GDALGetRasterDataType(band), GDT_Float32);
        double stored[6] = {};
        QCOMPARE(GDALGetGeoTransform(ds, stored), CE_None);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(stored[i], gt[i]);
        // Pixels survive the conversion (DEFLATE is lossless).
        std::vector<float> row(W);
        QCOMPARE(GDALRasterIO(band, GF_Read, 0, 321, W, 1, row.data(), W, 1, GDT_Float32, 0, 0), CE_None);
        for (int x = 0; x < W; x += 37)
            QCOMPARE(row[size_t(x)], float(x * 0.5 + 321 * 2.0));
    }

    void jsonArrayAndNdjson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("json array") << QStringLiteral("readings.json") << QStringLiteral("JSON");
        QTest::newRow("ndjson") << QStringLiteral("readings.ndjson") << QStringLiteral("NDJSON");
    }
    void jsonArrayAndNdjson()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        const AirTable t = airTable(30, 11);
        QList<QJsonObject> objs;
        for (int i = 0; i < t.rows; ++i)
            objs << QJsonObject{{QStringLiteral("id"), i + 1},
                                {QStringLiteral("lat"), t.lat.at(i)},
                                {QStringLiteral("lon"), t.lon.at(i)},
                                {QStringLiteral("pm10"), t.pm10.at(i)}};
        QByteArray bytes;
        if (format == u"JSON") {
            QJsonArray a;
            for (const QJsonObject &o : objs)
                a.append(o);
            bytes = QJsonDocument(a).toJson();
        } else {
            for (const QJsonObject &o : objs)
                bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        const QString path = writeFile(file(name), bytes);
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QVERIFY2(out->status == ImportOutcome::Status::Imported, qPrintable(QJsonDocument(out->report.toJson()).toJson()));
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, format);
        QCOMPARE(r.featureCount, qint64(t.rows));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        QVERIFY(std::abs(r.bbox.west - t.west) < 1e-7 && std::abs(r.bbox.north - t.north) < 1e-7);
        checkAssets(r, path);
        QStringList fields;
        for (const FieldInfo &f : r.fields)
            fields << f.name + u':' + f.type;
        QCOMPARE(fields, QStringList({"id:integer", "lat:number", "lon:number", "pm10:number"}));
    }

    void duplicateIsDetected()
    {
        const AirTable t = airTable(50, 3);
        const QString path = writeFile(file(QStringLiteral("a.csv")), t.csv);
        Result<ImportOutcome> first = import(path);
        QVERIFY2(first.ok() && first->status == ImportOutcome::Status::Imported, qPrintable(first.error().toString()));
        const int objs = objects();
        const qint64 n = count();

        // The same bytes under another name are still the same data.
        const QString copy = writeFile(file(QStringLiteral("a copy.csv")), t.csv);
        for (const QString &p : {path, copy}) {
            Result<ImportOutcome> again = import(p);
            QVERIFY2(again.ok(), qPrintable(again.error().toString()));
            QCOMPARE(again->status, ImportOutcome::Status::Duplicate);
            QCOMPARE(again->record.id, first->record.id);
            QCOMPARE(count(), n);
            QCOMPARE(objects(), objs);
        }

        Result<ImportOutcome> forced = import(copy, [](ImportRequest &r) { r.allowDuplicate = true; });
        QVERIFY2(forced.ok(), qPrintable(forced.error().toString()));
        QCOMPARE(forced->status, ImportOutcome::Status::Imported);
        QVERIFY(forced->record.id != first->record.id);
        QCOMPARE(count(), n + 1);
        QCOMPARE(assetOf(forced->record, "source")->sha256, assetOf(first->record, "source")->sha256);
        QCOMPARE(*m_ws->catalog().findByAsset(QStringLiteral("source"), sha256Of(t.csv)),
                 QStringList({first->record.id, forced->record.id}));
    }

    void sameTitleIsOffered()
    {
        const QString a = writeFile(file(QStringLiteral("a.csv")), airTable(20, 1).csv);
        const QString b = writeFile(file(QStringLiteral("b.csv")), airTable(20, 2).csv);
        const QString c = writeFile(file(QStringLiteral("c.csv")), airTable(20, 3).csv);
        auto titled = [](const char *t) { return [t](ImportRequest &r) { r.metadata.title = QLatin1String(t); }; };
        Result<ImportOutcome> first = import(a, titled("Athens air"));
        QVERIFY(first.ok() && first->status == ImportOutcome::Status::Imported);
        QVERIFY(first->sameTitleId.isEmpty());
        Result<ImportOutcome> second = import(b, titled("Athens air"));
        QVERIFY(second.ok() && second->status == ImportOutcome::Status::Imported);
        QCOMPARE(second->sameTitleId, first->record.id);
        QCOMPARE(second->record.version, 1); // offered, not done: no version chain without newVersionOf
        Result<ImportOutcome> other = import(c, titled("Sofia air"));
        QVERIFY(other.ok() && other->status == ImportOutcome::Status::Imported);
        QVERIFY(other->sameTitleId.isEmpty());
    }

    void newVersionChains()
    {
        const QString a = writeFile(file(QStringLiteral("v1.csv")), airTable(20, 21).csv);
        const QString b = writeFile(file(QStringLiteral("v2.csv")), airTable(25, 22).csv);
        Result<ImportOutcome> v1 = import(a, [](ImportRequest &r) { r.metadata.title = QStringLiteral("Series"); });
        QVERIFY(v1.ok() && v1->status == ImportOutcome::Status::Imported);
        const QString id1 = v1->record.id;
        Result<ImportOutcome> v2 = import(b, [&](ImportRequest &r) {
            r.metadata.title = QStringLiteral("Series");
            r.newVersionOf = id1;
        });
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        QCOMPARE(v2->status, ImportOutcome::Status::Imported);
        QCOMPARE(v2->record.version, 2);
        QCOMPARE(v2->record.previousVersion, id1);
        QCOMPARE(v2->record.featureCount, 25);
        QCOMPARE(m_ws->catalog().get(id1)->supersededBy, v2->record.id);
        Result<QList<DatasetRecord>> versions = m_ws->catalog().versions(v2->record.id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->first().id, id1);
        QCOMPARE(*m_ws->catalog().latestByTitle(QStringLiteral("Series")), v2->record.id);
        checkAssets(*m_ws->catalog().get(v2->record.id), b);
    }

    void invalidDataIsRefused()
    {
        const AirTable t = airTable(40, 5, /*badRow*/ 9);
        const QString path = writeFile(file(QStringLiteral("bad.csv")), t.csv);
        const qint64 n = count();
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) { r.schema = airSchema(); });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Refused);
        QVERIFY(out->record.id.isEmpty());
        QCOMPARE(count(), n);
        QVERIFY(m_ws->catalog().findByAsset(QStringLiteral("source"), sha256Of(t.csv))->isEmpty());
        QVERIFY(!out->report.valid());
        const auto typeError = std::find_if(out->report.errors.cbegin(), out->report.errors.cend(),
                                            [](const ValidationError &e) { return e.type == u"type-error"; });
        QVERIFY(typeError != out->report.errors.cend());
        QCOMPARE(*typeError->rowNumber, 9 + 2); // header is row 1
        QCOMPARE(typeError->fieldName, QStringLiteral("pm10"));
        QCOMPARE(typeError->cell, QStringLiteral("n/a"));
        QCOMPARE(out->report.rows, t.rows);
        // Nothing but (at most) the hashed original is left in the store, and no record points at it.
        QVERIFY(objects() <= 1);
    }

    void allowInvalidKeepsTheReport()
    {
        const AirTable t = airTable(40, 5, /*badRow*/ 9);
        const QString path = writeFile(file(QStringLiteral("bad.csv")), t.csv);
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) {
            r.schema = airSchema();
            r.allowInvalid = true;
        });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.validation, DatasetRecord::Validation::Invalid);
        QCOMPARE(r.featureCount, qint64(t.rows)); // the bad row is kept, its bad cell null
        checkAssets(r, path);
        const QJsonObject rep = reportOf(r);
        QCOMPARE(rep.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = rep.value(QStringLiteral("errors")).toArray();
        QVERIFY(std::any_of(errors.begin(), errors.end(), [](const QJsonValue &e) {
            const QJsonObject o = e.toObject();
            return o.value(QStringLiteral("type")).toString() == u"type-error" && o.value(QStringLiteral("rowNumber")).toInt() == 11
                && o.value(QStringLiteral("fieldNumber")).toInt() == 5;
        }));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0 bytes") << QStringLiteral("empty.csv") << QByteArray();
        QByteArray garbage;
        QRandomGenerator rng(1234);
        for (int i = 0; i < 20000; ++i)
            garbage += char(rng.bounded(256));
        QTest::newRow("binary garbage csv") << QStringLiteral("garbage.csv") << garbage;
        QTest::newRow("malformed json") << QStringLiteral("broken.json") << QByteArray("[{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": ");
        QTest::newRow("malformed ndjson") << QStringLiteral("broken.ndjson") << QByteArray("{\"a\": 1}\n{\"a\": 2\n{\"a\": 3}\n");
        QTest::newRow("garbage tif") << QStringLiteral("garbage.tif") << garbage;
        QTest::newRow("truncated zipped shapefile") << QStringLiteral("cut.zip") << QByteArray(); // built in the test
        QTest::newRow("garbage geojson") << QStringLiteral("bad.geojson") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feat");
    }
    void hostileInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        if (name == u"cut.zip") {
            const QList<Pt> pts{{23.7, 37.9}, {23.8, 38.0}, {23.9, 38.1}};
            QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("shp"))));
            const QString shp = m_dir->filePath(QStringLiteral("shp/sites.shp"));
            QVERIFY(makePoints("ESRI Shapefile", shp, 4326, pts));
            const QString whole = m_dir->filePath(QStringLiteral("shp/whole.zip"));
            QVERIFY(zipFiles(whole, shapefileParts(shp)));
            bytes = readFile(whole);
            QVERIFY(bytes.size() > 200);
            bytes.truncate(bytes.size() / 2);
        }
        const QString path = writeFile(file(name), bytes);
        QVERIFY(!path.isEmpty());
        const qint64 n = count();
        Result<ImportOutcome> out = import(path);
        if (out.ok()) {
            QVERIFY2(out->status == ImportOutcome::Status::Refused,
                     qPrintable(QStringLiteral("imported as %1").arg(out->record.id)));
            QVERIFY(!out->report.valid());
            QVERIFY(!out->report.errors.first().message.isEmpty());
        } else {
            const Error::Code c = out.error().code;
            QVERIFY2(c == Error::Code::InvalidData || c == Error::Code::Unsupported, qPrintable(out.error().toString()));
            QVERIFY(!out.error().message.isEmpty());
        }
        QCOMPARE(count(), n);
    }

    void cancelledBeforeRun()
    {
        const QString path = writeFile(file(QStringLiteral("big.csv")), airTable(200000, 9).csv);
        Feedback feedback;
        feedback.cancel();
        Result<ImportOutcome> out = import(path, {}, &feedback);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, Error::Code::Cancelled);
        QCOMPARE(count(), 0);
        QCOMPARE(objects(), 0); // cancelled while hashing the original: nothing stored
    }

    void cancelledFromAnotherThread_data()
    {
        QTest::addColumn<double>("at");
        QTest::newRow("while copying") << 5.0;
        QTest::newRow("while inferring") << 20.0;
        QTest::newRow("while converting") << 60.0;
    }
    void cancelledFromAnotherThread()
    {
        QFETCH(double, at);
        const QString path = writeFile(file(QStringLiteral("big.csv")), airTable(200000, 9).csv);
        Feedback feedback;
        std::atomic<bool> done{false};
        std::atomic<double> cancelledAt{-1};
        std::thread watcher([&] {
            while (!done.load()) {
                if (feedback.progress() >= at) {
                    cancelledAt = feedback.progress();
                    feedback.cancel();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        Result<ImportOutcome> out = import(path, {}, &feedback);
        done = true;
        watcher.join();
        QVERIFY2(cancelledAt >= 0, "the import finished before the watcher cancelled it");
        QVERIFY2(!out.ok(), qPrintable(QStringLiteral("not cancelled at %1%").arg(cancelledAt.load())));
        QCOMPARE(out.error().code, Error::Code::Cancelled);
        QCOMPARE(count(), 0);
        QVERIFY(m_ws->catalog().referencedBlobs()->isEmpty());
        // cleanup() checks the work folder is gone.
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "test_importjob.moc"
