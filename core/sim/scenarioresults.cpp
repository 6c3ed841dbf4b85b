#include "scenarioresults.h"

#include "../catalog/catalog.h"
#include "../ingest/metadataextractor.h"
#include "../ingest/rasterprobe.h"
#include "../storage/localobjectstore.h"
#include "scenariooutputs.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <optional>

namespace urbis {

namespace {

const QString kGeoTiff = QStringLiteral("image/tiff; application=geotiff");

QString titleOf(const Scenario &s, const QString &file)
{
    if (file == ScenarioOutputs::kArrival)
        return ScenarioResults::tr("%1: fire arrival step").arg(s.displayName());
    if (file == ScenarioOutputs::kDepthMax)
        return ScenarioResults::tr("%1: maximum flood depth").arg(s.displayName());
    if (file == ScenarioOutputs::kDepthFrames)
        return ScenarioResults::tr("%1: flood depth per step").arg(s.displayName());
    return ScenarioResults::tr("%1: %2").arg(s.displayName(), file);
}

QString descriptionOf(const Scenario &s, const QString &file)
{
    const QString what = file == ScenarioOutputs::kArrival
                             ? ScenarioResults::tr("The step at which each cell caught fire (-1 = unburned), one step = %1 min.")
                                   .arg(s.stepMinutes)
                         : file == ScenarioOutputs::kDepthMax
                             ? ScenarioResults::tr("The deepest water on each cell during the run, in metres.")
                             : ScenarioResults::tr("Water depth in metres, one band per reported step (see summary.json).");
    return ScenarioResults::tr("%1 Simulated by Urbis: scenario \"%2\" (%3, %4 steps, seed %5, engine version %6).")
        .arg(what, s.id, Scenario::typeName(s.type))
        .arg(s.steps)
        .arg(s.seed)
        .arg(ScenarioProvenance::kEngineVersion);
}

const AssetInfo *dataAsset(const DatasetRecord &r)
{
    const auto it = std::find_if(r.assets.begin(), r.assets.end(), [](const AssetInfo &a) { return a.role == u"data"; });
    return it == r.assets.end() ? nullptr : &*it;
}

// The city of the first input dataset that has one: results belong where their inputs are.
QString cityOf(Catalog &catalog, const Scenario &s)
{
    for (const ScenarioProvenance::Input &in : s.provenance.inputs)
        if (Result<DatasetRecord> r = catalog.get(in.id); r && !r->city.isEmpty())
            return r->city;
    return {};
}

} // namespace

QString ScenarioResults::keyword(const QString &scenarioId)
{
    return QStringLiteral("scenario:") + scenarioId;
}

Result<QList<DatasetRecord>> ScenarioResults::of(Catalog &catalog, const QString &scenarioId)
{
    CatalogQuery q;
    q.domains = {QStringLiteral("hazard")};
    q.limit = 0;
    q.withFacets = false;
    q.sort = CatalogQuery::Sort::Title;
    Result<SearchResult> found = catalog.search(q);
    if (!found)
        return found.error();
    QList<DatasetRecord> out;
    for (const DatasetRecord &brief : std::as_const(found->records)) {
        if (!brief.keywords.contains(keyword(scenarioId)))
            continue;
        Result<DatasetRecord> full = catalog.get(brief.id); // search results carry no assets
        if (!full)
            return full.error();
        out << *full;
    }
    return out;
}

Result<QStringList> ScenarioResults::record(Catalog &catalog, LocalObjectStore &store, const Scenario &scenario,
                                            const QString &dir, const QStringList &files, bool move)
{
    Result<QList<DatasetRecord>> existing = of(catalog, scenario.id);
    if (!existing)
        return existing.error();
    Result<ObjectInfo> summaryBlob = store.putFile(QDir(dir).filePath(ScenarioOutputs::kSummary));
    if (!summaryBlob)
        return summaryBlob.error();
    // The impact per step (a table) goes with every result, like the summary.
    std::optional<ObjectInfo> impactBlob;
    if (files.contains(ScenarioOutputs::kImpact)) {
        Result<ObjectInfo> blob = store.putFile(QDir(dir).filePath(ScenarioOutputs::kImpact));
        if (!blob)
            return blob.error();
        impactBlob = *blob;
    }
    const QString city = cityOf(catalog, scenario);
    QStringList ids;
    for (const QString &file : files) {
        if (!file.endsWith(QLatin1String(".tif")))
            continue;
        const QString path = QDir(dir).filePath(file);
        Result<RasterInfo> info = RasterProbe::probe(path);
        if (!info)
            return info.error();
        Result<ObjectInfo> data = move ? store.moveIn(path) : store.putFile(path);
        if (!data)
            return data.error();
        const auto previous = std::find_if(existing->begin(), existing->end(), [&](const DatasetRecord &r) {
            const AssetInfo *a = dataAsset(r);
            return a && a->name == file;
        });
        if (previous != existing->end() && previous->sha256 == data->sha256) {
            ids << previous->id; // the same bytes as last time: nothing new to record
            continue;
        }
        DatasetRecord r;
        r.title = titleOf(scenario, file);
        r.description = descriptionOf(scenario, file);
        r.source = QStringLiteral("Urbis scenario %1").arg(scenario.displayName());
        r.publisher = QStringLiteral("Urbis");
        r.city = city;
        r.domain = QStringLiteral("hazard");
        r.keywords = {keyword(scenario.id), QStringLiteral("scenario"), Scenario::typeName(scenario.type), QStringLiteral("simulation")};
        r.format = info->format;
        r.mediaType = kGeoTiff;
        MetadataExtractor::fromRaster(*info, r);
        r.sha256 = data->sha256;
        r.byteSize = data->size;
        r.validation = DatasetRecord::Validation::Valid;
        r.assets = {AssetInfo{QStringLiteral("data"), file, kGeoTiff, data->sha256, data->size},
                    AssetInfo{QStringLiteral("metadata"), ScenarioOutputs::kSummary, QStringLiteral("application/json"),
                              summaryBlob->sha256, summaryBlob->size}};
        if (impactBlob)
            r.assets << AssetInfo{QStringLiteral("impact"), ScenarioOutputs::kImpact, QStringLiteral("text/csv"),
                                  impactBlob->sha256, impactBlob->size};
        Result<DatasetRecord> stored = previous != existing->end() ? catalog.addVersion(previous->id, r) : catalog.insert(r);
        if (!stored)
            return stored.error();
        ids << stored->id;
    }
    return ids;
}

} // namespace urbis
