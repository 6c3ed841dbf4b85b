#include "forecastseries.h"

#include "../kpi/kpingsild.h"
#include "../kpi/periodcalendar.h"

#include <QHash>

#include <algorithm>

namespace urbis {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

ForecastSeries::ForecastSeries(TimeGrain grain, qint32 firstStart, QList<std::optional<double>> values)
    : m_grain(grain), m_first(ordinal(firstStart, grain)), m_values(std::move(values))
{}

std::optional<TimeGrain> ForecastSeries::grainOfLabel(const QString &period)
{
    if (!KpiNgsiLd::periodStart(period).isValid())
        return std::nullopt;
    if (period.size() == 4)
        return TimeGrain::Year;
    if (period.size() == 7)
        return TimeGrain::Month;
    if (period.size() == 8)
        return TimeGrain::Week;
    return TimeGrain::Day;
}

Result<ForecastSeries> ForecastSeries::fromKpiResult(const KpiResult &result,
                                                     const QMap<QString, QString> &dims)
{
    std::optional<TimeGrain> grain;
    QHash<qint64, std::optional<double>> byOrdinal;
    qint64 lo = 0, hi = -1;
    for (const KpiValue &v : result.values) {
        if (v.dims != dims)
            continue;
        const std::optional<TimeGrain> g = grainOfLabel(v.period);
        if (!g)
            return Error(Error::Code::InvalidData,
                         tr("KPI %1: \"%2\" is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)")
                             .arg(result.id, v.period));
        if (grain && *g != *grain)
            return Error(Error::Code::InvalidData,
                         tr("KPI %1 mixes %2 and %3 periods")
                             .arg(result.id, timeGrainName(*grain), timeGrainName(*g)));
        grain = g;
        const qint32 day = PeriodCalendar::dayOf(KpiNgsiLd::periodStart(v.period).date());
        const qint64 o = ordinal(day, *g);
        if (byOrdinal.contains(o))
            return Error(Error::Code::InvalidData, tr("KPI %1 has period %2 twice").arg(result.id, v.period));
        byOrdinal.insert(o, v.value);
        if (hi < lo) {
            lo = hi = o;
        } else {
            lo = std::min(lo, o);
            hi = std::max(hi, o);
        }
    }
    if (!grain)
        return Error(Error::Code::NotFound,
                     tr("KPI %1 has no values for the chosen dimensions").arg(result.id));
    QList<std::optional<double>> values;
    values.reserve(hi - lo + 1);
    for (qint64 o = lo; o <= hi; ++o)
        values.append(byOrdinal.value(o));
    return ForecastSeries(*grain, startOfOrdinal(lo, *grain), std::move(values));
}

qint32 ForecastSeries::start(int i) const
{
    return startOfOrdinal(m_first + i, m_grain);
}

QString ForecastSeries::label(int i) const
{
    return PeriodCalendar::label(start(i), m_grain);
}

int ForecastSeries::indexOf(qint32 day) const
{
    return int(ordinal(day, m_grain) - m_first);
}

int ForecastSeries::nonNullCount() const
{
    return int(
        std::count_if(m_values.cbegin(), m_values.cend(), [](const auto &v) { return v.has_value(); }));
}

int ForecastSeries::firstValue() const
{
    for (int i = 0; i < size(); ++i)
        if (m_values[i])
            return i;
    return -1;
}

int ForecastSeries::lastValue() const
{
    for (int i = size() - 1; i >= 0; --i)
        if (m_values[i])
            return i;
    return -1;
}

ForecastSeries ForecastSeries::mid(int from, int to) const
{
    ForecastSeries s;
    s.m_grain = m_grain;
    s.m_first = m_first + from;
    s.m_values = m_values.mid(from, std::max(0, to - from + 1));
    return s;
}

qint64 ForecastSeries::ordinal(qint32 day, TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day:
        return day;
    case TimeGrain::Week:
        return floorDiv(qint64(day) + 3, 7); // 1970-01-01 was a Thursday
    case TimeGrain::Month: {
        const QDate d = PeriodCalendar::dateOf(day);
        return qint64(d.year()) * 12 + d.month() - 1;
    }
    case TimeGrain::Year:
        return PeriodCalendar::dateOf(day).year();
    }
    return day;
}

qint32 ForecastSeries::startOfOrdinal(qint64 o, TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day:
        return qint32(o);
    case TimeGrain::Week:
        return qint32(o * 7 - 3);
    case TimeGrain::Month: {
        const qint64 y = floorDiv(o, 12);
        return PeriodCalendar::dayOf(int(y), int(o - y * 12) + 1, 1);
    }
    case TimeGrain::Year:
        return PeriodCalendar::dayOf(int(o), 1, 1);
    }
    return qint32(o);
}

} // namespace urbis
