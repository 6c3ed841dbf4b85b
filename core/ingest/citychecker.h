#pragma once

#include "rowvalues.h"
#include "tableschema.h"
#include "validationerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

#include <memory>

namespace urbis {

/**
 * The checks beyond the Frictionless baseline, fed with the values TableChecker cast:
 *
 * - city-data checks (on by default): invalid-geometry, coordinate-out-of-range (with a hint when
 *   lat and lon look swapped), crs-missing, unit-missing, unit-mismatch, time-not-monotonic and
 *   duplicate-timestamp per station, future-timestamp;
 * - Frictionless optional checks (only when named in Options::checks): deviated-value,
 *   sequential-value, truncated-value, forbidden-value (duplicate-row is TableChecker's); see
 *   OptionalChecks for where they differ from frictionless-py on purpose.
 *
 * Roles (latitude, longitude, time, station) come from the field names and types (fieldroles.h):
 * lat/latitude, lon/lng/longitude always; x/y only when their unit is degrees or the CRS is
 * EPSG:4326 / CRS84 (otherwise they are projected metres, never range-checked); the time is a
 * datetime named like a time, else the first datetime, else the same for dates; the station is
 * stationId/station/sensorId/entity_id/deviceId/... Naive times of a schema with a timeZone are read
 * in that zone (a cell with an explicit "Z" is too: the cast value cannot tell them apart).
 *
 * crs-missing, unit-missing and unit-mismatch are metadata findings (the data itself is not wrong):
 * the import reports them as warnings. checkSchema() also reports check-error for an optional check
 * whose options name a missing field or the wrong type; that check then does not run.
 *
 * Memory: the previous time per station only (so time-not-monotonic compares with the immediately
 * previous time of the station, not with its maximum), plus, for deviated-value, one (row, double)
 * per non-null cell of that field. Geometries go through GDAL/OGR (GEOS validity) inside the .cpp.
 * Used from one thread.
 */
class CityChecker
{
    Q_DECLARE_TR_FUNCTIONS(urbis::CityChecker)

public:
    struct Options
    {
        QStringList checks;       ///< optional checks to run: "deviated-value", "sequential-value",
                                  ///< "truncated-value", "forbidden-value"
        QJsonObject checkOptions; ///< per check: {"deviated-value": {"fieldName": "pm10", "interval": 3},
                                  ///< "forbidden-value": {"fieldName": "x", "values": [..]},
                                  ///< "sequential-value": {"fieldName": "id"}}
        QStringList skip;         ///< city checks to leave out (e.g. "unit-missing")
        QString sourceCrs;        ///< CRS declared by the source itself (OGR); empty for plain tables
        bool sourceHasGeometry = false;
        QDateTime now; ///< "future" is after this; current time when invalid
    };

    CityChecker(TableSchema schema, Options options);
    ~CityChecker();
    CityChecker(CityChecker &&) noexcept;
    CityChecker &operator=(CityChecker &&) noexcept;

    /** Table-level findings known from the schema alone (crs-missing, unit-missing, unit-mismatch): rowNumber
     * absent. */
    QList<ValidationError> checkSchema();
    /**
     * One row: `values` are TableChecker's cast values in field order (invalid QVariant when missing
     * or a type error); `wkb` the record's own geometry in the source CRS (empty when none).
     */
    QList<ValidationError> checkRow(qint64 rowNumber, const QList<QVariant> &values, const QByteArray &wkb);
    /** The same from TableChecker::values(): no QVariant is made for a clean quick row. */
    QList<ValidationError> checkRow(qint64 rowNumber, const RowValues &values, const QByteArray &wkb);
    /** Checks that need the whole column (deviated-value); errors in row order. */
    QList<ValidationError> finish();

    /** Field indexes of the roles found; -1 when absent. */
    int latitudeField() const;
    int longitudeField() const;
    int timeField() const;
    int stationField() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace urbis
