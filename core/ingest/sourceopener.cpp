#include "sourceopener.h"

#include "../geo/gdalsession.h"
#include "csvsource.h"
#include "jsonsource.h"
#include "ogrsource.h"
#include "xmlsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>

namespace urbis {

namespace {

constexpr qint64 kSniffBytes = 4 << 10;

QByteArray head(const QString &path, qint64 bytes = kSniffBytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

bool mentionsFeature(const QByteArray &sample)
{
    static const QRegularExpression feature(QStringLiteral("\"type\"\\s*:\\s*\"Feature(Collection)?\""));
    return feature.match(QString::fromUtf8(sample)).hasMatch();
}

// GML and KML are XML that OGR reads as features; anything else is a table of records.
bool isGeographicXml(const QByteArray &sample)
{
    QXmlStreamReader xml(sample);
    if (!xml.readNextStartElement())
        return false;
    const QString ns = xml.namespaceUri().toString();
    const QString name = xml.name().toString();
    return ns.contains(QLatin1String("opengis.net/gml")) || ns.contains(QLatin1String("opengis.net/kml"))
        || ns.contains(QLatin1String("opengis.net/wfs")) || name.compare(QLatin1String("kml"), Qt::CaseInsensitive) == 0
        || xml.prefix() == QLatin1String("gml");
}

bool zipHoldsVector(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("geojson"),
                                         QStringLiteral("kml"), QStringLiteral("gml"), QStringLiteral("fgb")};
    gdal::ensureRegistered();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    char **list = VSIReadDirRecursive(("/vsizip/" + QFileInfo(path).absoluteFilePath().toUtf8()).constData());
    CPLPopErrorHandler();
    bool found = false;
    for (char **entry = list; entry && *entry && !found; ++entry)
        found = suffixes.contains(QFileInfo(QString::fromUtf8(*entry)).suffix().toLower());
    CSLDestroy(list);
    return found;
}

SourceKind askGdal(const QString &path)
{
    gdal::ensureRegistered();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDriverH driver = GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER, nullptr, nullptr);
    CPLPopErrorHandler();
    if (!driver)
        return SourceKind::Unknown;
    if (GDALGetMetadataItem(driver, GDAL_DCAP_VECTOR, nullptr))
        return SourceKind::Vector;
    return GDALGetMetadataItem(driver, GDAL_DCAP_RASTER, nullptr) ? SourceKind::Raster : SourceKind::Unknown;
}

// Random bytes named .csv would decode as Windows-1252 without complaint: NUL bytes give them away
// (UTF-16 text has NULs too, but the dialect sniff recognises it first).
Result<void> checkText(const QString &path)
{
    const QByteArray sample = head(path);
    const CsvDialect::Encoding e = CsvDialect::sniff(sample).encoding;
    if (e == CsvDialect::Encoding::Utf16LE || e == CsvDialect::Encoding::Utf16BE)
        return {};
    if (const qsizetype at = sample.indexOf('\0'); at >= 0)
        return Error(Error::Code::InvalidData,
                     SourceOpener::tr("%1 is not a text file: it holds binary data").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("encoding-error: row 1: binary data (NUL byte at byte %1)").arg(at));
    return {};
}

template <typename T>
Result<std::unique_ptr<RecordSource>> upcast(Result<std::unique_ptr<T>> r)
{
    if (!r)
        return r.error();
    return std::unique_ptr<RecordSource>(std::move(*r));
}

} // namespace

SourceKind SourceOpener::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList tables = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("tab")};
    static const QStringList vectors = {QStringLiteral("geojson"), QStringLiteral("geojsonl"), QStringLiteral("geojsons"),
                                        QStringLiteral("gml"), QStringLiteral("kml"), QStringLiteral("kmz"),
                                        QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("fgb"), QStringLiteral("gpx")};
    static const QStringList rasters = {QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("png"), QStringLiteral("jpg"),
                                        QStringLiteral("jpeg"), QStringLiteral("jp2"), QStringLiteral("asc"), QStringLiteral("vrt")};
    if (tables.contains(suffix))
        return SourceKind::Table;
    if (vectors.contains(suffix))
        return SourceKind::Vector;
    if (rasters.contains(suffix))
        return SourceKind::Raster;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        return mentionsFeature(head(path)) ? SourceKind::Vector : SourceKind::Table;
    if (suffix == QLatin1String("xml"))
        return isGeographicXml(head(path, 64 << 10)) ? SourceKind::Vector : SourceKind::Table;
    if (suffix == QLatin1String("zip"))
        return zipHoldsVector(path) ? SourceKind::Vector : SourceKind::Unknown;
    return askGdal(path);
}

Result<std::unique_ptr<RecordSource>> SourceOpener::open(const QString &path, const Options &options)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::Io, tr("%1 does not exist").arg(native));
    if (info.isDir())
        return Error(Error::Code::Io, tr("%1 is a folder, not a file").arg(native));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot open %1: %2").arg(native, probe.errorString()), probe.errorString());
    probe.close();
    if (info.size() == 0)
        return Error(Error::Code::InvalidData, tr("The file is empty: %1").arg(native), QStringLiteral("source-error: empty file"));

    const QString suffix = info.suffix().toLower();
    switch (kindOf(path)) {
    case SourceKind::Table:
        if (Result<void> text = checkText(path); !text)
            return text.error();
        if (suffix == QLatin1String("json"))
            return upcast(JsonSource::open(path));
        if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
            return upcast(JsonSource::open(path, JsonSource::Layout::Lines));
        if (suffix == QLatin1String("xml"))
            return upcast(XmlSource::open(path));
        return upcast(CsvSource::open(path, options.dialect, options.header));
    case SourceKind::Vector:
        return upcast(OgrSource::open(path, options.layer));
    case SourceKind::Raster:
        return Error(Error::Code::Unsupported,
                     tr("%1 is a raster image, not a table or vector layer").arg(native),
                     QStringLiteral("raster: use RasterProbe"));
    case SourceKind::Unknown:
        break;
    }
    // A .zip without vector data, or a name that says nothing: OGR gets the last word.
    Result<std::unique_ptr<OgrSource>> ogr = OgrSource::open(path, options.layer);
    if (ogr || ogr.error().code != Error::Code::Unsupported || suffix == QLatin1String("zip"))
        return upcast(std::move(ogr));
    return Error(Error::Code::Unsupported, tr("The format of %1 is not recognised").arg(native), ogr.error().detail);
}

} // namespace urbis
