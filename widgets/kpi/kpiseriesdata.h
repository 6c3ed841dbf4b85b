#pragma once

#include "kpi/kpidefinition.h"
#include "kpi/kpiresult.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace urbis {

/**
 * KPI results pivoted for charts: the sorted union of periods as columns and one series per
 * (KPI, dimension value) as rows, with an empty cell (nullopt) wherever the engine had no value,
 * so charts can draw gaps instead of zeros. Pure reshaping; the numbers are the engine's.
 */
class KpiSeriesData
{
public:
    struct Series
    {
        QString name;  ///< legend text: the dimension value, the KPI name, or both
        QString key;   ///< the dimension value (or all dimension values joined); empty without dimensions
        QString kpiId;
        QString kpiName;
        QString unit;
        QList<std::optional<double>> values; ///< one per period
        QStringList statuses;                ///< one per period
    };

    /**
     * Pivots `results` (in panel order). `dimension` names the dimension whose values become series;
     * empty = all of a KPI's dimension values joined. `kpis` supplies names.
     */
    static KpiSeriesData build(const QList<KpiResult> &results, const QList<KpiDefinition> &kpis,
                               const QString &dimension = {});

    QStringList periods;
    QList<Series> series;

    bool isEmpty() const;      ///< no series with a value
    int periodCount() const { return int(periods.size()); }
    /** Index of the last period where any series has a value; -1 when none. */
    int latestPeriod() const;
    /** The first day of a period "2023", "2023-01", "2023-W05" or "2023-01-31"; invalid otherwise. */
    static QDate periodStart(const QString &period);
};

} // namespace urbis
