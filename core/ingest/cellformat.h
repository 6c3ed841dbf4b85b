#pragma once

#include <QJsonObject>
#include <QPointF>
#include <QStringView>

#include <optional>

/**
 * Checks of the Frictionless string formats and readers of the geographic types, loose where
 * frictionless-py relies on third-party validators (validators.email, rfc3986). Pure and thread-safe;
 * these types are rare in bulk data, so clarity wins over speed here.
 */
namespace urbis::cellformat {

/** Loose checks for the string formats: local@domain.tld, scheme:rest, 8-4-4-4-12 hex, base64. */
bool email(QStringView text);
bool uri(QStringView text);
bool uuid(QStringView text);
bool base64(QStringView text);

/** A geopoint as (lon, lat) in range; format is "default" ("lon, lat"), "array" or "object" (JSON). */
std::optional<QPointF> geopoint(QStringView text, QStringView format);
/** Same from an already parsed JSON value (enum and constraint values of a descriptor). */
std::optional<QPointF> geopointJson(const QJsonValue &value, QStringView format);

/** A GeoJSON object (default format) or a TopoJSON topology ("topojson"), checked loosely by its type. */
bool geojson(const QJsonObject &object, QStringView format);

} // namespace urbis::cellformat
