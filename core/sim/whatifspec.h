#pragma once

#include "forecastspec.h"

#include <QDate>

namespace urbis {

/** A policy change to a driver series, e.g. -20 % traffic from 1 March 2025. */
struct WhatIfChange
{
    enum class Kind {
        Percent, ///< driver * (1 + amount / 100)
        Absolute ///< driver + amount (in the driver's unit)
    };
    Kind kind = Kind::Percent;
    double amount = 0;
    QDate from;  ///< first day the change applies (UTC)
    QDate until; ///< last day it applies; invalid = open-ended
};

/**
 * A what-if request. The driver is forecast with `driverForecast` (its horizon and confidence
 * also set the what-if's); `trendTerm` adds a linear time term to the KPI model, for a KPI that
 * drifts for reasons other than the driver.
 */
struct WhatIfSpec
{
    WhatIfChange change;
    ForecastSpec driverForecast;
    bool trendTerm = false;
};

} // namespace urbis
