#pragma once

#include "democity.h"
#include "demofile.h"

#include <QCoreApplication>

namespace urbis {

/**
 * The districts of a demo city as a GeoJSON FeatureCollection: one polygon per district (the
 * quadrants of DemoCity::districtBox, so they meet the monthly tables' district centres) with
 * cityName, district, locationId, population and the year the population was counted.
 */
class DemoDistricts
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoDistricts)

public:
    static constexpr int kYear = 2023;

    static DemoFile generate(const DemoCity &city);
};

} // namespace urbis
