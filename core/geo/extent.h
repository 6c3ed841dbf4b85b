#pragma once

#include "../util/result.h"

#include <QString>

namespace urbis {

/**
 * A WGS84 bounding box in degrees (west, south, east, north). west > east means the box crosses
 * the antimeridian. A default-constructed Extent is empty (isValid() == false).
 */
struct Extent
{
    double west = 0, south = 0, east = 0, north = 0;
    bool valid = false;

    Extent() = default;
    Extent(double w, double s, double e, double n) : west(w), south(s), east(e), north(n), valid(true) {}

    bool isValid() const { return valid; }
    bool crossesAntimeridian() const { return valid && west > east; }
    bool intersects(const Extent &other) const;
    /** Grows this box to include `other` (ignores antimeridian crossing). */
    void expand(const Extent &other);
    /** "W,S,E,N" with enough digits to round-trip. */
    QString toString() const;
    /** Parses "W,S,E,N"; checks ranges (lon in [-180,180], lat in [-90,90], south <= north). */
    static Result<Extent> parse(const QString &text);
    bool operator==(const Extent &o) const = default;
};

} // namespace urbis
