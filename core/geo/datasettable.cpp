#include "datasettable.h"

#include "gdalsession.h"
#include "ogrfieldtype.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

namespace urbis {

namespace {

// A preview cell, not an export: a district polygon of thousands of vertices would make the row
// unreadable and slow to draw.
constexpr int kMaxWktChars = 200;


QVariant cellOf(OGRFeatureH f, int i, OGRFieldType type)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(f, i);
    default:
        // Dates come back as "2023/01/01 00:00:00+00"; ISO reads better next to the catalog's times.
        QString s = QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
        if (type == OFTDate || type == OFTDateTime)
            s.replace(QLatin1Char('/'), QLatin1Char('-'));
        return s;
    }
}

QString wktOf(OGRGeometryH g)
{
    if (!g)
        return {};
    char *wkt = nullptr;
    if (OGR_G_ExportToWkt(g, &wkt) != OGRERR_NONE || !wkt)
        return {};
    QString text = QString::fromUtf8(wkt);
    CPLFree(wkt);
    if (text.size() > kMaxWktChars)
        text = text.left(kMaxWktChars) + QChar(0x2026);
    return text;
}

} // namespace

struct DatasetTable::Private
{
    GDALDatasetH dataset = nullptr;
    OGRLayerH layer = nullptr;
    QList<Column> columns;
    QList<OGRFieldType> types;
    bool hasGeometry = false;
    qint64 rowCount = -1;
    bool atEnd = false;

    ~Private()
    {
        if (dataset)
            GDALClose(dataset);
    }
};

DatasetTable::DatasetTable(std::unique_ptr<Private> p) : d(std::move(p)) {}
DatasetTable::DatasetTable(DatasetTable &&) noexcept = default;
DatasetTable &DatasetTable::operator=(DatasetTable &&) noexcept = default;
DatasetTable::~DatasetTable() = default;

Result<DatasetTable> DatasetTable::open(const QString &path)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture errors; // also swallows "non conformant file extension" for suffix-less blobs
    const char *const drivers[] = {"GPKG", nullptr};
    auto p = std::make_unique<Private>();
    p->dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    if (!p->dataset)
        return Error(Error::Code::Io, tr("Cannot open the stored data as a GeoPackage"), errors.lastError());
    if (GDALDatasetGetLayerCount(p->dataset) < 1)
        return Error(Error::Code::InvalidData, tr("The stored GeoPackage holds no table"));
    p->layer = GDALDatasetGetLayer(p->dataset, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(p->layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        p->types << OGR_Fld_GetType(f);
        p->columns << Column{QString::fromUtf8(OGR_Fld_GetNameRef(f)), gdal::tableSchemaType(OGR_Fld_GetType(f), OGR_Fld_GetSubType(f))};
    }
    p->hasGeometry = OGR_FD_GetGeomFieldCount(defn) > 0;
    if (p->hasGeometry) {
        QString name = QString::fromUtf8(OGR_L_GetGeometryColumn(p->layer));
        p->columns << Column{name.isEmpty() ? QStringLiteral("geometry") : name, QStringLiteral("geometry")};
    }
    // FALSE: only when GeoPackage knows it (gpkg_ogr_contents); never a full scan here.
    const GIntBig n = OGR_L_GetFeatureCount(p->layer, FALSE);
    p->rowCount = n >= 0 ? qint64(n) : -1;
    OGR_L_ResetReading(p->layer);
    return DatasetTable(std::move(p));
}

const QList<DatasetTable::Column> &DatasetTable::columns() const
{
    return d->columns;
}

qint64 DatasetTable::rowCount() const
{
    return d->rowCount;
}

bool DatasetTable::atEnd() const
{
    return d->atEnd;
}

Result<QList<DatasetTable::Row>> DatasetTable::readRows(int max, Feedback *feedback)
{
    QList<Row> rows;
    if (d->atEnd || max <= 0)
        return rows;
    gdal::ErrorCapture errors;
    rows.reserve(max);
    const int attributes = int(d->types.size());
    while (rows.size() < max) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Reading cancelled"));
        OGRFeatureH f = OGR_L_GetNextFeature(d->layer);
        if (!f) {
            if (errors.hasError())
                return Error(Error::Code::Io, tr("Cannot read the stored data"), errors.lastError());
            d->atEnd = true;
            break;
        }
        Row row;
        row.reserve(d->columns.size());
        for (int i = 0; i < attributes; ++i)
            row << cellOf(f, i, d->types.at(i));
        if (d->hasGeometry) {
            const QString wkt = wktOf(OGR_F_GetGeometryRef(f));
            row << (wkt.isEmpty() ? QVariant() : QVariant(wkt));
        }
        OGR_F_Destroy(f);
        rows << std::move(row);
    }
    return rows;
}

} // namespace urbis
