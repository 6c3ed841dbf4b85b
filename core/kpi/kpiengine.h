#pragma once

#include "../catalog/fieldinfo.h"
#include "../util/feedback.h"
#include "../util/result.h"
#include "kpidefinition.h"
#include "kpifilter.h"
#include "kpiresult.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace urbis {

class Catalog;
class KpiCache;
class LocalObjectStore;

/**
 * Evaluates KPI definitions over the catalog's stored GeoPackage facts.
 *
 * Each aggregate of a formula becomes one parameterised SELECT per source dataset (filters bound,
 * never spliced; identifiers checked against the dataset's columns and quoted); rows are grouped in
 * memory by UTC day and the grouping fields into a FactCube, cached in the KpiCache, then rolled up
 * to the requested grain and filters and combined by the formula. Sources with a coarser time
 * (a year field) or none are matched by the enclosing period or apply to every period.
 *
 * Lives on one thread (it uses `catalog`, which belongs to that thread); the cache may be shared.
 */
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiEngine)
public:
    KpiEngine(Catalog &catalog, const LocalObjectStore &store, std::shared_ptr<KpiCache> cache = {});
    ~KpiEngine();

    /** InvalidData for a formula that does not check (message names the position), NotFound for a missing dataset. */
    Result<KpiResult> evaluate(const KpiDefinition &kpi, const KpiFilter &filter = {}, Feedback *feedback = nullptr);
    /**
     * Evaluates each KPI (skipping those of another domain when the filter names one). Without
     * `errors` the first failing KPI fails the call; with it, failures are collected by KPI id and
     * the failed KPI is returned without values. Cancelling always fails the call.
     */
    Result<QList<KpiResult>> evaluateAll(const QList<KpiDefinition> &kpis, const KpiFilter &filter = {},
                                         Feedback *feedback = nullptr, QMap<QString, Error> *errors = nullptr);
    /** The fields of each source (alias -> fields of its first dataset), for completion and checking. */
    Result<QMap<QString, QList<FieldInfo>>> sourceFields(const KpiDefinition &kpi);
    /** Catalog ids of the datasets a source resolves to (latest versions), in catalog order. */
    Result<QStringList> resolveSource(const KpiSource &source);

    std::shared_ptr<KpiCache> cache() const { return m_cache; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    std::shared_ptr<KpiCache> m_cache;
};

} // namespace urbis
