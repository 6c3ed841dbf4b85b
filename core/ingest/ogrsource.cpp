#include "ogrsource.h"

#include "../geo/gdalsession.h"
#include "../geo/ogrfieldtype.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

namespace urbis {

namespace {


const QStringList kVectorSuffixes = {QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("geojson"),
                                     QStringLiteral("json"), QStringLiteral("geojsonl"), QStringLiteral("geojsons"),
                                     QStringLiteral("ndjson"), QStringLiteral("jsonl"), QStringLiteral("kml"),
                                     QStringLiteral("kmz"), QStringLiteral("gml"), QStringLiteral("fgb"),
                                     QStringLiteral("gpx"), QStringLiteral("zip")};


QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("INF") : QStringLiteral("-INF");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString isoTime(int hour, int minute, float second)
{
    const double whole = std::floor(second);
    QString text = QStringLiteral("%1:%2:%3").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'))
                       .arg(int(whole), 2, 10, QLatin1Char('0'));
    const int millis = int(std::lround((second - whole) * 1000));
    if (millis > 0 && millis < 1000)
        text += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
    return text;
}

QString dateTimeText(OGRFeatureH f, int i, OGRFieldType type)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &mo, &d, &h, &mi, &s, &tz))
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    const QString date = QStringLiteral("%1-%2-%3").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0'))
                             .arg(d, 2, 10, QLatin1Char('0'));
    if (type == OFTDate)
        return date;
    const QString time = isoTime(h, mi, s);
    if (type == OFTTime)
        return time;
    // OGR TZFlag: 0 unknown, 1 local time, 100 UTC, 100 +/- n quarters of an hour otherwise.
    QString zone;
    if (tz == 100) {
        zone = QStringLiteral("Z");
    } else if (tz > 1) {
        const int minutes = (tz - 100) * 15;
        zone = QStringLiteral("%1%2:%3").arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0')).arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    }
    return date + QLatin1Char('T') + time + zone;
}

QString listText(OGRFeatureH f, int i, OGRFieldType type)
{
    QJsonArray array;
    int n = 0;
    if (type == OFTIntegerList) {
        const int *v = OGR_F_GetFieldAsIntegerList(f, i, &n);
        for (int k = 0; k < n; ++k)
            array.append(v[k]);
    } else if (type == OFTInteger64List) {
        const GIntBig *v = OGR_F_GetFieldAsInteger64List(f, i, &n);
        for (int k = 0; k < n; ++k)
            array.append(qint64(v[k]));
    } else if (type == OFTRealList) {
        const double *v = OGR_F_GetFieldAsDoubleList(f, i, &n);
        for (int k = 0; k < n; ++k)
            array.append(v[k]);
    } else {
        for (char **v = OGR_F_GetFieldAsStringList(f, i); v && *v; ++v)
            array.append(QString::fromUtf8(*v));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString cellText(OGRFeatureH f, int i, OGRFieldType type, OGRFieldSubType sub)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    switch (type) {
    case OFTInteger:
        if (sub == OFSTBoolean)
            return OGR_F_GetFieldAsInteger(f, i) ? QStringLiteral("true") : QStringLiteral("false");
        return QString::number(OGR_F_GetFieldAsInteger(f, i));
    case OFTInteger64:
        return QString::number(qint64(OGR_F_GetFieldAsInteger64(f, i)));
    case OFTReal:
        return number(OGR_F_GetFieldAsDouble(f, i));
    case OFTDate:
    case OFTTime:
    case OFTDateTime:
        return dateTimeText(f, i, type);
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList:
    case OFTStringList:
        return listText(f, i, type);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

QString simpleTypeName(OGRwkbGeometryType type)
{
    switch (OGR_GT_Flatten(type)) {
    case wkbPoint: return QStringLiteral("Point");
    case wkbLineString: return QStringLiteral("LineString");
    case wkbPolygon: return QStringLiteral("Polygon");
    case wkbMultiPoint: return QStringLiteral("MultiPoint");
    case wkbMultiLineString: return QStringLiteral("MultiLineString");
    case wkbMultiPolygon: return QStringLiteral("MultiPolygon");
    case wkbGeometryCollection: return QStringLiteral("GeometryCollection");
    default: return {};
    }
}

QString crsText(OGRSpatialReferenceH layerSrs)
{
    if (!layerSrs)
        return {};
    OGRSpatialReferenceH srs = OSRClone(layerSrs);
    OSRAutoIdentifyEPSG(srs); // fills in the code of a well-known CRS given without authority (.prj)
    QString out;
    const char *auth = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code && qstrcmp(auth, "EPSG") == 0) {
        out = QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code));
    } else {
        int count = 0;
        int *confidence = nullptr;
        OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &count, &confidence);
        if (count > 0 && confidence[0] >= 90) {
            auth = OSRGetAuthorityName(matches[0], nullptr);
            code = OSRGetAuthorityCode(matches[0], nullptr);
            if (auth && code && qstrcmp(auth, "EPSG") == 0)
                out = QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code));
        }
        OSRFreeSRSArray(matches);
        CPLFree(confidence);
    }
    if (out.isEmpty()) {
        char *wkt = nullptr;
        const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
        if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
            out = QString::fromUtf8(wkt);
        CPLFree(wkt);
    }
    OSRDestroySpatialReference(srs);
    return out;
}

} // namespace

