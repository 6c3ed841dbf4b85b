#include "importjob.h"

#include "../catalog/catalog.h"
#include "../storage/objectstore.h"
#include "../util/logging.h"
#include "gpkgwriter.h"
#include "ingestpass.h"
#include "metadataextractor.h"
#include "normalizer.h"
#include "rasterprobe.h"
#include "schemainference.h"
#include "sourceopener.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace urbis {

namespace {

const QString kGpkgMediaType = QStringLiteral("application/geopackage+sqlite3");
const QString kGeoTiffMediaType = QStringLiteral("image/tiff; application=geotiff");

/** Feedback of one stage mapped onto a share of the whole job's progress bar. */
class StageFeedback
{
public:
    StageFeedback(Feedback *outer, double from, double to) : m_outer(outer), m_from(from), m_to(to)
    {
        if (m_outer) {
            // Runs on the worker thread (the stage reports progress there), so a cancel from the GUI
            // reaches the stage through the outer Feedback's atomic flag without a cross-thread call.
            QObject::connect(&m_inner, &Feedback::progressChanged, &m_inner, [this](double p) {
                m_outer->setProgress(m_from + (m_to - m_from) * p / 100.0);
                if (m_outer->isCancelled())
                    m_inner.cancel();
            }, Qt::DirectConnection);
        }
    }
    Feedback *get()
    {
        if (m_outer && m_outer->isCancelled())
            m_inner.cancel();
        return &m_inner;
    }
    bool cancelled() const { return m_outer && m_outer->isCancelled(); }

private:
    Feedback *m_outer;
    double m_from, m_to;
    Feedback m_inner;
};

DatasetRecord::Validation stateOf(const ValidationReport &report)
{
    if (!report.errors.isEmpty())
        return DatasetRecord::Validation::Invalid;
    return report.notices.isEmpty() ? DatasetRecord::Validation::Valid : DatasetRecord::Validation::Warnings;
}

} // namespace

ImportJob::ImportJob(Catalog &catalog, ObjectStore &store, QString workDir)
    : m_catalog(catalog), m_store(store), m_workDir(std::move(workDir))
{
}

void ImportJob::lap(const char *stage)
{
    qCDebug(lcIngest, "%s: %lld ms", stage, m_clock.restart());
}

Result<ImportOutcome> ImportJob::run(const ImportRequest &request, Feedback *feedback)
{
    m_clock.start();
    const QFileInfo info(request.path);
    if (!info.isFile())
        return Error(Error::Code::NotFound, tr("Cannot read %1: no such file").arg(request.path));
    if (feedback)
        feedback->setStatus(tr("Copying %1").arg(info.fileName()));
    // Storing the original first hashes it too: one read gives the duplicate check and the source blob.
    Result<ObjectInfo> original = [&] {
        StageFeedback stage(feedback, 0, 15);
        return m_store.putFile(request.path, stage.get());
    }();
    if (!original)
        return original.error();
    m_sourceSha = original->sha256;
    lap("store the original");

    if (!request.allowDuplicate) {
        Result<QStringList> known = m_catalog.findByAsset(QStringLiteral("source"), m_sourceSha);
        if (!known)
            return known.error();
        if (!known->isEmpty()) {
            Result<DatasetRecord> existing = m_catalog.get(known->last());
            if (!existing)
                return existing.error();
            ImportOutcome out;
            out.status = ImportOutcome::Status::Duplicate;
            out.record = *existing;
            return out;
        }
    }

    if (!QDir().mkpath(m_workDir))
        return Error(Error::Code::Io, tr("Cannot create the work folder %1").arg(m_workDir));
    QTemporaryDir work(QDir(m_workDir).filePath(QStringLiteral("import-XXXXXX")));
    if (!work.isValid())
        return Error(Error::Code::Io, tr("Cannot create a work folder in %1").arg(m_workDir), work.errorString());
    const SourceKind kind = SourceOpener::kindOf(request.path);
    return kind == SourceKind::Raster ? importRaster(request, work.path(), feedback)
                                      : importTable(request, work.path(), feedback);
}

