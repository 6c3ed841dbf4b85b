#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "scenario.h"

#include <QCoreApplication>

namespace urbis {

class Catalog;
class LocalObjectStore;

/**
 * Puts a run's GeoTIFFs into the catalog as datasets linked to their scenario: domain "hazard",
 * keyword "scenario:<id>", source "Urbis scenario <name>", the GeoTIFF as the data blob and
 * summary.json as a "metadata" asset. Running the same scenario again adds a new version of each
 * result, or nothing when the bytes are the same (deterministic runs). Caller's thread and Catalog.
 */
class ScenarioResults
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioResults)
public:
    /** The keyword that links results to scenario `id`. */
    static QString keyword(const QString &scenarioId);

    /**
     * `files` are names in `dir` (summary.json among them); `scenario.provenance` names the inputs
     * (the results take the city of the first). With `move` the GeoTIFFs are moved
     * into the store (a work folder), else copied. Returns the result dataset ids.
     */
    static Result<QStringList> record(Catalog &catalog, LocalObjectStore &store, const Scenario &scenario,
                                      const QString &dir, const QStringList &files, bool move);

    /** The latest result datasets of scenario `id`, sorted by title. */
    static Result<QList<DatasetRecord>> of(Catalog &catalog, const QString &scenarioId);
};

} // namespace urbis