struct OgrSource::Impl
{
    QString path;
    bool zipped = false;
    GDALDatasetH dataset = nullptr;
    OGRLayerH layer = nullptr;
    QString driver;
    QString crs; // worked out once: identifying an EPSG code can search the whole PROJ database
    QStringList labels, types;
    QList<OGRFieldType> fieldTypes;
    QList<OGRFieldSubType> fieldSubTypes;
    qint64 count = -1, read = 0, size = -1;
    bool done = false;
    std::optional<Error> error; // sticky

    ~Impl()
    {
        if (dataset) {
            gdal::ErrorCapture quiet;
            GDALClose(dataset);
        }
    }

    Error corrupt(const QString &detail) const
    {
        return Error(Error::Code::InvalidData,
                     OgrSource::tr("The %1 is truncated or corrupt: row %2 cannot be read").arg(formatName()).arg(read + 2),
                     QStringLiteral("source-error: row %1: %2").arg(read + 2).arg(detail));
    }

    QString formatName() const
    {
        if (driver == QLatin1String("ESRI Shapefile"))
            return QStringLiteral("Shapefile");
        if (driver == QLatin1String("LIBKML") || driver == QLatin1String("KML"))
            return QStringLiteral("KML");
        return driver;
    }
};

void OgrSource::registerDrivers()
{
    gdal::ensureRegistered();
}

OgrSource::OgrSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
OgrSource::~OgrSource() = default;

namespace {

// The GDAL path of a zip member to open: the .shp named `layer`, else the first .shp, else the first
// other vector file. `layer` is cleared when it picked the member.
Result<QString> zipMember(const QString &absolute, QString &layer)
{
    const QByteArray root = "/vsizip/" + absolute.toUtf8();
    gdal::ErrorCapture errors;
    CPLErrorReset();
    char **list = VSIReadDirRecursive(root.constData());
    if (!list)
        return Error(Error::Code::InvalidData,
                     OgrSource::tr("The zip archive %1 is truncated or corrupt").arg(QDir::toNativeSeparators(absolute)),
                     QStringLiteral("source-error: %1").arg(errors.errors().join(QStringLiteral("; ")).isEmpty() ? QStringLiteral("cannot list the archive") : errors.errors().join(QStringLiteral("; "))));
    QStringList shapes, others;
    for (char **entry = list; *entry; ++entry) {
        const QString name = QString::fromUtf8(*entry);
        const QString suffix = QFileInfo(name).suffix().toLower();
        if (suffix == QLatin1String("shp"))
            shapes << name;
        else if (suffix != QLatin1String("zip") && kVectorSuffixes.contains(suffix))
            others << name;
    }
    CSLDestroy(list);
    QString member;
    for (const QString &shape : shapes) {
        if (!layer.isEmpty() && QFileInfo(shape).completeBaseName() == layer) {
            member = shape;
            layer.clear();
        }
    }
    if (member.isEmpty() && !shapes.isEmpty() && layer.isEmpty())
        member = shapes.first();
    if (member.isEmpty() && !others.isEmpty())
        member = others.first();
    if (member.isEmpty() && !shapes.isEmpty())
        return Error(Error::Code::NotFound, OgrSource::tr("The zip archive holds no layer %1").arg(layer));
    if (member.isEmpty())
        return Error(Error::Code::Unsupported,
                     OgrSource::tr("The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)")
                         .arg(QDir::toNativeSeparators(absolute)));
    return QString::fromUtf8(root) + QLatin1Char('/') + member;
}

} // namespace

