#pragma once

#include "../util/result.h"
#include "recordinglayout.h"
#include "recordingstats.h"
#include "streamsample.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * The GeoPackage of one recording, written with SQLite directly (GDAL's per-feature path costs
 * more than the insert): a features table "data" (points in EPSG:4326, or an attribute table when
 * the stream has no position) laid out as GDAL writes one, so GDAL, the KPI scan and the preview
 * read it like an imported dataset, plus an attribute table "gaps" (start, end).
 *
 * Crash-safe at every moment: WAL journal, rows added in transactions that commit() closes, and
 * nothing but valid GeoPackage content in each committed state. The spatial index and GDAL's
 * feature count triggers are added by finalize(), once, like the bulk load of an import: keeping
 * the R*Tree per row would cost ~10 µs a row, half the budget of a 20,000 rows/s stream.
 *
 * Used from one thread; move-only. Destroying it without commit() loses the pending rows (as a
 * crash would) and leaves a valid file.
 */
class RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordingFile)
public:
    /** Creates `path` (which must not exist) with the empty tables. */
    static Result<RecordingFile> create(const QString &path, const RecordingLayout &layout);
    /** Opens an existing recording (a killed process's) for scan() and finalize(). */
    static Result<RecordingFile> open(const QString &path, const RecordingLayout &layout);

    RecordingFile(RecordingFile &&) noexcept;
    RecordingFile &operator=(RecordingFile &&) noexcept;
    ~RecordingFile();

    /** Adds a row to the open transaction (starting one when needed). */
    Result<void> append(const StreamSample &sample);
    Result<void> appendGap(qint64 fromMs, qint64 toMs);
    /** Commits the open transaction with the feature count and extent of everything written. */
    Result<void> commit();

    qint64 pendingRows() const;
    const RecordingStats &committed() const;
    /** Reads rows, time range and extent from the table itself (after a crash); also sets committed(). */
    Result<RecordingStats> scan();
    /**
     * Points the packed spatial index is built from in memory (40 bytes each, GpkgWriter's budget):
     * 2M is a day of a 23 msg/s feed or 100 s of a 20,000 msg/s one, in 80 MB. Beyond it SQLite
     * fills the index itself, in bounded memory but at ~20 µs a row instead of ~1.
     */
    static constexpr qint64 kBulkIndexLimit = 2'000'000;

    /**
     * Commits, builds the spatial index and the feature count triggers, switches the journal back
     * to DELETE (a single self-contained file) and closes. Idempotent on a file that was finalized
     * before a crash. The file is spent afterwards.
     */
    Result<void> finalize(qint64 bulkIndexLimit = kBulkIndexLimit);

private:
    struct Private;
    explicit RecordingFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace urbis
