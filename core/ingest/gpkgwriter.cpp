#include "gpkgwriter.h"

#include "../geo/gdalsession.h"
#include "../util/database.h"
#include "../util/transaction.h"
#include "rtreebulkload.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QTime>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace urbis {

namespace {

enum class Column { Integer, Real, Boolean, Date, Time, DateTime, Text, Json, YearMonth };

Column columnOf(const QString &type)
{
    if (type == u"integer" || type == u"year")
        return Column::Integer;
    if (type == u"number")
        return Column::Real;
    if (type == u"boolean")
        return Column::Boolean;
    if (type == u"date")
        return Column::Date;
    if (type == u"time")
        return Column::Time;
    if (type == u"datetime")
        return Column::DateTime;
    if (type == u"yearmonth")
        return Column::YearMonth;
    if (type == u"geojson" || type == u"object" || type == u"array")
        return Column::Json;
    return Column::Text;
}

OGRwkbGeometryType geometryTypeOf(const GpkgLayout &l)
{
    if (l.geometry == GpkgLayout::Geometry::LatLon || l.geometry == GpkgLayout::Geometry::GeoPoint)
        return wkbPoint;
    static const QHash<QString, OGRwkbGeometryType> names{
        {QStringLiteral("Point"), wkbPoint},           {QStringLiteral("LineString"), wkbLineString},
        {QStringLiteral("Polygon"), wkbPolygon},       {QStringLiteral("MultiPoint"), wkbMultiPoint},
        {QStringLiteral("MultiLineString"), wkbMultiLineString}, {QStringLiteral("MultiPolygon"), wkbMultiPolygon},
        {QStringLiteral("GeometryCollection"), wkbGeometryCollection}};
    return names.value(l.geometryType, wkbUnknown);
}

/** A column name that avoids the FID and geometry columns GDAL adds. */
QString uniqueName(const QString &wanted, const QStringList &taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = wanted + QLatin1Char('_') + QString::number(n);
    return name;
}

QString sqlLiteral(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString sqlIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The envelope budget (GpkgLayout::bulkIndexLimit): 40 bytes an envelope, and a growing vector
// briefly holds 1.5 times its size, so 2M geometries peak at ~120 MB; with GDAL's 64 MB page cache
// a 1 GB import stays under its 300 MB budget (measured 214 MB; 4M and a 128 MB cache gave 362 MB).

} // namespace

struct GpkgWriter::Impl
{
    QString path;
    GpkgLayout layout;
    GDALDatasetH ds = nullptr;
    OGRLayerH layer = nullptr;
    OGRFeatureH feature = nullptr;
    QString geomColumn;
    QString fidColumn;
    QList<Column> columns;
    qint64 rows = 0;
    bool finished = false;
    // The spatial index: created empty in create(), its triggers dropped so GDAL's inserts do not
    // update it row by row (~10 µs a row), filled in finish() from the envelopes collected here.
    QString rtreeName;
    QList<std::pair<QString, QString>> rtreeTriggers; ///< name, CREATE TRIGGER statement
    std::vector<RTreeBulkLoad::Entry> envelopes;
    qint64 geometries = 0;
    bool bulkIndex = true; ///< false once more than layout.bulkIndexLimit geometries were written
    double minX = std::numeric_limits<double>::max(), minY = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest(), maxY = std::numeric_limits<double>::lowest();

    /** SQL through GDAL's connection (GDAL passes GeoPackage SQL through and adds its ST_ functions). */
    Result<void> execGdal(const QString &sql)
    {
        gdal::ErrorCapture capture;
        OGRLayerH r = GDALDatasetExecuteSQL(ds, sql.toUtf8().constData(), nullptr, nullptr);
        if (r)
            GDALDatasetReleaseResultSet(ds, r);
        if (capture.hasError())
            return Error(Error::Code::Io, GpkgWriter::tr("Cannot prepare the spatial index"), capture.lastError());
        return {};
    }