Result<ImportOutcome> ImportJob::importTable(const ImportRequest &request, const QString &workDir, Feedback *feedback)
{
    ImportOutcome out;
    SourceOpener::Options so;
    so.dialect = request.validation.dialect;
    so.header = request.validation.header;
    so.layer = request.layers.value(0);
    Result<std::unique_ptr<RecordSource>> opened = SourceOpener::open(request.path, so);
    if (!opened) {
        if (opened.error().code != Error::Code::InvalidData)
            return opened.error();
        out.report = IngestPass::unreadable(opened.error());
        return out; // Refused: nothing readable to store
    }
    RecordSource &source = **opened;
    m_sourceFormat = source.format();
    m_sourceMediaType = source.mediaType();

    if (request.schema) {
        out.schema = *request.schema;
    } else {
        if (feedback)
            feedback->setStatus(tr("Detecting column types"));
        StageFeedback stage(feedback, 15, 40);
        Result<SchemaInference> inferred = SchemaInference::infer(source, {}, stage.get());
        if (!inferred)
            return stage.cancelled() ? Error(Error::Code::Cancelled, tr("Import cancelled")) : inferred.error();
        out.schema = inferred->schema();
        out.schemaSampled = inferred->sampled();
        lap("infer the schema");
    }

    const GpkgLayout layout = Normalizer::layoutFor(out.schema, source);
    const QString gpkg = QDir(workDir).filePath(QStringLiteral("data.gpkg"));
    Result<GpkgWriter> writer = GpkgWriter::create(gpkg, layout);
    if (!writer)
        return writer.error();
    if (feedback)
        feedback->setStatus(tr("Validating and converting"));
    IngestPass::Settings settings;
    settings.schema = out.schema;
    settings.validation = request.validation;
    IngestPass pass(settings);
    pass.setWriter(&*writer);
    Result<ValidationReport> report = [&] {
        StageFeedback stage(feedback, 40, 85);
        Result<ValidationReport> r = pass.run(source, stage.get());
        if (!r && stage.cancelled())
            return Result<ValidationReport>(Error(Error::Code::Cancelled, tr("Import cancelled")));
        return r;
    }();
    if (!report)
        return report.error();
    lap("validate and write");
    out.report = *report;
    out.report.sha256 = m_sourceSha;
    out.report.bytes = QFileInfo(request.path).size();
    if (stateOf(out.report) == DatasetRecord::Validation::Invalid && !request.allowInvalid)
        return out; // Refused; the writer's destructor deletes the work file
    if (feedback)
        feedback->setStatus(tr("Building the spatial index"));
    if (Result<void> f = writer->finish(); !f)
        return f.error();
    lap("spatial index");

    DatasetRecord &r = out.record;
    r = request.metadata;
    if (Result<void> m = MetadataExtractor::fromGeoPackage(gpkg, layout.layerName, out.schema, {}, r); !m)
        return m.error();
    return store(std::move(out), request, gpkg, kGpkgMediaType, feedback);
}

Result<ImportOutcome> ImportJob::importRaster(const ImportRequest &request, const QString &workDir, Feedback *feedback)
{
    ImportOutcome out;
    Result<RasterInfo> info = RasterProbe::probe(request.path);
    if (!info) {
        if (info.error().code != Error::Code::InvalidData && info.error().code != Error::Code::Unsupported)
            return info.error();
        out.report = IngestPass::unreadable(info.error());
        return out;
    }
    m_sourceFormat = info->format;
    m_sourceMediaType = info->mediaType;
    out.report.sha256 = m_sourceSha;
    out.report.bytes = QFileInfo(request.path).size();
    out.report.fields = info->bands;
    if (info->crs.isEmpty() && !info->gpsLatitude) {
        ValidationError e;
        e.type = QStringLiteral("crs-missing");
        e.message = tr("The raster is not georeferenced: it cannot be placed on the map");
        out.report.notices << e;
    }
    const QString tif = QDir(workDir).filePath(QStringLiteral("data.tif"));
    if (feedback)
        feedback->setStatus(tr("Converting to tiled GeoTIFF"));
    StageFeedback stage(feedback, 15, 85);
    if (Result<void> n = Normalizer::normalizeRaster(request.path, tif, stage.get()); !n)
        return n.error();
    out.record = request.metadata;
    MetadataExtractor::fromRaster(*info, out.record);
    return store(std::move(out), request, tif, kGeoTiffMediaType, feedback);
}

Result<ImportOutcome> ImportJob::store(ImportOutcome out, const ImportRequest &request, const QString &dataFile,
                                       const QString &dataMediaType, Feedback *feedback)
{
    if (feedback && feedback->isCancelled())
        return Error(Error::Code::Cancelled, tr("Import cancelled"));
    if (feedback)
        feedback->setStatus(tr("Storing"));
    Result<ObjectInfo> data = [&] {
        StageFeedback stage(feedback, 85, 98);
        return m_store.moveIn(dataFile, stage.get());
    }();
    if (!data)
        return data.error();
    lap("store the data");
    const QByteArray reportJson = QJsonDocument(out.report.toJson()).toJson(QJsonDocument::Indented);
    Result<ObjectInfo> report = m_store.putData(reportJson);
    if (!report)
        return report.error();

    DatasetRecord &r = out.record;
    const QFileInfo source(request.path);
    if (r.title.trimmed().isEmpty())
        r.title = source.completeBaseName();
    r.format = m_sourceFormat;
    r.mediaType = dataMediaType;
    r.sha256 = data->sha256;
    r.byteSize = data->size;
    r.validation = stateOf(out.report);
    r.assets = {AssetInfo{QStringLiteral("data"), source.completeBaseName() + QLatin1Char('.') + QFileInfo(dataFile).suffix(),
                          dataMediaType, data->sha256, data->size},
                AssetInfo{QStringLiteral("source"), source.fileName(), m_sourceMediaType, m_sourceSha, source.size()},
                AssetInfo{QStringLiteral("report"), QStringLiteral("validation-report.json"), QStringLiteral("application/json"),
                          report->sha256, report->size}};
    if (request.newVersionOf.isEmpty()) {
        Result<QString> same = m_catalog.latestByTitle(r.title);
        if (!same)
            return same.error();
        out.sameTitleId = *same;
    }
    // The one write that makes the dataset exist.
    Result<DatasetRecord> stored = request.newVersionOf.isEmpty() ? m_catalog.insert(r) : m_catalog.addVersion(request.newVersionOf, r);
    if (!stored)
        return stored.error();
    out.record = *stored;
    out.status = ImportOutcome::Status::Imported;
    lap("catalog");
    qCDebug(lcIngest) << "imported" << request.path << "as" << out.record.id;
    if (feedback)
        feedback->setProgress(100);
    return out;
}

} // namespace urbis
