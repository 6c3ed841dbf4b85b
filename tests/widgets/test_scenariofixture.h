#pragma once

// Small scenarios for the Scenarios page tests: flat synthetic terrain near Athens, a few seconds
// to run at most.
#include "sim/scenario.h"

namespace urbis::test {

inline Scenario smallWildfire(const QString &id, const QString &name, double windSpeed = 0, int side = 48, int steps = 40)
{
    Scenario s;
    s.id = id;
    s.name = name;
    s.type = Scenario::Type::Wildfire;
    s.seed = 3;
    s.steps = steps;
    s.grid.width = side;
    s.grid.height = side;
    s.grid.cellSize = 30;
    s.grid.originLon = 23.70;
    s.grid.originLat = 38.05;
    s.windSpeed = windSpeed;
    s.windDirection = 270;
    s.stepMinutes = 1;
    s.ignitions = {QPoint(side / 2, side / 2)};
    return s;
}

inline Scenario smallFlood(const QString &id, const QString &name)
{
    Scenario s;
    s.id = id;
    s.name = name;
    s.type = Scenario::Type::Flood;
    s.seed = 1;
    s.steps = 20;
    s.grid.width = 32;
    s.grid.height = 32;
    s.grid.cellSize = 10;
    s.grid.originLon = 23.70;
    s.grid.originLat = 38.05;
    s.stepSeconds = 60;
    s.inflowCell = QPoint(16, 16);
    s.inflow = {{0, 5}, {1200, 5}};
    return s;
}

} // namespace urbis::test
