#pragma once

#include "../util/feedback.h"
#include "importoutcome.h"
#include "importrequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace urbis {

class Catalog;
class ObjectStore;

/**
 * Imports one file into a workspace: hash, duplicate check, read, infer or apply the schema,
 * validate, normalise (GeoPackage or tiled GeoTIFF), store the blobs, write the catalog record.
 *
 * Atomic: the blobs (normalised data, original file, report) go into the content-addressed store
 * first and the catalog record, the only thing that makes a dataset exist, is written last in one
 * transaction. A process killed at any point leaves either the complete dataset or none; at worst
 * unreferenced blobs and a work folder, which Workspace::collectGarbage removes.
 *
 * Runs on the calling thread with the given catalog connection (open one per thread).
 */
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImportJob)

public:
    /** `workDir`: where work files go (same file system as the store, so moving them in is cheap). */
    ImportJob(Catalog &catalog, ObjectStore &store, QString workDir);

    Result<ImportOutcome> run(const ImportRequest &request, Feedback *feedback = nullptr);

private:
    Result<ImportOutcome> importTable(const ImportRequest &request, const QString &workDir, Feedback *feedback);
    Result<ImportOutcome> importRaster(const ImportRequest &request, const QString &workDir, Feedback *feedback);
    Result<ImportOutcome> store(ImportOutcome outcome, const ImportRequest &request, const QString &dataFile,
                                const QString &dataMediaType, Feedback *feedback);

    /** Logs how long the stage that just ended took (QT_LOGGING_RULES="urbis.ingest.debug=true"). */
    void lap(const char *stage);

    Catalog &m_catalog;
    QElapsedTimer m_clock;
    ObjectStore &m_store;
    QString m_workDir;
    QString m_sourceSha;
    QString m_sourceFormat;
    QString m_sourceMediaType;
};

} // namespace urbis
