#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace urbis::utctext {

/**
 * UTC instants as GeoPackage (and GDAL) store DATETIME columns: "2023-01-01T00:00:00.000Z".
 * Hand-rolled because a recording formats two of them per row at 20,000 rows/s, where
 * QDateTime::toString costs several times more than the SQLite insert itself.
 */
constexpr int kMillisLength = 24;

/** Writes the 24 characters for `ms` (UTC ms since the epoch) to `out`; no terminator. */
void formatMillis(qint64 ms, char *out);
QByteArray millis(qint64 ms);
/** "2023-01-01T00:00:00Z", with ".sss" only when the milliseconds are not zero. */
QByteArray compact(qint64 ms);
/**
 * The UTC ms of an ISO 8601 date-time (fast path for GeoPackage's own form; Z, offsets, a space
 * for the T and no zone = UTC through QDateTime); nullopt when it is not one.
 */
std::optional<qint64> parse(QByteArrayView text);

} // namespace urbis::utctext
