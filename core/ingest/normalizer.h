#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "gpkglayout.h"
#include "recordsource.h"
#include "tableschema.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Decides how data is stored once imported: tables and vectors as one GeoPackage layer (typed
 * columns; geometry from the source, a geopoint field, a lat/lon pair or a WKT column), rasters
 * as a tiled, compressed GeoTIFF with internal overviews (what map canvases read fast at any zoom).
 */
class Normalizer
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Normalizer)

public:
    /** The layout for `schema` (the fields the rows are cast to) read from `source`. */
    static GpkgLayout layoutFor(const TableSchema &schema, const RecordSource &source);

    /** Index of the latitude / longitude number field by its name (lat, latitude, y with x, ...); -1 when absent. */
    static int latitudeField(const TableSchema &schema);
    static int longitudeField(const TableSchema &schema);

    /** Writes `source` (any GDAL raster) to `target` as a tiled DEFLATE GeoTIFF with overviews. */
    static Result<void> normalizeRaster(const QString &source, const QString &target, Feedback *feedback = nullptr);
};

} // namespace urbis
