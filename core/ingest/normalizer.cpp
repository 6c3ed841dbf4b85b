#include "normalizer.h"

#include "../geo/gdalsession.h"

#include <QFile>

#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>

namespace urbis {

namespace {

bool isNumeric(const TableField &f)
{
    return f.type == u"number" || f.type == u"integer";
}

int fieldNamed(const TableSchema &schema, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        for (int i = 0; i < schema.fields.size(); ++i)
            if (isNumeric(schema.fields.at(i)) && schema.fields.at(i).name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

int progressCallback(double complete, const char *, void *data)
{
    auto *feedback = static_cast<Feedback *>(data);
    if (!feedback)
        return TRUE;
    feedback->setProgress(complete * 100.0);
    return feedback->isCancelled() ? FALSE : TRUE;
}

} // namespace

int Normalizer::latitudeField(const TableSchema &schema)
{
    const int named = fieldNamed(schema, {"lat", "latitude", "lat_deg", "y_lat"});
    // A bare "y" is only a latitude beside an "x".
    return named >= 0 ? named : (fieldNamed(schema, {"x"}) >= 0 ? fieldNamed(schema, {"y"}) : -1);
}

int Normalizer::longitudeField(const TableSchema &schema)
{
    const int named = fieldNamed(schema, {"lon", "lng", "long", "longitude", "lon_deg", "x_lon"});
    return named >= 0 ? named : (fieldNamed(schema, {"y"}) >= 0 ? fieldNamed(schema, {"x"}) : -1);
}

GpkgLayout Normalizer::layoutFor(const TableSchema &schema, const RecordSource &source)
{
    GpkgLayout l;
    l.fields = schema.fields;
    if (source.hasGeometry()) {
        l.geometry = GpkgLayout::Geometry::Source;
        l.crs = source.crs().isEmpty() ? schema.crs : source.crs();
        l.geometryType = source.geometryType();
        return l;
    }
    l.crs = schema.crs.isEmpty() ? QStringLiteral("EPSG:4326") : schema.crs;
    for (int i = 0; i < schema.fields.size(); ++i) {
        if (schema.fields.at(i).type == u"geopoint") {
            l.geometry = GpkgLayout::Geometry::GeoPoint;
            l.pointField = i;
            l.geometryType = QStringLiteral("Point");
            return l;
        }
    }
    l.latField = latitudeField(schema);
    l.lonField = longitudeField(schema);
    if (l.latField >= 0 && l.lonField >= 0) {
        l.geometry = GpkgLayout::Geometry::LatLon;
        l.geometryType = QStringLiteral("Point");
        return l;
    }
    for (int i = 0; i < schema.fields.size(); ++i) {
        const TableField &f = schema.fields.at(i);
        const QString n = f.name.toLower();
        if (f.type == u"string" && (n == u"wkt" || n == u"geometry" || n == u"geom" || n == u"the_geom")) {
            l.geometry = GpkgLayout::Geometry::Wkt;
            l.wktField = i;
            return l;
        }
    }
    l.crs.clear();
    return l;
}

Result<void> Normalizer::normalizeRaster(const QString &source, const QString &target, Feedback *feedback)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!src)
        return Error(Error::Code::InvalidData, tr("GDAL cannot read %1 as a raster").arg(source), capture.lastError());
    char **args = nullptr;
    for (const char *a : {"-of", "GTiff", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE", "-co", "BIGTIFF=IF_SAFER"})
        args = CSLAddString(args, a);
    GDALTranslateOptions *options = GDALTranslateOptionsNew(args, nullptr);
    CSLDestroy(args);
    GDALTranslateOptionsSetProgress(options, progressCallback, feedback);
    int usageError = FALSE;
    GDALDatasetH out = GDALTranslate(target.toUtf8().constData(), src, options, &usageError);
    GDALTranslateOptionsFree(options);
    GDALClose(src);
    if (!out) {
        QFile::remove(target);
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        return Error(Error::Code::InvalidData, tr("Cannot convert %1 to GeoTIFF").arg(source), capture.lastError());
    }
    // Overviews down to a tile or so: a whole-city view then reads a few KB, not the full raster.
    QList<int> levels;
    for (int f = 2; GDALGetRasterXSize(out) / f >= 256 || GDALGetRasterYSize(out) / f >= 256; f *= 2)
        levels << f;
    CPLErr err = CE_None;
    if (!levels.isEmpty())
        err = GDALBuildOverviews(out, "AVERAGE", int(levels.size()), levels.data(), 0, nullptr, progressCallback, feedback);
    GDALClose(out);
    if (err != CE_None || capture.hasError()) {
        QFile::remove(target);
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        return Error(Error::Code::Io, tr("Cannot build the overviews of %1").arg(target), capture.lastError());
    }
    return {};
}

} // namespace urbis
