#pragma once

#include "democity.h"
#include "demofile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace urbis {

/**
 * Synthetic hourly air-quality readings of three stations in a city for January 2023, in the flat
 * CLIMABOROUGH Annex B shape (source, cityName, countrycode, zipcode, lat, lon, dominentpol, humidity,
 * co, no2, pressure, pm10, pm25, temperature, windspeed, timeRecorded, station; the misspelt
 * "dominentpol" is the Annex's own), with a schema that gives every measurement its unit.
 *
 * Plausible rather than realistic: daily cycles (rush-hour NO2 and CO, evening heating PM, afternoon
 * temperature peak), quieter weekends, and day-to-day weather where wind dilutes the pollutants.
 */
class DemoAirQuality
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoAirQuality)

public:
    static const QDateTime &start(); ///< 2023-01-01T00:00Z
    static constexpr int kDays = 31;
    static constexpr int kStations = 3;

    static DemoFile generate(const DemoCity &city);
    static TableSchema schema();
};

} // namespace urbis
