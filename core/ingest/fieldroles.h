#pragma once

#include <QString>

/**
 * What a column is for, guessed from its name alone: coordinates, station, time, year, and names that
 * are not measurements (ids, codes, counts). SchemaInference and CityChecker share these so that a
 * field the inference tags as a latitude is the one the checker range-checks. Names are compared
 * case-, separator- and punctuation-insensitively ("Station_ID" == "stationId"). Pure and thread-safe.
 */
namespace urbis::fieldroles {

/** Lower case letters and digits only: "PM2.5" -> "pm25", "wind_speed" -> "windspeed". */
QString normalized(const QString &name);

/** lat, latitude, decimalLatitude, gps_lat, ... */
bool isLatitude(const QString &name);
/** lon, lng, long, longitude, decimalLongitude, gps_lon, ... */
bool isLongitude(const QString &name);
/** x / y: degrees only in a geographic CRS or with unit "deg", planar coordinates otherwise. */
bool isPlanarX(const QString &name);
bool isPlanarY(const QString &name);

/** stationId, station, sensorId, entity_id, deviceId, siteCode, ... */
bool isStation(const QString &name);
/** time, timestamp, datetime, date, observedAt, timeRecorded, ... */
bool isTime(const QString &name);
/** year, yr, construction_year, yearBuilt, ... */
bool isYear(const QString &name);

/**
 * Numbers that carry no unit: ids, codes, counts, ranks, calendar parts and the roles above.
 * unit-missing leaves such fields alone.
 */
bool isUnitless(const QString &name);

} // namespace urbis::fieldroles
