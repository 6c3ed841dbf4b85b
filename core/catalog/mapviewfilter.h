#pragma once

#include "../geo/extent.h"

namespace urbis {

/**
 * Turns what a map shows into a box the catalog's R*Tree search accepts. A web-mercator view can
 * be wider than the world or scrolled past the antimeridian (longitudes beyond ±180) and reach
 * past the poles; the catalog wants WGS84 within range, with west > east for a box crossing the
 * antimeridian. Stateless; any thread.
 */
class MapViewFilter
{
public:
    /** The search box for `view`; invalid when `view` is. */
    static Extent searchBox(const Extent &view);
};

} // namespace urbis
