#include "metadataextractor.h"

#include "../geo/gdalsession.h"
#include "../geo/wkb.h"
#include "../util/isotime.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

namespace urbis {

namespace {

/** The envelope in WGS84: corners and edge midpoints, since a projected box is not a box in degrees. */
std::optional<Extent> toWgs84(const OGREnvelope &env, OGRSpatialReferenceH srs)
{
    if (!srs)
        return Extent(env.MinX, env.MinY, env.MaxX, env.MaxY);
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs, 4326);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH src = OSRClone(srs);
    OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(src, wgs);
    std::optional<Extent> out;
    if (ct) {
        const double mx = (env.MinX + env.MaxX) / 2, my = (env.MinY + env.MaxY) / 2;
        double xs[] = {env.MinX, env.MaxX, env.MinX, env.MaxX, mx, mx, env.MinX, env.MaxX};
        double ys[] = {env.MinY, env.MinY, env.MaxY, env.MaxY, env.MinY, env.MaxY, my, my};
        int ok[8] = {};
        if (OCTTransformEx(ct, 8, xs, ys, nullptr, ok)) {
            double w = 180, s = 90, e = -180, n = -90;
            bool any = false;
            for (int i = 0; i < 8; ++i) {
                if (!ok[i] || !std::isfinite(xs[i]) || !std::isfinite(ys[i]))
                    continue;
                any = true;
                w = std::min(w, xs[i]);
                e = std::max(e, xs[i]);
                s = std::min(s, ys[i]);
                n = std::max(n, ys[i]);
            }
            if (any)
                out = Extent(std::max(w, -180.0), std::max(s, -90.0), std::min(e, 180.0), std::min(n, 90.0));
        }
        OCTDestroyCoordinateTransformation(ct);
    }
    OSRDestroySpatialReference(src);
    OSRDestroySpatialReference(wgs);
    return out;
}

QString crsName(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    const char *auth = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

QString timeFieldOf(const TableSchema &schema, const QString &wanted)
{
    if (!wanted.isEmpty())
        return wanted;
    for (const char *type : {"datetime", "date", "year"})
        for (const TableField &f : schema.fields)
            if (f.type == QLatin1String(type))
                return f.name;
    return {};
}

} // namespace

QList<FieldInfo> MetadataExtractor::fieldsOf(const TableSchema &schema)
{
    QList<FieldInfo> out;
    for (const TableField &f : schema.fields)
        out << FieldInfo{f.name, f.type, f.unit, f.description};
    return out;
}

Result<void> MetadataExtractor::fromGeoPackage(const QString &path, const QString &layerName, const TableSchema &schema,
                                               const QString &timeField, DatasetRecord &record)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return Error(Error::Code::Io, tr("Cannot open the GeoPackage %1").arg(path), capture.lastError());
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer) {
        GDALClose(ds);
        return Error(Error::Code::NotFound, tr("The GeoPackage has no layer %1").arg(layerName));
    }
    record.featureCount = OGR_L_GetFeatureCount(layer, TRUE);
    record.fields = fieldsOf(schema);
    if (OGR_L_GetGeomType(layer) != wkbNone) {
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
        record.crs = crsName(srs);
        OGREnvelope env;
        if (record.featureCount > 0 && OGR_L_GetExtent(layer, &env, TRUE) == OGRERR_NONE) {
            if (std::optional<Extent> box = toWgs84(env, srs)) {
                record.bbox = *box;
                record.footprint = wkb::polygonFromExtent(*box);
            }
        }
    }
    const QString tf = timeFieldOf(schema, timeField);
    if (!tf.isEmpty() && record.featureCount > 0) {
        // Quoted identifiers; the names come from our own schema, and doubled quotes keep them inert.
        auto quoted = [](QString s) { return QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'); };
        const QByteArray sql = QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2 WHERE %1 IS NOT NULL")
                                   .arg(quoted(tf), quoted(layerName)).toUtf8();
        if (OGRLayerH r = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, "SQLITE")) {
            if (OGRFeatureH f = OGR_L_GetNextFeature(r)) {
                const QString lo = QString::fromUtf8(OGR_F_GetFieldAsString(f, 0));
                const QString hi = QString::fromUtf8(OGR_F_GetFieldAsString(f, 1));
                // GeoPackage stores "2023-01-01T00:00:00.000Z"; isotime reads it (and bare years).
                if (Result<QDateTime> a = isotime::parse(lo.trimmed(), isotime::Bound::Start))
                    record.timeStart = *a;
                if (Result<QDateTime> b = isotime::parse(hi.trimmed(), isotime::Bound::End))
                    record.timeEnd = *b;
                OGR_F_Destroy(f);
            }
            GDALDatasetReleaseResultSet(ds, r);
        }
    }
    GDALClose(ds);
    return {};
}

void MetadataExtractor::fromRaster(const RasterInfo &info, DatasetRecord &record)
{
    record.crs = info.crs;
    if (info.bbox) {
        record.bbox = *info.bbox;
        record.footprint = wkb::polygonFromExtent(*info.bbox);
    }
    record.featureCount = qint64(info.width) * info.height;
    for (int b = 0; b < info.bands; ++b)
        record.fields << FieldInfo{QStringLiteral("band%1").arg(b + 1), info.bandTypes.value(b).toLower(), QString(), QString()};
    if (info.takenAt.isValid()) {
        record.timeStart = info.takenAt;
        record.timeEnd = info.takenAt;
    }
}

} // namespace urbis
