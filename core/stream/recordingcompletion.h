#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "recordingstate.h"
#include "recordingstats.h"

#include <QCoreApplication>

namespace urbis {

class Workspace;

/**
 * The last steps of a recording, shared by StreamRecorder::finish() and recoverAll(): the
 * finalized GeoPackage hashed (the hash saved in the state file first), moved into the object
 * store and the catalog record completed. Every step can run again after a crash in the middle:
 * a known hash whose file is gone means the blob is in the store already.
 * Runs on the caller's thread with the caller's workspace.
 */
class RecordingCompletion
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordingCompletion)
public:
    static constexpr const char *kKeyword = "recording";

    /** The record's count, time range, extent and footprint from `stats`. */
    static void applyStats(DatasetRecord &record, const RecordingStats &stats);
    /**
     * Stores `gpkgPath` and completes the record; `state.record` must hold the final metadata.
     * NotFound when the user deleted the record meanwhile (the data is then not kept).
     */
    static Result<DatasetRecord> complete(Workspace &workspace, RecordingState &state,
                                          const QString &gpkgPath, const QString &statePath);
};

} // namespace urbis