Result<std::unique_ptr<OgrSource>> OgrSource::open(const QString &path, const QString &layerName)
{
    registerDrivers();
    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable())
        return Error(Error::Code::Io, tr("Cannot open %1: the file does not exist or is not readable").arg(QDir::toNativeSeparators(path)));
    auto d = std::make_unique<Impl>();
    d->path = path;
    d->size = info.isFile() ? info.size() : -1;
    const QString suffix = info.suffix().toLower();
    QString layer = layerName;
    QString gdalPath = path;
    if (suffix == QLatin1String("zip")) {
        Result<QString> member = zipMember(info.absoluteFilePath(), layer);
        if (!member)
            return member.error();
        gdalPath = *member;
        d->zipped = true;
    }

    gdal::ErrorCapture errors;
    CPLErrorReset();
    const QByteArray gdalPathBytes = gdalPath.toUtf8();
    // The GML driver would otherwise write a .gfs schema file next to the user's file.
    GDALDriverH identified = GDALIdentifyDriverEx(gdalPathBytes.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    const bool gml = identified && qstrcmp(GDALGetDriverShortName(identified), "GML") == 0;
    const char *const gmlOptions[] = {"WRITE_GFS=NO", nullptr};
    d->dataset = GDALOpenEx(gdalPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                            gml ? gmlOptions : nullptr, nullptr);
    if (!d->dataset) {
        const QString native = QDir::toNativeSeparators(path);
        if (identified || kVectorSuffixes.contains(suffix))
            return Error(Error::Code::InvalidData,
                         tr("%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt").arg(native, suffix),
                         QStringLiteral("source-error: %1").arg(errors.errors().join(QStringLiteral("; "))));
        return Error(Error::Code::Unsupported, tr("%1 is not a vector format GDAL can read").arg(native), errors.errors().join(QStringLiteral("; ")));
    }
    d->driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(d->dataset)));
    if (!layer.isEmpty()) {
        d->layer = GDALDatasetGetLayerByName(d->dataset, layer.toUtf8().constData());
        if (!d->layer)
            return Error(Error::Code::NotFound, tr("%1 has no layer %2").arg(QDir::toNativeSeparators(path), layer));
    } else if (GDALDatasetGetLayerCount(d->dataset) > 0) {
        d->layer = GDALDatasetGetLayer(d->dataset, 0);
    }
    if (!d->layer)
        return Error(Error::Code::Unsupported, tr("%1 holds no vector layer").arg(QDir::toNativeSeparators(path)), errors.errors().join(QStringLiteral("; ")));

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(d->layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        d->labels << QString::fromUtf8(OGR_Fld_GetNameRef(field));
        d->fieldTypes << OGR_Fld_GetType(field);
        d->fieldSubTypes << OGR_Fld_GetSubType(field);
        d->types << gdal::tableSchemaType(d->fieldTypes.last(), d->fieldSubTypes.last());
    }
    d->count = OGR_L_GetFeatureCount(d->layer, FALSE);
    if (errors.hasError())
        return Error(Error::Code::InvalidData, tr("%1 is truncated or corrupt").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("source-error: %1").arg(errors.errors().join(QStringLiteral("; "))));
    d->crs = crsText(OGR_L_GetSpatialRef(d->layer)); // a CRS GDAL cannot identify is not a broken file
    return std::unique_ptr<OgrSource>(new OgrSource(std::move(d)));
}

