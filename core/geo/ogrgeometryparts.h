#pragma once

// Internal to core/geo (GDAL types): only .cpp files include it.

#include "mercatorfeature.h"

#include <ogr_api.h>

namespace urbis::ogrparts {

/**
 * Appends the parts of `geometry` (lon/lat degrees, traditional axis order) to `feature`,
 * converted to EPSG:3857 metres with the latitude clamped to the mercator square, so polar
 * polygons such as Antarctica stay drawable. Curves are linearised. Sets feature.kind from the
 * first simple geometry met.
 */
void appendLonLatGeometry(OGRGeometryH geometry, MercatorFeature &feature);

/** The same, without projecting: parts stay in lon/lat degrees. */
void appendRawGeometry(OGRGeometryH geometry, MercatorFeature &feature);

} // namespace urbis::ogrparts
