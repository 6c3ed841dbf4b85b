#pragma once

#include "../geo/gridgeoref.h"
#include "grid.h"
#include "scenario.h"

#include <QMetaType>

namespace urbis {

/**
 * One step of a running scenario for the map: the grid so far (wildfire: arrival step per cell,
 * -1 = not burning yet; flood: water depth in metres), where it lies, and the step's headline
 * figure. A copy the receiver owns; ScenarioRunner emits at most a few per second.
 */
struct ScenarioFrame
{
    Scenario::Type type = Scenario::Type::Wildfire;
    int step = 0;
    int steps = 0;          ///< of the whole run
    double timeSec = 0;     ///< simulated time at the end of the step
    double areaM2 = 0;      ///< burned or flooded area
    GridGeoref georef;
    IntGrid arrival;        ///< wildfire only
    FloatGrid depth;        ///< flood only
};

} // namespace urbis

Q_DECLARE_METATYPE(urbis::ScenarioFrame)
