#pragma once

#include "../catalog/datasetrecord.h"
#include "rasterinfo.h"
#include "tableschema.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Fills the catalog record of an import from what was stored, so the catalog describes the data
 * actually kept: extent and footprint in WGS84, CRS, time range, feature count, fields with units.
 */
class MetadataExtractor
{
    Q_DECLARE_TR_FUNCTIONS(urbis::MetadataExtractor)

public:
    /**
     * From a GeoPackage written by GpkgWriter (layer `layer`): count, extent (transformed to WGS84),
     * CRS, and the time range of `timeField` (or the first datetime/date/year field when empty).
     */
    static Result<void> fromGeoPackage(const QString &path, const QString &layer, const TableSchema &schema,
                                       const QString &timeField, DatasetRecord &record);
    static void fromRaster(const RasterInfo &info, DatasetRecord &record);
    /** Names, types, units and descriptions of the schema's fields. */
    static QList<FieldInfo> fieldsOf(const TableSchema &schema);
};

} // namespace urbis
