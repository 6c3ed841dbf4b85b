#pragma once

#include <QString>

#include <cmath>
#include <limits>

namespace urbis {

/** One station's newest position and value, as the live map overlay draws it. A plain value. */
struct StationMarker
{
    QString stream;  ///< display name of the stream it came from
    QString entity;
    double lon = 0;
    double lat = 0;
    double value = std::numeric_limits<double>::quiet_NaN(); ///< of the colouring measure; NaN = none
    bool alert = false;  ///< an alert is raised for this station
    QString alertText;   ///< the newest raised alert's message

    bool hasValue() const { return std::isfinite(value); }
};

} // namespace urbis