    /** Creates the empty R*Tree with GDAL (instant on an empty table), keeps and drops its triggers. */
    Result<void> prepareSpatialIndex()
    {
        rtreeName = QStringLiteral("rtree_%1_%2").arg(layout.layerName, geomColumn);
        if (Result<void> r = execGdal(QStringLiteral("SELECT CreateSpatialIndex(%1, %2)")
                                          .arg(sqlLiteral(layout.layerName), sqlLiteral(geomColumn)));
            !r)
            return r;
        gdal::ErrorCapture capture;
        const QString prefix = rtreeName + QLatin1Char('_');
        // substr, not LIKE: '_' in the layer name would be a wildcard.
        const QString list = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, %1) = %2")
                                 .arg(prefix.size())
                                 .arg(sqlLiteral(prefix));
        OGRLayerH r = GDALDatasetExecuteSQL(ds, list.toUtf8().constData(), nullptr, nullptr);
        if (!r)
            return Error(Error::Code::Io, GpkgWriter::tr("Cannot prepare the spatial index"), capture.lastError());
        while (OGRFeatureH f = OGR_L_GetNextFeature(r)) {
            rtreeTriggers.append({QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)), QString::fromUtf8(OGR_F_GetFieldAsString(f, 1))});
            OGR_F_Destroy(f);
        }
        GDALDatasetReleaseResultSet(ds, r);
        // Without triggers the index would not be ours to fill: GDAL would be keeping it some other way.
        if (rtreeTriggers.isEmpty())
            return Error(Error::Code::Unsupported, GpkgWriter::tr("GDAL created the spatial index %1 without triggers").arg(rtreeName));
        for (const auto &[name, sql] : std::as_const(rtreeTriggers))
            if (Result<void> dropped = execGdal(QStringLiteral("DROP TRIGGER %1").arg(sqlIdentifier(name))); !dropped)
                return dropped;
        return {};
    }

    /** Remembers the envelope of the row just written (fid from GDAL) for the bulk load. */
    void collectEnvelope()
    {
        OGRGeometryH g = OGR_F_GetGeometryRef(feature);
        if (!g || OGR_G_IsEmpty(g))
            return; // the triggers index only non-empty geometries either
        ++geometries;
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        // A NaN box matches no query in SQLite's R*Tree; leaving it out keeps the sort well defined.
        if (std::isnan(e.MinX) || std::isnan(e.MaxX) || std::isnan(e.MinY) || std::isnan(e.MaxY))
            return;
        minX = std::min(minX, e.MinX);
        maxX = std::max(maxX, e.MaxX);
        minY = std::min(minY, e.MinY);
        maxY = std::max(maxY, e.MaxY);
        if (!bulkIndex)
            return;
        if (geometries > layout.bulkIndexLimit) {
            bulkIndex = false;
            std::vector<RTreeBulkLoad::Entry>().swap(envelopes);
            return;
        }
        envelopes.push_back({OGR_F_GetFID(feature), e.MinX, e.MaxX, e.MinY, e.MaxY});
    }

    /** The large-file path: the triggers back, then one INSERT ... SELECT that SQLite runs row by row. */
    Result<void> fillIndexWithGdal()
    {
        gdal::ErrorCapture capture;
        if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE)
            return Error(Error::Code::Io, GpkgWriter::tr("Cannot build the spatial index"), capture.lastError());
        for (const auto &[name, sql] : std::as_const(rtreeTriggers))
            if (Result<void> r = execGdal(sql); !r)
                return r;
        const QString g = sqlIdentifier(geomColumn);
        QString fill = QStringLiteral("INSERT INTO %1 SELECT %2, ST_MinX(%3), ST_MaxX(%3), ST_MinY(%3), ST_MaxY(%3) "
                                      "FROM %4 WHERE %3 NOT NULL AND NOT ST_IsEmpty(%3)")
                           .arg(sqlIdentifier(rtreeName), sqlIdentifier(fidColumn), g, sqlIdentifier(layout.layerName));
        // In file order a large tree outgrows the page cache and nearly every insert reads pages
        // from disk; in the order of a 1024 x 1024 grid over the extent, consecutive inserts land in
        // the same few nodes. SQLite sorts with bounded memory (temp files).
        if (maxX > minX && maxY > minY) {
            fill += QStringLiteral(" ORDER BY CAST((ST_MinY(%1) - %2) * %3 AS INTEGER) * 1024 + CAST((ST_MinX(%1) - %4) * %5 AS INTEGER)")
                        .arg(g)
                        .arg(minY, 0, 'g', 17)
                        .arg(1023.0 / (maxY - minY), 0, 'g', 17)
                        .arg(minX, 0, 'g', 17)
                        .arg(1023.0 / (maxX - minX), 0, 'g', 17);
        }
        if (Result<void> r = execGdal(fill); !r)
            return r;
        if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
            return Error(Error::Code::Io, GpkgWriter::tr("Cannot build the spatial index"), capture.lastError());
        return {};
    }

    /** The usual path, after GDAL closed the file: the packed tree and the triggers in one transaction. */
    Result<void> bulkLoadIndex()
    {
        Result<Database> db = Database::open(path);
        if (!db)
            return db.error();
        // A work file that is deleted on failure (see create()); a cache that holds the whole tree
        // keeps SQLite from spilling pages before the commit writes them anyway.
        if (Result<void> r = db->exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")); !r)
            return r;
        Transaction t(*db);
        if (!t.begun())
            return t.begun().error();
        if (Result<void> r = RTreeBulkLoad::load(*db, rtreeName, std::move(envelopes)); !r)
            return r;
        envelopes = {};
        for (const auto &[name, sql] : std::as_const(rtreeTriggers))
            if (Result<void> r = db->exec(sql); !r)
                return r;
        return t.commit();
    }

    ~Impl()
    {
        if (feature)
            OGR_F_Destroy(feature);
        if (ds) {
            gdal::ErrorCapture quiet;
            if (!finished)
                GDALDatasetRollbackTransaction(ds);
            GDALClose(ds);
        }
        if (!finished && !path.isEmpty()) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
        // The settings of create() are this thread's; later GDAL work on a pooled thread must not inherit them.
        for (const char *key : {"OGR_SQLITE_SYNCHRONOUS", "OGR_SQLITE_JOURNAL", "OGR_SQLITE_CACHE"})
            CPLSetThreadLocalConfigOption(key, nullptr);
    }

    Result<void> setGeometry(const QList<QVariant> &values, const QByteArray &wkb)
    {
        OGRGeometryH g = nullptr;
        switch (layout.geometry) {
        case GpkgLayout::Geometry::None:
            return {};
        case GpkgLayout::Geometry::LatLon: {
            const QVariant lat = values.value(layout.latField), lon = values.value(layout.lonField);
            if (lat.isValid() && lon.isValid()) {
                g = OGR_G_CreateGeometry(wkbPoint);
                OGR_G_SetPoint_2D(g, 0, lon.toDouble(), lat.toDouble());
            }
            break;
        }
        case GpkgLayout::Geometry::GeoPoint: {
            const QVariant p = values.value(layout.pointField);
            if (p.isValid()) {
                const QPointF pt = p.toPointF();
                g = OGR_G_CreateGeometry(wkbPoint);
                OGR_G_SetPoint_2D(g, 0, pt.x(), pt.y());
            }
            break;
        }
        case GpkgLayout::Geometry::Wkt: {
            const QVariant w = values.value(layout.wktField);
            if (w.isValid()) {
                QByteArray text = w.toString().toUtf8();
                char *cursor = text.data();
                if (OGR_G_CreateFromWkt(&cursor, nullptr, &g) != OGRERR_NONE)
                    g = nullptr;
            }
            break;
        }
        case GpkgLayout::Geometry::Source:
            if (!wkb.isEmpty() &&
                OGR_G_CreateFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g, int(wkb.size())) != OGRERR_NONE)
                g = nullptr;
            break;
        }
        OGR_F_SetGeometryDirectly(feature, g); // null clears the previous row's geometry
        return {};
    }

    void setField(int i, Column c, const QVariant &v)
    {
        if (!v.isValid()) {
            OGR_F_SetFieldNull(feature, i);
            return;
        }
        switch (c) {
        case Column::Integer:
            OGR_F_SetFieldInteger64(feature, i, v.toLongLong());
            break;
        case Column::Real:
            OGR_F_SetFieldDouble(feature, i, v.toDouble());
            break;
        case Column::Boolean:
            OGR_F_SetFieldInteger(feature, i, v.toBool() ? 1 : 0);
            break;
        case Column::Date: {
            const QDate d = v.toDate();
            OGR_F_SetFieldDateTimeEx(feature, i, d.year(), d.month(), d.day(), 0, 0, 0.f, 0);
            break;
        }
        case Column::Time: {
            const QTime t = v.toTime();
            OGR_F_SetFieldDateTimeEx(feature, i, 0, 0, 0, t.hour(), t.minute(), float(t.second()) + float(t.msec()) / 1000.f, 0);
            break;
        }
        case Column::DateTime: {
            // Casts give UTC datetimes; GDAL's flag 100 means UTC.
            const QDateTime dt = v.toDateTime().toUTC();
            const QDate d = dt.date();
            const QTime t = dt.time();
            OGR_F_SetFieldDateTimeEx(feature, i, d.year(), d.month(), d.day(), t.hour(), t.minute(),
                                     float(t.second()) + float(t.msec()) / 1000.f, 100);
            break;
        }
        case Column::YearMonth:
            OGR_F_SetFieldString(feature, i, v.toDate().toString(QStringLiteral("yyyy-MM")).toUtf8().constData());
            break;
        case Column::Json: {
            const QJsonDocument doc = v.typeId() == QMetaType::QJsonArray ? QJsonDocument(v.toJsonArray())
                                                                          : QJsonDocument(v.toJsonObject());
            OGR_F_SetFieldString(feature, i, doc.toJson(QJsonDocument::Compact).constData());
            break;
        }
        case Column::Text:
            if (v.typeId() == QMetaType::QPointF) {
                const QPointF p = v.toPointF();
                OGR_F_SetFieldString(feature, i, QStringLiteral("%1,%2").arg(p.y(), 0, 'g', 17).arg(p.x(), 0, 'g', 17).toUtf8().constData());
            } else {
                OGR_F_SetFieldString(feature, i, v.toString().toUtf8().constData());
            }
            break;
        }
    }
};

