#pragma once

#include "impactrecord.h"
#include "scenarioprovenance.h"

#include <QJsonObject>
#include <QStringList>

namespace urbis {

/** What a finished ScenarioRunner produced. */
struct ScenarioRunResult
{
    QString outDir;          ///< where the files are; empty when they only went into the catalog
    QStringList files;       ///< names in outDir, summary.json last
    QJsonObject summary;     ///< the contents of summary.json
    QStringList datasetIds;  ///< catalog records of the results (new, new versions or unchanged ones)
    QStringList warnings;    ///< from the inputs
    ScenarioProvenance provenance;
    qint64 cellUpdates = 0;  ///< the model's work count
    qint64 modelMs = 0;      ///< wall time in the model
    QList<ImpactRecord> impact; ///< per step and metric; empty when the scenario names no impact layers
};

} // namespace urbis
