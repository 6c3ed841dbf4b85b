#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace urbis {

/** Where a hazard grid lies: its size, a GDAL geotransform and a CRS. */
struct ImpactGridRef
{
    int width = 0;
    int height = 0;
    /** GDAL order: x = gt[0] + col*gt[1] + row*gt[2], y = gt[3] + col*gt[4] + row*gt[5] (cell corners). */
    std::array<double, 6> geoTransform{0, 1, 0, 0, 0, -1};
    QString crs; ///< "EPSG:32634", WKT or anything else GDAL's OSRSetFromUserInput accepts
};

/** A vector layer to intersect with the hazard. */
struct ImpactLayer
{
    enum class Kind {
        Assets,    ///< buildings, facilities: a feature counts when its point / centroid is in a hazard cell
        Roads,     ///< lines: metres inside hazard cells
        Population ///< district polygons: population x share of the district's area in hazard cells
    };
    Kind kind = Kind::Assets;
    QString path;      ///< GeoPackage (or any OGR vector source)
    QString layerName; ///< empty = the first layer
    QString metric;    ///< metric name; empty = "buildings", "roads" or "people"
    /** Assets: also count per value of this field; Population: also report people per district (its name). */
    QString categoryField;
    QString populationField; ///< Population: people living in the district (required)

    QString metricName() const;
    QString unit() const; ///< "count", "m" or "people"
};

/** What ImpactAnalysis::prepare needs: the grid, the layers and how steps map to time. */
struct ImpactSpec
{
    ImpactGridRef grid;
    QList<ImpactLayer> layers;
    QDateTime start;         ///< time of step 0 (UTC); invalid = records carry no wall-clock time
    double stepSeconds = 60; ///< simulated time per step
};

} // namespace urbis
