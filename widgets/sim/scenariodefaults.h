#pragma once

#include "sim/scenario.h"

#include <QCoreApplication>

#include <functional>

namespace urbis {

/**
 * Starting points the Scenarios page offers: a new wildfire or flood centred where the user looks
 * (a 256 x 256 grid of 30 m cells, flat terrain; a fire lit in the middle with a 5 m/s westerly,
 * a flood fed by a one-hour hydrograph peaking at 50 m³/s in the middle), a copy of a scenario,
 * and ids no other scenario has. Stateless.
 */
class ScenarioDefaults
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioDefaults)
public:
    using Taken = std::function<bool(const QString &id)>;

    static Scenario create(Scenario::Type type, double centerLon, double centerLat, const Taken &taken);
    /** A copy named "<name> (copy)" with a new id. */
    static Scenario duplicate(const Scenario &scenario, const Taken &taken);
    /** `base`, else `base-2`, `base-3`, ... whichever is free. */
    static QString uniqueId(const QString &base, const Taken &taken);
};

} // namespace urbis
