#pragma once

#include "democity.h"
#include "demofile.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Synthetic hourly vehicle counts of four counting stations on the main roads into a city centre,
 * January 2023: station, road, lat, lon, time (start of the hour, UTC), vehicles and heavy vehicles
 * per hour. Weekdays have morning and evening peaks, weekends one flat midday hump.
 */
class DemoTrafficCounts
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoTrafficCounts)

public:
    static constexpr int kDays = 31;

    /** `roads`: one name per counting station (four). */
    static DemoFile generate(const DemoCity &city, const QStringList &roads);
};

} // namespace urbis
