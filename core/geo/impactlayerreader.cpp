#include "impactlayerreader.h"

#include "gdalsession.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <memory>

namespace urbis {

namespace {

struct SrsDeleter
{
    void operator()(void *s) const { OSRDestroySpatialReference(OGRSpatialReferenceH(s)); }
};
using Srs = std::unique_ptr<void, SrsDeleter>;

struct TransformDeleter
{
    void operator()(void *t) const { OCTDestroyCoordinateTransformation(OGRCoordinateTransformationH(t)); }
};
using Transform = std::unique_ptr<void, TransformDeleter>;

struct DatasetDeleter
{
    void operator()(void *d) const { GDALClose(GDALDatasetH(d)); }
};

struct GeometryDeleter
{
    void operator()(void *g) const { OGR_G_DestroyGeometry(OGRGeometryH(g)); }
};
using Geometry = std::unique_ptr<void, GeometryDeleter>;

Srs srsFromUserInput(const QString &crs)
{
    Srs srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(OGRSpatialReferenceH(srs.get()), crs.toUtf8().constData()) != OGRERR_NONE)
        return {};
    OSRSetAxisMappingStrategy(OGRSpatialReferenceH(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

QVariant fieldValue(OGRFeatureH f, int i)
{
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
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

QPolygonF points(OGRGeometryH g, bool dropClosing)
{
    QPolygonF out;
    const int n = OGR_G_GetPointCount(g);
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << QPointF(OGR_G_GetX(g, i), OGR_G_GetY(g, i));
    if (dropClosing && out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

/** Flattens a linear geometry into the feature's lines or rings; the kind is the first part's. */
void collect(OGRGeometryH g, ImpactFeature &f, bool &kindSet)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    auto setKind = [&](ImpactFeature::Kind k) {
        if (!kindSet)
            f.kind = k;
        kindSet = true;
    };
    switch (type) {
    case wkbPoint:
        setKind(ImpactFeature::Kind::Point);
        break;
    case wkbLineString:
    case wkbLinearRing:
        setKind(ImpactFeature::Kind::Line);
        f.lines << points(g, false);
        break;
    case wkbPolygon:
    case wkbTriangle:
        setKind(ImpactFeature::Kind::Polygon);
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
            f.rings << points(OGR_G_GetGeometryRef(g, i), true);
            f.holes << (i > 0);
        }
        break;
    default:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collect(OGR_G_GetGeometryRef(g, i), f, kindSet);
        break;
    }
}

} // namespace

Result<ImpactMeasure::Crs> ImpactLayerReader::describeCrs(const QString &crs)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    if (crs.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The hazard grid has no CRS"));
    const Srs srs = srsFromUserInput(crs);
    if (!srs)
        return Error(Error::Code::InvalidArgument, tr("Unknown CRS \"%1\"").arg(crs.left(80)),
                     capture.lastError());
    const auto h = OGRSpatialReferenceH(srs.get());
    if (OSRIsGeocentric(h))
        return Error(Error::Code::Unsupported, tr("A geocentric CRS cannot hold a hazard grid"));
    ImpactMeasure::Crs out;
    out.geographic = OSRIsGeographic(h);
    out.unit = out.geographic ? OSRGetAngularUnits(h, nullptr) : OSRGetLinearUnits(h, nullptr);
    OGRErr err = OGRERR_NONE;
    const double a = OSRGetSemiMajor(h, &err);
    if (err == OGRERR_NONE && a > 0) {
        out.semiMajor = a;
        out.inverseFlattening = OSRGetInvFlattening(h, &err);
    }
    return out;
}

Result<void> ImpactLayerReader::read(const ImpactLayer &spec, const ImpactGridRef &grid,
                                     const QStringList &fields, const Sink &sink, Feedback *feedback,
                                     double progressFrom, double progressTo, qint64 *skipped)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    std::unique_ptr<void, DatasetDeleter> dataset(GDALOpenEx(
        spec.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        return Error(Error::Code::NotFound, tr("Cannot open %1 as a vector source").arg(spec.path),
                     capture.lastError());
    const auto ds = GDALDatasetH(dataset.get());
    OGRLayerH layer = spec.layerName.isEmpty()
                          ? GDALDatasetGetLayer(ds, 0)
                          : GDALDatasetGetLayerByName(ds, spec.layerName.toUtf8().constData());
    if (!layer)
        return Error(Error::Code::NotFound, tr("%1 has no layer %2").arg(spec.path, spec.layerName));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QList<int> indexes;
    for (const QString &name : fields) {
        const int i = OGR_FD_GetFieldIndex(defn, name.toUtf8().constData());
        if (i < 0)
            return Error(Error::Code::NotFound,
                         tr("Layer %1 of %2 has no field %3")
                             .arg(QString::fromUtf8(OGR_L_GetName(layer)), spec.path, name));
        indexes << i;
    }

    const Srs target = srsFromUserInput(grid.crs);
    if (!target)
        return Error(Error::Code::InvalidArgument, tr("Unknown CRS \"%1\"").arg(grid.crs.left(80)),
                     capture.lastError());
    Transform toGrid, toLayer;
    if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer)) {
        Srs source(OSRClone(layerSrs));
        OSRSetAxisMappingStrategy(OGRSpatialReferenceH(source.get()), OAMS_TRADITIONAL_GIS_ORDER);
        if (!OSRIsSame(OGRSpatialReferenceH(source.get()), OGRSpatialReferenceH(target.get()))) {
            toGrid.reset(OCTNewCoordinateTransformation(OGRSpatialReferenceH(source.get()),
                                                        OGRSpatialReferenceH(target.get())));
            toLayer.reset(OCTNewCoordinateTransformation(OGRSpatialReferenceH(target.get()),
                                                         OGRSpatialReferenceH(source.get())));
            if (!toGrid)
                return Error(Error::Code::Unsupported,
                             tr("Cannot transform %1 to the hazard grid's CRS").arg(spec.path),
                             capture.lastError());
        }
    }

    // Only features meeting the grid (plus a cell of margin) are read.
    const auto &gt = grid.geoTransform;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto &[c, r] : {std::pair{-1.0, -1.0},
                               {grid.width + 1.0, -1.0},
                               {-1.0, grid.height + 1.0},
                               {grid.width + 1.0, grid.height + 1.0}}) {
        const double x = gt[0] + c * gt[1] + r * gt[2], y = gt[3] + c * gt[4] + r * gt[5];
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
    double fx0 = x0, fy0 = y0, fx1 = x1, fy1 = y1;
    const bool filter = !toLayer || OCTTransformBounds(OGRCoordinateTransformationH(toLayer.get()), x0, y0,
                                                       x1, y1, &fx0, &fy0, &fx1, &fy1, 21);
    if (filter)
        OGR_L_SetSpatialFilterRect(layer, fx0, fy0, fx1, fy1);
    capture.clear(); // a failed bounds transform is not a read error: the layer is then read whole
    const qint64 total = std::max<qint64>(1, OGR_L_GetFeatureCount(layer, TRUE));
    OGR_L_ResetReading(layer);

    qint64 done = 0;
    auto skip = [skipped] {
        if (skipped)
            ++*skipped;
    };
    while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
        std::unique_ptr<void, void (*)(void *)> feature(raw, [](void *f) { OGR_F_Destroy(OGRFeatureH(f)); });
        if (feedback && (done++ & 255) == 0) {
            if (feedback->isCancelled())
                return Error(Error::Code::Cancelled, tr("Impact analysis cancelled"));
            feedback->setProgress(progressFrom +
                                  (progressTo - progressFrom) * std::min(1.0, double(done) / total));
        }
        OGRGeometryH g = OGR_F_GetGeometryRef(raw);
        if (!g || OGR_G_IsEmpty(g)) {
            skip();
            continue;
        }
        Geometry linear(OGR_G_HasCurveGeometry(g, TRUE) ? OGR_G_GetLinearGeometry(g, 0, nullptr)
                                                        : OGR_G_Clone(g));
        auto lg = OGRGeometryH(linear.get());
        if (toGrid && OGR_G_Transform(lg, OGRCoordinateTransformationH(toGrid.get())) != OGRERR_NONE) {
            skip();
            continue;
        }
        ImpactFeature f;
        bool kindSet = false;
        collect(lg, f, kindSet);
        if (wkbFlatten(OGR_G_GetGeometryType(lg)) == wkbPoint) {
            f.anchor = QPointF(OGR_G_GetX(lg, 0), OGR_G_GetY(lg, 0));
        } else {
            Geometry centroid(OGR_G_CreateGeometry(wkbPoint));
            if (OGR_G_Centroid(lg, OGRGeometryH(centroid.get())) != OGRERR_NONE) {
                skip();
                continue;
            }
            f.anchor = QPointF(OGR_G_GetX(OGRGeometryH(centroid.get()), 0),
                               OGR_G_GetY(OGRGeometryH(centroid.get()), 0));
        }
        for (int i : indexes)
            f.values << fieldValue(raw, i);
        sink(f);
    }
    if (capture.hasError())
        return Error(Error::Code::Io, tr("Reading %1 failed").arg(spec.path), capture.lastError());
    if (feedback)
        feedback->setProgress(progressTo);
    return {};
}

} // namespace urbis
