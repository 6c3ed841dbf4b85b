#pragma once

#include <QByteArray>

#include <optional>

namespace urbis::gpkgpoint {

/**
 * GeoPackage geometry blobs of 2D points, the only geometry a stream sample has: the "GP" header
 * (version 0, little-endian, no envelope, as GDAL writes points) followed by OGC WKB.
 */
constexpr int kBlobSize = 8 + 21;

/** Writes the kBlobSize bytes of the point (x = lon, y = lat) with `srsId` to `out`. */
void encode(double x, double y, int srsId, char *out);
QByteArray blob(double x, double y, int srsId = 4326);

struct Point
{
    double x, y;
};
/** The point of a blob; nullopt when it is not a non-empty 2D (or Z/M) point or cannot be read. */
std::optional<Point> decode(QByteArrayView blob);

} // namespace urbis::gpkgpoint
