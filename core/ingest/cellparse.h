#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

/**
 * Hand-written parsers for the lexical forms of Frictionless numbers, dates and times, with the syntax of the
 * Python functions frictionless-py relies on (int(), Decimal(), dateutil's isoparse, isodate, ...).
 * They allocate nothing on the common paths, because validation runs them for every cell.
 * All functions are pure and thread-safe.
 */
namespace urbis::cellparse {

/** Python int(): surrounding whitespace, optional sign, ASCII digits. nullopt beyond 64 bits. */
std::optional<qint64> integer(QStringView text);

/** Python Decimal(): surrounding whitespace, sign, digits with optional point and exponent, Inf, Infinity,
 * NaN. */
std::optional<double> number(QStringView text);

/** bareNumber=false: drops leading characters that are neither '-' nor a digit and trailing non-digits. */
QStringView stripNonNumeric(QStringView text);

/** Exactly YYYY-MM-DD (the fast path of the default date format); an invalid QDate otherwise. */
QDate isoDate(QStringView text);

/**
 * dateutil's isoparse as Frictionless calls it for the default datetime format: YYYY-MM-DD, any one
 * separator character, HH:MM:SS, optional fraction ([.,] digits), optional Z or +HH[[:]MM]. 24:00:00
 * is the next midnight. No zone gives UTC.
 */
std::optional<QDateTime> isoDateTime(QStringView text);

/** The default time format: HH:MM:SS with optional fraction and zone (the zone is checked, then dropped). */
std::optional<QTime> isoTime(QStringView text);

/** ISO 8601 duration as isodate reads it: [+-]P[nY][nM][nW][nD][T[nH][nM][nS]] or PYYYY-MM-DDTHH:MM:SS. */
bool isoDuration(QStringView text);

} // namespace urbis::cellparse
