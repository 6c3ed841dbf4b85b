#pragma once

#include "timegrain.h"

#include <QDate>
#include <QString>

#include <optional>

namespace urbis {

/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01), which is how the engine keys
 * facts: cheap to parse from ISO text and to compare. Periods are named by ISO strings: "2023",
 * "2023-01", "2023-W05" (ISO week-year), "2023-01-31".
 */
class PeriodCalendar
{
public:
    static constexpr qint32 kNoDay = INT32_MIN; ///< a fact without time: applies to every period

    /** Day of an ISO date or datetime text ("2023-01-31", "2023-01-31T10:00:00Z"; only the date part is read). */
    static std::optional<qint32> dayFromIso(const char *text, int length);
    static qint32 dayOf(int year, int month, int day);
    static qint32 dayOf(const QDate &date) { return dayOf(date.year(), date.month(), date.day()); }
    static QDate dateOf(qint32 day);

    static qint32 periodStart(qint32 day, TimeGrain grain);
    /** Last day of the period starting at `start`. */
    static qint32 periodEnd(qint32 start, TimeGrain grain);
    static qint32 previous(qint32 start, TimeGrain grain);
    /** The same period one year earlier; nullopt for ISO week 53 when the year before had none. */
    static std::optional<qint32> sameLastYear(qint32 start, TimeGrain grain);
    static QString label(qint32 start, TimeGrain grain);
};

} // namespace urbis
