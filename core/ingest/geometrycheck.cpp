#include "geometrycheck.h"

#include <cpl_error.h>
#include <ogr_api.h>

#include <cmath>
#include <limits>

namespace urbis::geometrycheck {

namespace {

// GEOS reports why a geometry is invalid through GDAL's error handler; the verdict carries it.
struct QuietErrors
{
    QuietErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietErrors() { CPLPopErrorHandler(); }
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;
};

Verdict judge(OGRGeometryH g)
{
    Verdict v;
    if (!g)
        return v;
    v.empty = OGR_G_IsEmpty(g) != 0;
    if (!v.empty) {
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        v.bounds = QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY));
    }
    // A point is valid when its coordinates are finite: GEOS would only add a conversion per row.
    const bool point = wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint;
    const bool finite = v.empty || (std::abs(v.bounds.left()) <= std::numeric_limits<double>::max() &&
                                    std::abs(v.bounds.top()) <= std::numeric_limits<double>::max());
    const bool valid = point ? finite : OGR_G_IsValid(g) != 0;
    v.state = valid ? Verdict::State::Valid : Verdict::State::Invalid;
    OGR_G_DestroyGeometry(g);
    return v;
}

} // namespace

Verdict fromWkb(const QByteArray &wkb)
{
    const QuietErrors quiet;
    OGRGeometryH g = nullptr;
    if (OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) != OGRERR_NONE) {
        if (g)
            OGR_G_DestroyGeometry(g);
        return {};
    }
    return judge(g);
}

Verdict fromGeoJson(const QByteArray &json)
{
    const QuietErrors quiet;
    return judge(OGR_G_CreateGeometryFromJson(json.constData()));
}

} // namespace urbis::geometrycheck
