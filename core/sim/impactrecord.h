#pragma once

#include <QDateTime>
#include <QString>

namespace urbis {

/**
 * One impact figure: at `step`, `value` `unit` of `metric` were affected, for one category (a
 * building class, a district) or for the whole layer (`category` empty). Shaped to become a KPI
 * value or a table row (ImpactTable).
 */
struct ImpactRecord
{
    int step = 0;
    double timeSec = 0; ///< step * stepSeconds
    QDateTime time;     ///< start + timeSec; invalid without a start time
    QString metric;
    QString category;
    QString unit;
    double value = 0;

    bool operator==(const ImpactRecord &) const = default;
};

} // namespace urbis
