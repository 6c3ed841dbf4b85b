#pragma once

#include "../util/result.h"
#include "recordinglayout.h"

#include <QCoreApplication>

namespace urbis {

class Database;

/**
 * The GeoPackage structure of a recording as GDAL 3.6 writes it (its tables, spatial reference
 * systems, spatial index triggers and feature counts), so GDAL, the KPI scan and the preview take
 * a recording for an imported dataset. Stateless; the caller owns the connection and transaction.
 */
class RecordingSchema
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordingSchema)
public:
    static const QString &dataTable(); ///< "data", the first table readers take
    static const QString &gapsTable(); ///< "gaps" (start, end)
    static QString quoted(QString name);

    /** Every statement that turns an empty SQLite file into an empty recording. */
    static QString createSql(const RecordingLayout &layout);
    /**
     * The R*Tree of the points, made anew (a crash may have left one half-filled), packed in
     * memory up to `bulkIndexLimit` points and filled by SQLite beyond, plus GDAL's triggers.
     */
    static Result<void> buildSpatialIndex(Database &db, const RecordingLayout &layout, qint64 bulkIndexLimit);
    /** GDAL's triggers that keep gpkg_ogr_contents right once the recording is closed. */
    static Result<void> addFeatureCountTriggers(Database &db);
};

} // namespace urbis
