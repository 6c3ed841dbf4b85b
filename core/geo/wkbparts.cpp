#include "wkbparts.h"

#include "gdalsession.h"
#include "ogrgeometryparts.h"

namespace urbis::wkb {

MercatorFeature parts(const QByteArray &wkb)
{
    MercatorFeature feature;
    if (wkb.isEmpty())
        return feature;
    gdal::ErrorCapture capture; // a broken footprint is just not drawn; keep GDAL quiet about it
    OGRGeometryH geometry = nullptr;
    if (OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &geometry, size_t(wkb.size())) != OGRERR_NONE || !geometry)
        return feature;
    ogrparts::appendRawGeometry(geometry, feature);
    OGR_G_DestroyGeometry(geometry);
    return feature;
}

} // namespace urbis::wkb