QString OgrSource::driverName() const
{
    return d->driver;
}

QString OgrSource::layerName() const
{
    return QString::fromUtf8(OGR_L_GetName(d->layer));
}

QStringList OgrSource::layerNames() const
{
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(d->dataset); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(d->dataset, i)));
    return names;
}

qint64 OgrSource::featureCount() const
{
    return d->count;
}

QString OgrSource::format() const
{
    return d->formatName();
}

QString OgrSource::mediaType() const
{
    if (d->zipped)
        return QStringLiteral("application/zip");
    static const QHash<QString, QString> types = {
        {QStringLiteral("GeoJSON"), QStringLiteral("application/geo+json")},
        {QStringLiteral("GeoJSONSeq"), QStringLiteral("application/geo+json-seq")},
        {QStringLiteral("ESRI Shapefile"), QStringLiteral("application/vnd.shp")},
        {QStringLiteral("GPKG"), QStringLiteral("application/geopackage+sqlite3")},
        {QStringLiteral("LIBKML"), QStringLiteral("application/vnd.google-earth.kml+xml")},
        {QStringLiteral("KML"), QStringLiteral("application/vnd.google-earth.kml+xml")},
        {QStringLiteral("GML"), QStringLiteral("application/gml+xml")},
        {QStringLiteral("FlatGeobuf"), QStringLiteral("application/vnd.flatgeobuf")},
        {QStringLiteral("GPX"), QStringLiteral("application/gpx+xml")},
    };
    return types.value(d->driver, QStringLiteral("application/octet-stream"));
}

QStringList OgrSource::labels() const
{
    return d->labels;
}

QStringList OgrSource::declaredTypes() const
{
    return d->types;
}

bool OgrSource::hasGeometry() const
{
    return OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(d->layer)) > 0;
}

QString OgrSource::crs() const
{
    return d->crs;
}

QString OgrSource::geometryType() const
{
    return simpleTypeName(OGR_L_GetGeomType(d->layer));
}

Result<bool> OgrSource::next(SourceRow &row)
{
    if (d->error)
        return *d->error;
    if (d->done)
        return false;
    gdal::ErrorCapture errors;
    CPLErrorReset();
    std::unique_ptr<void, void (*)(OGRFeatureH)> feature(OGR_L_GetNextFeature(d->layer), OGR_F_Destroy);
    // A failure while reading is a broken file: stop, rather than return fewer rows than it holds.
    if (errors.hasError() || CPLGetLastErrorType() >= CE_Failure) {
        const QString detail = errors.errors().join(QStringLiteral("; ")).isEmpty() ? QString::fromUtf8(CPLGetLastErrorMsg()) : errors.errors().join(QStringLiteral("; "));
        d->error = d->corrupt(detail);
        return *d->error;
    }
    if (!feature) {
        d->done = true;
        return false;
    }
    OGRFeatureH f = feature.get();
    ++d->read;
    row.number = d->read + 1;
    row.cells.resize(d->labels.size());
    for (int i = 0; i < d->labels.size(); ++i)
        row.cells[i] = cellText(f, i, d->fieldTypes.at(i), d->fieldSubTypes.at(i));
    row.wkb.clear();
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f); g && !OGR_G_IsEmpty(g)) {
        row.wkb.resize(qsizetype(OGR_G_WkbSizeEx(g)));
        if (OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(row.wkb.data())) != OGRERR_NONE) {
            d->error = d->corrupt(QStringLiteral("geometry cannot be exported as WKB"));
            return *d->error;
        }
    }
    return true;
}

Result<void> OgrSource::rewind()
{
    gdal::ErrorCapture errors;
    CPLErrorReset();
    OGR_L_ResetReading(d->layer);
    d->read = 0;
    d->done = false;
    d->error.reset();
    return {};
}

qint64 OgrSource::bytesRead() const
{
    if (d->size < 0)
        return 0;
    if (d->done)
        return d->size;
    if (d->count <= 0)
        return 0;
    return qint64(double(d->size) * double(qMin(d->read, d->count)) / double(d->count));
}

qint64 OgrSource::size() const
{
    return d->size;
}

} // namespace urbis
