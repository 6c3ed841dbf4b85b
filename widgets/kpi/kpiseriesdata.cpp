#include "kpiseriesdata.h"

#include "kpipanelstyle.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace urbis {

KpiSeriesData KpiSeriesData::build(const QList<KpiResult> &results, const QList<KpiDefinition> &kpis,
                                   const QString &dimension)
{
    KpiSeriesData data;
    QSet<QString> periodSet;
    for (const KpiResult &r : results)
        for (const KpiValue &v : r.values)
            periodSet.insert(v.period);
    data.periods = QStringList(periodSet.cbegin(), periodSet.cend());
    // Periods of one grain are ISO strings of equal shape, so text order is time order.
    std::sort(data.periods.begin(), data.periods.end());
    QHash<QString, int> periodIndex;
    for (int i = 0; i < data.periods.size(); ++i)
        periodIndex.insert(data.periods[i], i);

    const bool severalKpis = results.size() > 1;
    for (const KpiResult &r : results) {
        QString kpiName = r.id;
        for (const KpiDefinition &k : kpis)
            if (k.id == r.id && !k.name.isEmpty())
                kpiName = k.name;
        QHash<QString, int> seriesIndex;
        for (const KpiValue &v : r.values) {
            QString key;
            if (!dimension.isEmpty() && v.dims.contains(dimension))
                key = v.dims.value(dimension);
            else
                key = KpiPanelStyle::dimsLabel(v.dims);
            int s = seriesIndex.value(key, -1);
            if (s < 0) {
                Series series;
                series.key = key;
                series.kpiId = r.id;
                series.kpiName = kpiName;
                series.unit = r.unit;
                series.name = key.isEmpty() ? kpiName : severalKpis ? kpiName + QStringLiteral(" – ") + key : key;
                series.values = QList<std::optional<double>>(data.periods.size());
                series.statuses = QStringList(data.periods.size());
                s = int(data.series.size());
                data.series.append(series);
                seriesIndex.insert(key, s);
            }
            const int p = periodIndex.value(v.period);
            // With a dimension chosen, other dimensions collapse onto one series: the first value wins
            // (summing would be business logic; the engine's grouping is the place for that).
            if (!data.series[s].values[p]) {
                data.series[s].values[p] = v.value;
                data.series[s].statuses[p] = v.status;
            }
        }
    }
    return data;
}

bool KpiSeriesData::isEmpty() const
{
    for (const Series &s : series)
        for (const std::optional<double> &v : s.values)
            if (v)
                return false;
    return true;
}

int KpiSeriesData::latestPeriod() const
{
    for (int p = int(periods.size()) - 1; p >= 0; --p)
        for (const Series &s : series)
            if (s.values.value(p))
                return p;
    return -1;
}

QDate KpiSeriesData::periodStart(const QString &period)
{
    if (period.size() == 4)
        return QDate(period.toInt(), 1, 1);
    if (period.size() == 7 && period[4] == QLatin1Char('-'))
        return QDate(period.left(4).toInt(), period.mid(5, 2).toInt(), 1);
    if (period.size() == 8 && period.mid(4, 2) == QLatin1String("-W")) {
        // ISO week 1 is the week with January 4th; weeks start on Monday.
        const QDate jan4(period.left(4).toInt(), 1, 4);
        if (!jan4.isValid())
            return {};
        return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (period.mid(6, 2).toInt() - 1));
    }
    return QDate::fromString(period.left(10), Qt::ISODate);
}

} // namespace urbis