GpkgWriter::GpkgWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
GpkgWriter::GpkgWriter(GpkgWriter &&) noexcept = default;
GpkgWriter &GpkgWriter::operator=(GpkgWriter &&) noexcept = default;
GpkgWriter::~GpkgWriter() = default;

qint64 GpkgWriter::rowsWritten() const
{
    return d->rows;
}

Result<GpkgWriter> GpkgWriter::create(const QString &path, const GpkgLayout &layout)
{
    if (QFile::exists(path))
        return Error(Error::Code::InvalidArgument, tr("The GeoPackage %1 exists already").arg(path));
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    auto impl = std::make_unique<Impl>();
    impl->layout = layout;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver)
        return Error(Error::Code::Unsupported, tr("This GDAL has no GeoPackage driver"));
    // The work file is hashed and copied into the store afterwards; per-commit syncs buy nothing here.
    CPLSetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
    // A work file that is deleted on failure needs no rollback journal. A 64 MB page cache instead
    // of SQLite's 2 MB cuts the whole import of 200k rows from 7.0 s to ~4 s (before the bulk-loaded
    // index) and leaves room in the 300 MB budget for the envelopes (GpkgLayout::bulkIndexLimit).
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", "OFF");
    CPLSetThreadLocalConfigOption("OGR_SQLITE_CACHE", "64");
    impl->ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!impl->ds)
        return Error(Error::Code::Io, tr("Cannot create the GeoPackage %1").arg(path), capture.lastError());
    impl->path = path;

    OGRSpatialReferenceH srs = nullptr;
    if (layout.hasGeometry()) {
        const QString crs = layout.crs.isEmpty() ? QStringLiteral("EPSG:4326") : layout.crs;
        srs = OSRNewSpatialReference(nullptr);
        if (OSRSetFromUserInput(srs, crs.toUtf8().constData()) != OGRERR_NONE) {
            OSRDestroySpatialReference(srs);
            return Error(Error::Code::InvalidArgument, tr("Unknown coordinate reference system \"%1\"").arg(crs), capture.lastError());
        }
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    QStringList taken;
    for (const TableField &f : layout.fields)
        taken << f.name;
    const QString fid = uniqueName(QStringLiteral("fid"), taken);
    impl->fidColumn = fid;
    impl->geomColumn = uniqueName(QStringLiteral("geom"), taken);
    char **options = nullptr;
    options = CSLSetNameValue(options, "FID", fid.toUtf8().constData());
    options = CSLSetNameValue(options, "GEOMETRY_NAME", impl->geomColumn.toUtf8().constData());
    options = CSLSetNameValue(options, "SPATIAL_INDEX", "NO");
    impl->layer = GDALDatasetCreateLayer(impl->ds, layout.layerName.toUtf8().constData(), srs,
                                         layout.hasGeometry() ? geometryTypeOf(layout) : wkbNone, options);
    CSLDestroy(options);
    if (srs)
        OSRDestroySpatialReference(srs);
    if (!impl->layer)
        return Error(Error::Code::Io, tr("Cannot create the layer %1").arg(layout.layerName), capture.lastError());

    for (const TableField &f : layout.fields) {
        const Column c = columnOf(f.type);
        OGRFieldType t = OFTString;
        OGRFieldSubType sub = OFSTNone;
        switch (c) {
        case Column::Integer: t = OFTInteger64; break;
        case Column::Real: t = OFTReal; break;
        case Column::Boolean: t = OFTInteger; sub = OFSTBoolean; break;
        case Column::Date: t = OFTDate; break;
        case Column::Time: t = OFTTime; break;
        case Column::DateTime: t = OFTDateTime; break;
        case Column::Json: sub = OFSTJSON; break;
        case Column::Text:
        case Column::YearMonth: break;
        }
        OGRFieldDefnH def = OGR_Fld_Create(f.name.toUtf8().constData(), t);
        OGR_Fld_SetSubType(def, sub);
        const OGRErr err = OGR_L_CreateField(impl->layer, def, TRUE);
        OGR_Fld_Destroy(def);
        if (err != OGRERR_NONE)
            return Error(Error::Code::Io, tr("Cannot create the column \"%1\"").arg(f.name), capture.lastError());
        impl->columns << c;
    }
    if (layout.hasGeometry())
        if (Result<void> r = impl->prepareSpatialIndex(); !r)
            return r.error();
    if (GDALDatasetStartTransaction(impl->ds, FALSE) != OGRERR_NONE)
        return Error(Error::Code::Io, tr("Cannot start writing the GeoPackage"), capture.lastError());
    impl->feature = OGR_F_Create(OGR_L_GetLayerDefn(impl->layer));
    return GpkgWriter(std::move(impl));
}

