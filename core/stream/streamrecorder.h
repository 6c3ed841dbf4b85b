#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "fieldmapping.h"
#include "streamsample.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * Records a stream into a dataset: a GeoPackage time-series layer "data" (time, entity, lat, lon,
 * the mapped measures with their units, the attributes, received; a point per sample that has a
 * position) at `<data dir>/recordings/<dataset id>.gpkg`, plus a "gaps" table (start, end) for
 * the times the link was down.
 *
 * The catalog record exists from start() on (keyword "recording", source = the stream URL) and its
 * feature count, time range and extent are updated about every 2 s, so the dataset shows in the
 * catalog while it records. Rows are committed in batched transactions at least every
 * commitIntervalMs (default 250 ms): a stop or a crash loses at most the last second. finish()
 * commits, builds the spatial index, moves the file into the object store and completes the
 * record (sha256, size, fields; keyword "recording" removed) so it is an ordinary dataset.
 * recoverAll() does the same for recordings a killed process left behind.
 *
 * Used from one thread (it opens its own catalog connection).
 */
class StreamRecorder
{
    Q_DECLARE_TR_FUNCTIONS(urbis::StreamRecorder)
public:
    struct Options
    {
        QString title;  ///< default: "<stream name> recording <UTC start>"
        QString source; ///< the stream URL (origin of the data)
        QString domain = QStringLiteral("air");
        QString city;
        QString countryCode;
        int commitIntervalMs = 250;
    };

    static QString recordingsDir(const QString &dataDir);
    static Result<StreamRecorder> start(const QString &dataDir, const FieldMapping &mapping,
                                        const Options &options);

    StreamRecorder(StreamRecorder &&) noexcept;
    StreamRecorder &operator=(StreamRecorder &&) noexcept;
    ~StreamRecorder(); ///< without finish(): commits what it has and leaves the file for recoverAll()

    QString datasetId() const;
    QString path() const;
    qint64 rowsWritten() const; ///< appended so far (committed or not)
    qint64 rowsCommitted() const;

    Result<void> append(const StreamBatch &batch);
    Result<void> appendGap(qint64 fromMs, qint64 toMs);
    /** Commits now (append() commits by itself once commitIntervalMs has passed). */
    Result<void> commit();
    /** Commits, indexes, stores; returns the completed record. The recorder is spent afterwards. */
    Result<DatasetRecord> finish();

    /**
     * Finishes every recording under recordingsDir(dataDir) that no live recorder holds (a killed
     * process's): its committed rows become the dataset. Returns the ids it completed.
     */
    static Result<QStringList> recoverAll(const QString &dataDir);

private:
    struct Private;
    explicit StreamRecorder(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace urbis
