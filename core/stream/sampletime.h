#pragma once

#include "fieldmapping.h"

#include <QJsonValue>

#include <optional>

/**
 * Reading a record's time key as UTC ms since the epoch, per FieldMapping::TimeFormat. The common
 * ISO 8601 shapes are parsed by hand: at 20,000 messages a second QDateTime::fromString would be a
 * noticeable share of the budget. Pure and thread-safe.
 */
namespace urbis::sampletime {

/** Numbers below 1e11 are seconds, larger ones milliseconds (1e11 s is the year 5138). */
qint64 fromEpochNumber(double value);

/** "2023-05-17T03:16:00Z", "2023-05-17 03:16:00.250+02:00", "2023-05-17T03:16" (no zone = UTC), ... */
std::optional<qint64> fromIso(QStringView text);

std::optional<qint64> read(const QJsonValue &value, FieldMapping::TimeFormat format);

} // namespace urbis::sampletime
