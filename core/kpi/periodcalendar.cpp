#include "periodcalendar.h"

namespace urbis {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
qint32 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

void civilFromDays(qint32 z, int &y, int &m, int &d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe) + era * 400 + (m <= 2);
}

/** 0 = Monday; 1970-01-01 was a Thursday. */
int weekday(qint32 day)
{
    return int(((day % 7) + 7 + 3) % 7);
}

int digits(const char *s, int n, bool &ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned c = unsigned(s[i]) - '0';
        if (c > 9)
            ok = false;
        v = v * 10 + int(c);
    }
    return v;
}

qint32 isoWeekOneMonday(int year)
{
    const qint32 jan4 = daysFromCivil(year, 1, 4);
    return jan4 - weekday(jan4);
}

} // namespace

std::optional<qint32> PeriodCalendar::dayFromIso(const char *s, int length)
{
    if (length < 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    bool ok = true;
    const int y = digits(s, 4, ok), m = digits(s + 5, 2, ok), d = digits(s + 8, 2, ok);
    if (!ok || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    return daysFromCivil(y, unsigned(m), unsigned(d));
}

qint32 PeriodCalendar::dayOf(int year, int month, int day)
{
    return daysFromCivil(year, unsigned(month), unsigned(day));
}

QDate PeriodCalendar::dateOf(qint32 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return QDate(y, m, d);
}

qint32 PeriodCalendar::periodStart(qint32 day, TimeGrain grain)
{
    if (day == kNoDay)
        return kNoDay;
    int y, m, d;
    switch (grain) {
    case TimeGrain::Day: return day;
    case TimeGrain::Week: return day - weekday(day);
    case TimeGrain::Month: civilFromDays(day, y, m, d); return daysFromCivil(y, unsigned(m), 1);
    case TimeGrain::Year: civilFromDays(day, y, m, d); return daysFromCivil(y, 1, 1);
    }
    return day;
}

qint32 PeriodCalendar::periodEnd(qint32 start, TimeGrain grain)
{
    int y, m, d;
    civilFromDays(start, y, m, d);
    switch (grain) {
    case TimeGrain::Day: return start;
    case TimeGrain::Week: return start + 6;
    case TimeGrain::Month: return (m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, unsigned(m + 1), 1)) - 1;
    case TimeGrain::Year: return daysFromCivil(y + 1, 1, 1) - 1;
    }
    return start;
}

qint32 PeriodCalendar::previous(qint32 start, TimeGrain grain)
{
    return periodStart(start - 1, grain);
}

std::optional<qint32> PeriodCalendar::sameLastYear(qint32 start, TimeGrain grain)
{
    int y, m, d;
    civilFromDays(start, y, m, d);
    switch (grain) {
    case TimeGrain::Day:
        if (m == 2 && d == 29)
            return std::nullopt;
        return daysFromCivil(y - 1, unsigned(m), unsigned(d));
    case TimeGrain::Month: return daysFromCivil(y - 1, unsigned(m), 1);
    case TimeGrain::Year: return daysFromCivil(y - 1, 1, 1);
    case TimeGrain::Week: {
        int weekYear = 0;
        const int week = dateOf(start).weekNumber(&weekYear);
        const qint32 monday = isoWeekOneMonday(weekYear - 1) + 7 * (week - 1);
        if (monday >= isoWeekOneMonday(weekYear))
            return std::nullopt;
        return monday;
    }
    }
    return std::nullopt;
}

QString PeriodCalendar::label(qint32 start, TimeGrain grain)
{
    if (start == kNoDay)
        return {};
    const QDate date = dateOf(start);
    switch (grain) {
    case TimeGrain::Day: return date.toString(Qt::ISODate);
    case TimeGrain::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case TimeGrain::Month: return QStringLiteral("%1-%2").arg(date.year(), 4, 10, QLatin1Char('0')).arg(date.month(), 2, 10, QLatin1Char('0'));
    case TimeGrain::Year: return QString::number(date.year());
    }
    return {};
}

} // namespace urbis
