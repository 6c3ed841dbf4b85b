#pragma once

#include "../kpi/kpiresult.h"
#include "../kpi/timegrain.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace urbis {

/**
 * A regular KPI time series: one slot per period of `grain` from the first period to the last,
 * periods named by their first UTC day (PeriodCalendar day numbers) and a value or null per slot.
 * Periods the KPI engine did not report become nulls, so index arithmetic (lags, seasons) is
 * calendar arithmetic. A plain value; any thread.
 */
class ForecastSeries
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ForecastSeries)
public:
    ForecastSeries() = default;
    /** `values[i]` belongs to the i-th period after the one containing day `firstStart`. */
    ForecastSeries(TimeGrain grain, qint32 firstStart, QList<std::optional<double>> values);

    /**
     * The values of `result` whose dimensions equal `dims` (empty: the KPI has no dimensions, or
     * take the rows without dimensions). The grain is read from the period labels ("2023",
     * "2023-01", "2023-W05", "2023-01-31"). InvalidData for a malformed or mixed period, NotFound
     * when no value has those dimensions.
     */
    static Result<ForecastSeries> fromKpiResult(const KpiResult &result,
                                                const QMap<QString, QString> &dims = {});
    /** The grain a period label is written in; nullopt when it is not an ISO period. */
    static std::optional<TimeGrain> grainOfLabel(const QString &period);

    TimeGrain grain() const { return m_grain; }
    bool isEmpty() const { return m_values.isEmpty(); }
    int size() const { return int(m_values.size()); }
    const QList<std::optional<double>> &values() const { return m_values; }
    std::optional<double> value(int i) const { return m_values.value(i); }
    /** First day of the i-th period; i may run past the end (forecast periods) or be negative. */
    qint32 start(int i) const;
    /** The ISO label of the i-th period ("2023-01"). */
    QString label(int i) const;
    /** Index of the period containing `day` (may be < 0 or >= size()). */
    int indexOf(qint32 day) const;
    int nonNullCount() const;
    /** Indexes of the first and last non-null value; -1 when all are null. */
    int firstValue() const;
    int lastValue() const;
    /** The slots [from, to] as a new series. */
    ForecastSeries mid(int from, int to) const;

    /**
     * A running number of the period containing `day` (days since 1970, Monday-based weeks, months
     * since year 0, years), so two series of one grain can be aligned by subtraction.
     */
    static qint64 ordinal(qint32 day, TimeGrain grain);
    /** First day of the period with that ordinal. */
    static qint32 startOfOrdinal(qint64 ordinal, TimeGrain grain);

private:
    TimeGrain m_grain = TimeGrain::Month;
    qint64 m_first = 0; ///< ordinal of slot 0
    QList<std::optional<double>> m_values;
};

} // namespace urbis
