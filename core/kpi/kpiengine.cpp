#include "kpiengine.h"

#include "../catalog/catalog.h"
#include "../storage/localobjectstore.h"
#include "aggregatetable.h"
#include "factscan.h"
#include "formulaparser.h"
#include "formulasql.h"
#include "kpicache.h"
#include "kpievaluator.h"
#include "kpiplan.h"
#include "kpisourceresolver.h"
#include "periodcalendar.h"

#include <QFile>

#include <algorithm>

namespace urbis {

struct KpiEngine::Private
{
    Catalog &catalog;
    const LocalObjectStore &store;
    /** The share of the caller's progress bar this evaluation fills (evaluateAll splits it per KPI). */
    double progressFrom = 0;
    double progressSpan = 100;
};

KpiEngine::KpiEngine(Catalog &catalog, const LocalObjectStore &store, std::shared_ptr<KpiCache> cache)
    : d(std::make_unique<Private>(Private{catalog, store})), m_cache(cache ? std::move(cache) : std::make_shared<KpiCache>())
{
}

KpiEngine::~KpiEngine() = default;

Result<QStringList> KpiEngine::resolveSource(const KpiSource &source)
{
    Result<QList<DatasetRecord>> records = KpiSourceResolver::records(d->catalog, source);
    if (!records)
        return records.error();
    QStringList ids;
    for (const DatasetRecord &r : *records)
        ids << r.id;
    return ids;
}

Result<QMap<QString, QList<FieldInfo>>> KpiEngine::sourceFields(const KpiDefinition &kpi)
{
    QMap<QString, QList<FieldInfo>> out;
    for (const KpiSource &s : kpi.sources) {
        Result<QList<DatasetRecord>> records = KpiSourceResolver::records(d->catalog, s);
        if (!records)
            return records.error();
        out.insert(s.alias, records->isEmpty() ? QList<FieldInfo>() : records->first().fields);
    }
    return out;
}

Result<KpiResult> KpiEngine::evaluate(const KpiDefinition &kpi, const KpiFilter &filter, Feedback *feedback)
{
    if (Result<void> v = kpi.validate(); !v)
        return v.error();
    const FormulaParser::Outcome parsed = FormulaParser::parse(kpi.formula);
    if (parsed.error)
        return Error(Error::Code::InvalidData, tr("KPI \"%1\": %2 (at character %3 of the formula)")
                                                   .arg(kpi.id, parsed.error->message).arg(parsed.error->start + 1));

    // Sources: every dataset, then those the city filter keeps.
    KpiPlan plan(kpi, filter.grain.value_or(kpi.grain));
    for (const KpiSource &s : kpi.sources) {
        Result<QList<DatasetRecord>> records = KpiSourceResolver::records(d->catalog, s);
        if (!records)
            return records.error();
        if (records->isEmpty())
            return Error(Error::Code::NotFound, tr("KPI \"%1\": no dataset matches its source \"%2\" (domain %3, fields %4)")
                                                    .arg(kpi.id, s.alias.isEmpty() ? tr("default") : s.alias, s.domain,
                                                         s.requiredFields.join(QStringLiteral(", "))));
        for (const DatasetRecord &r : *records) {
            const bool cityKept = filter.cities.isEmpty() ||
                                  std::any_of(filter.cities.begin(), filter.cities.end(),
                                              [&](const QString &c) { return c.compare(r.city, Qt::CaseInsensitive) == 0; });
            plan.addDataset(s, r, cityKept, d->store.pathFor(r.sha256));
        }
    }
    if (Result<void> checked = plan.check(parsed.formula); !checked)
        return checked.error();
    if (Result<void> built = plan.build(parsed.formula); !built)
        return built.error();

    KpiResult result;
    result.id = kpi.id;
    result.unit = kpi.unit;
    result.dimensions = kpi.dimensions;
    result.datasets = plan.datasetIds();
    result.fromCache = true;
    const QList<KpiPlan::Scan> &scans = plan.scans();
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const KpiPlan::Scan &scan = scans.at(i);
        const QByteArray key = scan.spec.cacheKey(scan.sha256);
        std::shared_ptr<const FactCube> cube = m_cache->find(key);
        if (!cube) {
            if (!QFile::exists(scan.spec.path))
                return Error(Error::Code::NotFound, tr("The data of \"%1\" is not on this computer: download it first").arg(scan.title));
            if (feedback && feedback->isCancelled())
                return Error(Error::Code::Cancelled, tr("Cancelled"));
            // The caller's own Feedback goes down, so Cancel reaches the scan without a relay object.
            const double span = d->progressSpan / double(scans.size());
            Result<std::shared_ptr<FactCube>> built = FactScan::run(scan.spec, feedback, 0, d->progressFrom + double(i) * span, span);
            if (!built)
                return built.error();
            result.factRows += (*built)->factRows;
            result.fromCache = false;
            m_cache->insert(key, *built);
            cube = *built;
        }
        plan.addCube(i, cube);
    }
    if (feedback)
        feedback->setProgress(d->progressFrom + d->progressSpan);

    AggregateTable::Clip clip;
    if (filter.from.isValid())
        clip.from = PeriodCalendar::dayOf(filter.from);
    if (filter.to.isValid())
        clip.to = PeriodCalendar::dayOf(filter.to);
    clip.dimensionValues = filter.dimensionValues;
    Result<void> rolled = plan.rollUp(clip);
    if (!rolled)
        return rolled.error();
    KpiEvaluator evaluator(kpi, plan.grain(), plan.tables());
    Result<QList<KpiValue>> values = evaluator.evaluate(parsed.formula.root, plan.keys(clip));
    if (!values)
        return values.error();
    result.values = *values;
    return result;
}

Result<QList<KpiResult>> KpiEngine::evaluateAll(const QList<KpiDefinition> &kpis, const KpiFilter &filter, Feedback *feedback,
                                                QMap<QString, Error> *errors)
{
    QList<KpiResult> out;
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        const KpiDefinition &k = kpis.at(i);
        if (!filter.domain.isEmpty() && k.domain != filter.domain)
            continue;
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        if (feedback)
            feedback->setStatus(tr("Evaluating %1").arg(k.name.isEmpty() ? k.id : k.name));
        d->progressFrom = 100.0 * double(i) / double(kpis.size());
        d->progressSpan = 100.0 / double(kpis.size());
        Result<KpiResult> r = evaluate(k, filter, feedback);
        d->progressFrom = 0;
        d->progressSpan = 100;
        if (!r) {
            if (r.error().code == Error::Code::Cancelled)
                return r.error();
            if (!errors)
                return r.error();
            errors->insert(k.id, r.error());
            KpiResult failed;
            failed.id = k.id;
            failed.unit = k.unit;
            failed.dimensions = k.dimensions;
            out.append(failed);
            continue;
        }
        out.append(*r);
    }
    return out;
}

} // namespace urbis
