#pragma once

// Internal to core/geo and core/ingest (GDAL types): only .cpp files include it.

#include <QString>

#include <ogr_core.h>

namespace urbis::gdal {

/**
 * The Table Schema type of an OGR field: what validation casts its cells with and what the data
 * preview shows in the header. JSON strings are "any"; lists and binary too.
 */
QString tableSchemaType(OGRFieldType type, OGRFieldSubType sub);

} // namespace urbis::gdal
