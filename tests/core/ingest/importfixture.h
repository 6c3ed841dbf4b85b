#pragma once

// Shared by the ImportJob tests: a Workspace in a temporary folder, generated inputs, and checks of
// what was really stored (blobs copied back out and opened with GDAL).
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

namespace importtest {

using namespace urbis;

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


/** Per-test workspace and helpers; the test classes call setUp() / tearDown() from init() / cleanup(). */
class ImportFixture
{
protected:
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
    void setUp()
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
    void tearDown()
    {
        if (m_dir && QFileInfo::exists(workDir()))
            QVERIFY2(entriesIn(workDir()) == 0, qPrintable(QDir(workDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
        m_ws.reset();
        m_dir.reset();
    }
};

} // namespace importtest
