#pragma once

#include "../util/result.h"
#include "rasterinfo.h"

#include <QCoreApplication>

namespace urbis {

/** Reads size, bands, georeferencing (as WGS84 extent) and EXIF GPS/time of a raster or photo via GDAL. */
class RasterProbe
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RasterProbe)

public:
    /** Io if unreadable, Unsupported if GDAL does not know it as a raster, InvalidData if broken. */
    static Result<RasterInfo> probe(const QString &path);
};

} // namespace urbis
