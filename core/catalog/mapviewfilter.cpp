#include "mapviewfilter.h"

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
double wrapLongitude(double lon)
{
    double w = std::fmod(lon + 180.0, 360.0);
    if (w < 0)
        w += 360.0;
    return w - 180.0;
}
} // namespace

Extent MapViewFilter::searchBox(const Extent &view)
{
    if (!view.isValid())
        return {};
    const double south = std::clamp(std::min(view.south, view.north), -90.0, 90.0);
    const double north = std::clamp(std::max(view.south, view.north), -90.0, 90.0);
    // A view is given west to east; a width of a whole turn or more shows every longitude.
    const double width = view.crossesAntimeridian() ? view.east + 360.0 - view.west : view.east - view.west;
    if (width >= 360.0)
        return Extent(-180.0, south, 180.0, north);
    double west = wrapLongitude(view.west);
    double east = wrapLongitude(view.east);
    // +180 wraps to -180; as an east edge it means the antimeridian itself.
    if (east == -180.0 && width > 0)
        east = 180.0;
    return Extent(west, south, east, north);
}

} // namespace urbis
