#pragma once

#include "../geo/gridgeoref.h"
#include "../util/feedback.h"
#include "impactspec.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QStringList>

namespace urbis {

class Catalog;
class LocalObjectStore;

/**
 * A scenario's inputs on its grid, ready for the models: "flat" terrain and "uniform" fuel made
 * up, catalog datasets resampled onto the grid (GeoTIFF rasters warped: elevation bilinear, fuel
 * classes nearest; vector barriers rasterised) and barrier polylines drawn 4-connected, so nothing
 * leaks through a diagonal. Records each dataset used (id, version, sha256) as provenance.
 * A plain value, built on the caller's thread with the caller's Catalog.
 */
struct ScenarioInputs
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioInputs)
public:
    GridGeoref georef;
    FloatGrid elevation;  ///< metres; all 0 for "flat"
    ByteGrid fuel;        ///< fuel codes (wildfire only)
    ByteGrid barriers;    ///< 1 = barrier; empty when the scenario has none
    QList<ImpactLayer> impactLayers; ///< the scenario's impacts on their stored files
    ScenarioProvenance provenance;
    QStringList warnings; ///< e.g. part of the grid outside a dataset (filled, and said so)

    /**
     * `catalog` and `store` may be null for scenarios without datasets. Errors: NotFound (no
     * dataset of that id or title), InvalidData (not a raster / not a vector layer, no overlap
     * with the grid, unknown fuel codes), Cancelled.
     */
    static Result<ScenarioInputs> build(const Scenario &scenario, Catalog *catalog, const LocalObjectStore *store,
                                        Feedback *feedback = nullptr);

    WildfireInputs wildfire(const Scenario &scenario) const;
    FloodInputs flood() const;
};

} // namespace urbis
