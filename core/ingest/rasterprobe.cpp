#include "rasterprobe.h"

#include "../geo/gdalsession.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <memory>

namespace urbis {

namespace {


using SrsPtr = std::unique_ptr<void, void (*)(OGRSpatialReferenceH)>;

QString srsText(OGRSpatialReferenceH srs)
{
    SrsPtr copy(OSRClone(srs), OSRDestroySpatialReference);
    OSRAutoIdentifyEPSG(copy.get());
    const char *auth = OSRGetAuthorityName(copy.get(), nullptr);
    const char *code = OSRGetAuthorityCode(copy.get(), nullptr);
    if (auth && code && qstrcmp(auth, "EPSG") == 0)
        return QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code));
    char *wkt = nullptr;
    const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
    QString out;
    if (OSRExportToWktEx(copy.get(), &wkt, options) == OGRERR_NONE && wkt)
        out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

// The WGS84 box of the raster: corners and edge midpoints through the CRS transform (a reprojected
// edge bows, so corners alone can miss the extreme).
std::optional<Extent> wgs84Extent(GDALDatasetH ds, OGRSpatialReferenceH srs)
{
    double gt[6];
    if (!srs || GDALGetGeoTransform(ds, gt) != CE_None)
        return {};
    const double w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    double xs[8], ys[8];
    const double px[8] = {0, w / 2, w, w, w, w / 2, 0, 0};
    const double py[8] = {0, 0, 0, h / 2, h, h, h, h / 2};
    for (int i = 0; i < 8; ++i) {
        xs[i] = gt[0] + px[i] * gt[1] + py[i] * gt[2];
        ys[i] = gt[3] + px[i] * gt[4] + py[i] * gt[5];
    }
    SrsPtr source(OSRClone(srs), OSRDestroySpatialReference);
    SrsPtr wgs84(OSRNewSpatialReference(nullptr), OSRDestroySpatialReference);
    OSRImportFromEPSG(wgs84.get(), 4326);
    OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<void, void (*)(OGRCoordinateTransformationH)> transform(
        OCTNewCoordinateTransformation(source.get(), wgs84.get()), OCTDestroyCoordinateTransformation);
    int ok[8] = {};
    if (!transform || !OCTTransformEx(transform.get(), 8, xs, ys, nullptr, ok))
        return {};
    std::optional<Extent> box;
    for (int i = 0; i < 8; ++i) {
        if (!ok[i])
            continue;
        const double lon = std::clamp(xs[i], -180.0, 180.0), lat = std::clamp(ys[i], -90.0, 90.0);
        if (box)
            box->expand(Extent(lon, lat, lon, lat));
        else
            box = Extent(lon, lat, lon, lat);
    }
    return box;
}

// "(37) (58) (30.5)" with a reference N/S/E/W: degrees, minutes, seconds as EXIF rationals.
std::optional<double> exifDegrees(const char *value, const char *ref)
{
    if (!value)
        return {};
    static const QRegularExpression part(QStringLiteral("\\(\\s*([-+0-9.eE]+)\\s*\\)"));
    double parts[3] = {0, 0, 0};
    int n = 0;
    for (auto it = part.globalMatch(QString::fromLatin1(value)); it.hasNext() && n < 3; ++n) {
        bool ok = false;
        parts[n] = it.next().captured(1).toDouble(&ok);
        if (!ok)
            return {};
    }
    if (n == 0)
        return {};
    double degrees = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    if (ref && (ref[0] == 'S' || ref[0] == 'W'))
        degrees = -degrees;
    return degrees;
}

QDateTime exifTime(const char *value, const char *offset)
{
    if (!value)
        return {};
    QDateTime t = QDateTime::fromString(QString::fromLatin1(value).trimmed(), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!t.isValid())
        return {};
    // EXIF 2.31 OffsetTimeOriginal ("+02:00"); without it the local time is taken as UTC.
    int seconds = 0;
    if (offset) {
        const QString o = QString::fromLatin1(offset).trimmed();
        if (o.size() == 6 && (o[0] == QLatin1Char('+') || o[0] == QLatin1Char('-')))
            seconds = (o.mid(1, 2).toInt() * 60 + o.mid(4, 2).toInt()) * 60 * (o[0] == QLatin1Char('-') ? -1 : 1);
    }
    return QDateTime(t.date(), t.time(), Qt::OffsetFromUTC, seconds).toUTC();
}

QString mediaTypeOf(const QString &driver)
{
    if (driver == QLatin1String("GTiff") || driver == QLatin1String("COG"))
        return QStringLiteral("image/tiff; application=geotiff");
    if (driver == QLatin1String("PNG"))
        return QStringLiteral("image/png");
    if (driver == QLatin1String("JPEG"))
        return QStringLiteral("image/jpeg");
    if (driver == QLatin1String("JP2OpenJPEG"))
        return QStringLiteral("image/jp2");
    return QStringLiteral("application/octet-stream");
}

} // namespace

