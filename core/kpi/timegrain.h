#pragma once

#include <QString>

#include <optional>

namespace urbis {

/** The length of the periods a KPI is grouped by. Periods are UTC calendar days, ISO weeks, months, years. */
enum class TimeGrain { Day, Week, Month, Year };

/** "day", "week", "month", "year". */
QString timeGrainName(TimeGrain grain);
/** Parses the names above (case-insensitive); nullopt for anything else. */
std::optional<TimeGrain> timeGrainFromName(const QString &name);

} // namespace urbis
