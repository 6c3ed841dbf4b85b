#include "vectorreader.h"

#include "gdalsession.h"
#include "ogrgeometryparts.h"
#include "webmercator.h"

#include <QCoreApplication>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>

namespace urbis {

struct VectorReader::Private
{
    QString path;
    GDALDatasetH dataset = nullptr;
    OGRLayerH layer = nullptr;
    // Source CRS -> WGS84 lon/lat; null when the source already is WGS84 lon/lat (or has no CRS).
    OGRCoordinateTransformationH toWgs84 = nullptr;
    OGRCoordinateTransformationH fromWgs84 = nullptr;
    QStringList fields;

    ~Private()
    {
        if (toWgs84)
            OCTDestroyCoordinateTransformation(toWgs84);
        if (fromWgs84)
            OCTDestroyCoordinateTransformation(fromWgs84);
        if (dataset)
            GDALClose(dataset);
    }
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("urbis::VectorReader", text);
}

QVariant fieldValue(OGRFeatureH f, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i))) {
    case OFTInteger:
        return OGR_F_GetFieldAsInteger(f, i);
    case OFTInteger64:
        return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(f, i);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

} // namespace

VectorReader::VectorReader(std::unique_ptr<Private> dd) : d(std::move(dd)) {}
VectorReader::VectorReader(VectorReader &&) noexcept = default;
VectorReader &VectorReader::operator=(VectorReader &&) noexcept = default;
VectorReader::~VectorReader() = default;

Result<VectorReader> VectorReader::open(const QString &path, const QString &layerName)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    auto p = std::make_unique<Private>();
    p->path = path;
    p->dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                            nullptr, nullptr, nullptr);
    if (!p->dataset)
        return Error(Error::Code::NotFound, tr("Cannot open %1 as a vector source").arg(path), capture.lastError());
    p->layer = layerName.isEmpty() ? GDALDatasetGetLayer(p->dataset, 0)
                                   : GDALDatasetGetLayerByName(p->dataset, layerName.toUtf8().constData());
    if (!p->layer)
        return Error(Error::Code::NotFound, tr("%1 has no layer %2").arg(path, layerName), capture.lastError());

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(p->layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        p->fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));

    if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(p->layer)) {
        OGRSpatialReferenceH src = OSRClone(layerSrs);
        OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr);
        OSRSetWellKnownGeogCS(wgs, "WGS84");
        OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
        // Both directions with lon/lat axis order; none when the layer already is WGS84 lon/lat.
        const bool same = OSRIsSame(src, wgs);
        if (!same) {
            p->toWgs84 = OCTNewCoordinateTransformation(src, wgs);
            p->fromWgs84 = OCTNewCoordinateTransformation(wgs, src);
        }
        OSRDestroySpatialReference(src);
        OSRDestroySpatialReference(wgs);
        if (!same && (!p->toWgs84 || !p->fromWgs84))
            return Error(Error::Code::Unsupported, tr("Cannot transform %1 to WGS84").arg(path), capture.lastError());
    }
    return VectorReader(std::move(p));
}

QString VectorReader::path() const
{
    return d->path;
}

QString VectorReader::layerName() const
{
    return QString::fromUtf8(OGR_L_GetName(d->layer));
}

QStringList VectorReader::fieldNames() const
{
    return d->fields;
}

int VectorReader::fieldIndex(const QString &name) const
{
    return d->fields.indexOf(name);
}

Extent VectorReader::extent() const
{
    OGREnvelope env;
    if (OGR_L_GetExtent(d->layer, &env, TRUE) != OGRERR_NONE)
        return {};
    if (d->toWgs84) {
        double w = 0, s = 0, e = 0, n = 0;
        if (!OCTTransformBounds(d->toWgs84, env.MinX, env.MinY, env.MaxX, env.MaxY, &w, &s, &e, &n, 21))
            return {};
        return Extent(w, s, e, n);
    }
    return Extent(env.MinX, env.MinY, env.MaxX, env.MaxY);
}

Result<void> VectorReader::read(const QRectF &metersRect, const QList<int> &fieldIndexes, const Sink &sink,
                                const std::atomic<bool> *cancel)
{
    gdal::ErrorCapture capture;
    // The view in lon/lat, then in the source CRS: the spatial filter works in the layer's CRS.
    const QPointF sw = webmercator::metersToLonLat(metersRect.bottomLeft());
    const QPointF ne = webmercator::metersToLonLat(metersRect.topRight());
    double w = std::max(-180.0, std::min(sw.x(), ne.x())), e = std::min(180.0, std::max(sw.x(), ne.x()));
    double s = std::min(sw.y(), ne.y()), n = std::max(sw.y(), ne.y());
    // At the edge of the mercator square the view reaches the poles.
    if (n >= webmercator::kMaxLatitude - 1e-9)
        n = 90;
    if (s <= -webmercator::kMaxLatitude + 1e-9)
        s = -90;
    if (w >= e || s >= n)
        return {};
    if (d->fromWgs84) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (OCTTransformBounds(d->fromWgs84, w, s, e, n, &x0, &y0, &x1, &y1, 21))
            OGR_L_SetSpatialFilterRect(d->layer, x0, y0, x1, y1);
        else
            OGR_L_SetSpatialFilter(d->layer, nullptr); // view outside the CRS's area: filter on our side
    } else {
        OGR_L_SetSpatialFilterRect(d->layer, w, s, e, n);
    }
    OGR_L_ResetReading(d->layer);

    const int fieldCount = int(d->fields.size());
    MercatorFeature feature;
    while (OGRFeatureH f = OGR_L_GetNextFeature(d->layer)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            OGR_F_Destroy(f);
            break;
        }
        feature = MercatorFeature();
        feature.fid = OGR_F_GetFID(f);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (g && d->toWgs84 && OGR_G_Transform(g, d->toWgs84) != OGRERR_NONE)
            g = nullptr; // outside the CRS's valid area: nothing sensible to draw
        if (g)
            ogrparts::appendLonLatGeometry(g, feature);
        for (int i : fieldIndexes)
            feature.values.append(i >= 0 && i < fieldCount ? fieldValue(f, i) : QVariant());
        OGR_F_Destroy(f);
        if (!feature.isEmpty() && !sink(feature))
            break;
    }
    OGR_L_SetSpatialFilter(d->layer, nullptr);
    if (capture.hasError())
        return Error(Error::Code::Io, tr("Reading %1 failed").arg(d->path), capture.lastError());
    return {};
}

} // namespace urbis
