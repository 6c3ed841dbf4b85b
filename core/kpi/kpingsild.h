#pragma once

#include "../util/result.h"
#include "kpidefinition.h"
#include "kpiresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace urbis {

/**
 * A KPI result as NGSI-LD, for context brokers and the platforms the seeds name (OUP, BESSER).
 *
 * Export: one KeyPerformanceIndicator entity (KpiFiware's mapping of the definition) per
 * dimension tuple, in the NGSI-LD *temporal representation* (ETSI GS CIM 009, the shape
 * `GET /temporal/entities` returns): `kpiValue` is an array of Property instances, one per
 * period, each with `observedAt` = the period's first instant in UTC:
 *
 *     "kpiValue": [{"type": "Property", "value": 42.1, "observedAt": "2023-01-01T00:00:00Z",
 *                   "unitCode": "GQ",
 *                   "urbis:period": {"type": "Property", "value": "2023-01"},
 *                   "urbis:status": {"type": "Property", "value": "good"}}, …]
 *
 * A period without a value carries the NGSI-LD Null, "urn:ngsi-ld:null". Entity ids are
 * "urn:ngsi-ld:KeyPerformanceIndicator:<kpi id>" plus ":<value>" per dimension (percent-encoded);
 * the entity also holds urbis:kpiId, urbis:dimensionValues ({field: value}),
 * urbis:resultDimensions, urbis:datasets (provenance), urbis:resultUnit (when it differs from the
 * definition's unit), `area` (the dimension values, informative) and `currentStanding` (the last
 * judged period). A result without values exports as one entity without kpiValue.
 *
 * Import reads that back (and also the simplified temporal form `{"type": "Property", "values":
 * [[v, t], …]}` and instances with only `observedAt`, whose period is derived from the grain).
 * exportResult() then importResult() gives back the result's id, unit, dimensions, values and
 * datasets (factRows and fromCache describe one evaluation run and are not exported).
 *
 * Stateless; any thread.
 */
class KpiNgsiLd
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiNgsiLd)
public:
    static QJsonArray exportResult(const KpiResult &result, const KpiDefinition &definition);
    /**
     * `json` is one entity or an array of them, all of the same KPI. InvalidData naming the entity
     * and attribute for malformed input. `definition`, when given, receives the KPI definition.
     */
    static Result<KpiResult> importResult(const QJsonValue &json, KpiDefinition *definition = nullptr);

    /** The first instant of an ISO period ("2023", "2023-01", "2023-W05", "2023-01-31"), UTC; invalid if malformed. */
    static QDateTime periodStart(const QString &period);
    /** The period of `grain` that contains `time` (UTC), in the notation above. */
    static QString periodOf(const QDateTime &time, TimeGrain grain);
};

} // namespace urbis
