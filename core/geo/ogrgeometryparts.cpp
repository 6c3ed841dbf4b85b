#include "ogrgeometryparts.h"

#include "webmercator.h"

#include <vector>

namespace urbis::ogrparts {

namespace {

QPolygonF pointsOf(OGRGeometryH g, bool project)
{
    const int n = OGR_G_GetPointCount(g);
    std::vector<double> xs(size_t(std::max(n, 0))), ys(size_t(std::max(n, 0)));
    if (n > 0)
        OGR_G_GetPoints(g, xs.data(), sizeof(double), ys.data(), sizeof(double), nullptr, 0);
    QPolygonF out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(project ? webmercator::lonLatToMeters(xs[size_t(i)], ys[size_t(i)]) : QPointF(xs[size_t(i)], ys[size_t(i)]));
    return out;
}

void setKind(MercatorFeature &f, MercatorFeature::Kind k)
{
    if (f.kind == MercatorFeature::Kind::Unknown)
        f.kind = k;
}

void append(OGRGeometryH g, MercatorFeature &f, bool project)
{
    if (!g || OGR_G_IsEmpty(g))
        return;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    switch (type) {
    case wkbPoint:
        setKind(f, MercatorFeature::Kind::Point);
        f.parts.append(pointsOf(g, project));
        return;
    case wkbLineString:
    case wkbLinearRing:
        setKind(f, MercatorFeature::Kind::Line);
        f.parts.append(pointsOf(g, project));
        return;
    case wkbPolygon:
        setKind(f, MercatorFeature::Kind::Polygon);
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            f.parts.append(pointsOf(OGR_G_GetGeometryRef(g, i), project));
        return;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            append(OGR_G_GetGeometryRef(g, i), f, project);
        return;
    default:
        // Curves, TINs, polyhedral surfaces: their linear approximation is what we can draw.
        if (OGR_G_HasCurveGeometry(g, TRUE)) {
            OGRGeometryH linear = OGR_G_GetLinearGeometry(g, 0, nullptr);
            append(linear, f, project);
            OGR_G_DestroyGeometry(linear);
        } else if (OGR_G_GetGeometryCount(g) > 0) {
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                append(OGR_G_GetGeometryRef(g, i), f, project);
        }
        return;
    }
}

} // namespace

void appendLonLatGeometry(OGRGeometryH geometry, MercatorFeature &feature)
{
    append(geometry, feature, true);
}

void appendRawGeometry(OGRGeometryH geometry, MercatorFeature &feature)
{
    append(geometry, feature, false);
}

} // namespace urbis::ogrparts