Result<void> GpkgWriter::write(const QList<QVariant> &values, const QByteArray &wkb)
{
    gdal::ErrorCapture capture;
    OGR_F_SetFID(d->feature, OGRNullFID);
    for (int i = 0; i < d->columns.size(); ++i)
        d->setField(i, d->columns.at(i), i < values.size() ? values.at(i) : QVariant());
    if (Result<void> g = d->setGeometry(values, wkb); !g)
        return g;
    if (OGR_L_CreateFeature(d->layer, d->feature) != OGRERR_NONE)
        return Error(Error::Code::Io, tr("Cannot write row %1 to the GeoPackage").arg(d->rows + 1), capture.lastError());
    ++d->rows;
    if (d->layout.hasGeometry())
        d->collectEnvelope();
    return {};
}

Result<void> GpkgWriter::finish(Feedback *feedback)
{
    gdal::ErrorCapture capture;
    if (GDALDatasetCommitTransaction(d->ds) != OGRERR_NONE)
        return Error(Error::Code::Io, tr("Cannot save the GeoPackage"), capture.lastError());
    if (d->layout.hasGeometry()) {
        if (feedback)
            feedback->setStatus(tr("Building the spatial index"));
        if (!d->bulkIndex)
            if (Result<void> r = d->fillIndexWithGdal(); !r)
                return r;
    }
    OGR_F_Destroy(d->feature);
    d->feature = nullptr;
    // GDALClose writes the extent into gpkg_contents; its failure means an incomplete file.
    GDALClose(d->ds);
    d->ds = nullptr;
    if (capture.hasError())
        return Error(Error::Code::Io, tr("Cannot close the GeoPackage"), capture.lastError());
    // Our own connection: GDAL 3.6 has no bulk loader for the R*Tree (3.7 added one).
    if (d->layout.hasGeometry() && d->bulkIndex)
        if (Result<void> r = d->bulkLoadIndex(); !r)
            return r;
    d->finished = true;
    return {};
}

} // namespace urbis