Result<RasterInfo> RasterProbe::probe(const QString &path)
{
    gdal::ensureRegistered();
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        return Error(Error::Code::Io, tr("Cannot open %1: the file does not exist or is not readable").arg(native));
    gdal::ErrorCapture errors;
    CPLErrorReset();
    const QByteArray p = path.toUtf8();
    std::unique_ptr<void, void (*)(GDALDatasetH)> ds(
        GDALOpenEx(p.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr),
        [](GDALDatasetH h) { GDALClose(h); });
    if (!ds) {
        if (GDALIdentifyDriverEx(p.constData(), GDAL_OF_RASTER, nullptr, nullptr))
            return Error(Error::Code::InvalidData, tr("%1 is a raster GDAL knows but cannot read (truncated or corrupt?)").arg(native),
                         errors.errors().join(QStringLiteral("; ")));
        return Error(Error::Code::Unsupported, tr("%1 is not a raster format GDAL can read").arg(native), errors.errors().join(QStringLiteral("; ")));
    }
    RasterInfo info;
    info.format = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get())));
    info.mediaType = mediaTypeOf(info.format);
    info.width = GDALGetRasterXSize(ds.get());
    info.height = GDALGetRasterYSize(ds.get());
    info.bands = GDALGetRasterCount(ds.get());
    for (int b = 1; b <= info.bands; ++b)
        info.bandTypes << QString::fromUtf8(GDALGetDataTypeName(GDALGetRasterDataType(GDALGetRasterBand(ds.get(), b))));
    if (info.bands > 0) {
        int has = 0;
        const double value = GDALGetRasterNoDataValue(GDALGetRasterBand(ds.get(), 1), &has);
        if (has)
            info.noData = value;
    }
    if (OGRSpatialReferenceH srs = GDALGetSpatialRef(ds.get())) {
        info.crs = srsText(srs);
        info.bbox = wgs84Extent(ds.get(), srs);
    }
    const auto item = [&](const char *key) { return GDALGetMetadataItem(ds.get(), key, nullptr); };
    info.gpsLatitude = exifDegrees(item("EXIF_GPSLatitude"), item("EXIF_GPSLatitudeRef"));
    info.gpsLongitude = exifDegrees(item("EXIF_GPSLongitude"), item("EXIF_GPSLongitudeRef"));
    if (!(info.gpsLatitude && *info.gpsLatitude >= -90 && *info.gpsLatitude <= 90 && info.gpsLongitude
          && *info.gpsLongitude >= -180 && *info.gpsLongitude <= 180)) {
        info.gpsLatitude.reset();
        info.gpsLongitude.reset();
    } else if (!info.bbox) {
        info.bbox = Extent(*info.gpsLongitude, *info.gpsLatitude, *info.gpsLongitude, *info.gpsLatitude);
    }
    info.takenAt = exifTime(item("EXIF_DateTimeOriginal"), item("EXIF_OffsetTimeOriginal"));
    return info;
}

} // namespace urbis
