#pragma once

#include "democity.h"
#include "demofile.h"

#include <QCoreApplication>

#include <functional>

class QRandomGenerator;

namespace urbis {

/**
 * Synthetic monthly values per district, January 2019 to December 2023: one row per district and
 * month (cityName, district, locationId, lat, lon of the district's centre, month as its first
 * day, then the measures). Used for energy consumption, waste collection and CO2 emissions.
 */
class DemoMonthlyTable
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoMonthlyTable)

public:
    static constexpr int kMonths = 60;

    /** The measures of one district (0..3) in month `month` (0 = January 2019), in the order of `measures`. */
    using Values = std::function<QList<double>(int district, int month, QRandomGenerator &rng)>;

    /** `measures`: number fields with their units; values are written with `decimals` digits. */
    static DemoFile generate(const DemoCity &city, const QString &fileName, const QList<TableField> &measures,
                             int decimals, const Values &values);
    /** 1 in January 2019, changing by `perYear` (-0.03 = 3% less each year). */
    static double trend(int month, double perYear);
    /** Heating season: 1 + `amplitude` in January, 1 - `amplitude` in July. */
    static double winter(int month, double amplitude);
};

} // namespace urbis
