#pragma once

#include "../geo/extent.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/** What RasterProbe reads from a raster or photo without decoding its pixels. */
struct RasterInfo
{
    QString format;     ///< GTiff, PNG, JPEG, ... (GDAL short name)
    QString mediaType;  ///< image/tiff; application=geotiff, image/png, image/jpeg, ...
    int width = 0;
    int height = 0;
    int bands = 0;
    QStringList bandTypes;     ///< GDAL data type names per band (Byte, Float32, ...)
    QString crs;               ///< "EPSG:n" or WKT; empty when not georeferenced
    std::optional<Extent> bbox; ///< WGS84; from the georeferencing, or a point box from EXIF GPS
    std::optional<double> noData;
    // Photos: EXIF position and time when present.
    std::optional<double> gpsLatitude, gpsLongitude;
    QDateTime takenAt; ///< EXIF DateTimeOriginal as UTC (local time without zone is taken as UTC); invalid when absent
};

} // namespace urbis
