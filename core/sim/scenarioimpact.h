#pragma once

#include "../util/result.h"
#include "impactspec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace urbis {

/**
 * One vector layer a scenario's hazard is intersected with after the run (ImpactAnalysis): a
 * catalog dataset by id or exact title and what to measure in it. JSON:
 * {"dataset": "...", "kind": "assets" | "roads" | "population", "metric": "...",
 *  "category": "<field>", "population": "<field>"}. A plain value.
 */
struct ScenarioImpact
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioImpact)
public:
    QString dataset;
    ImpactLayer::Kind kind = ImpactLayer::Kind::Assets;
    QString metric;          ///< empty: "buildings", "roads" or "people"
    QString categoryField;   ///< assets: count per value; population: people per district
    QString populationField; ///< population: required

    static QString kindName(ImpactLayer::Kind kind);
    QJsonObject toJson() const;
    /** InvalidData naming `path` (e.g. "impacts[0]") for unknown keys, kinds or missing fields. */
    static Result<ScenarioImpact> fromJson(const QJsonValue &v, const QString &path);
    /** The analysis layer on the dataset's stored file at `path`. */
    ImpactLayer layer(const QString &path) const;
    bool operator==(const ScenarioImpact &) const = default;
};

} // namespace urbis
