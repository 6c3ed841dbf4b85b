#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "recordinglayout.h"

#include <QCoreApplication>

namespace urbis {

/**
 * What a recording keeps beside its GeoPackage (`<id>.json` in the recordings folder) so that
 * StreamRecorder::recoverAll() can finish it without the process that started it: the table
 * layout, the catalog record as first written (for when the catalog never got it), and, once the
 * finished file has been hashed, its sha256 and size (for when the process died between moving
 * it into the object store and completing the record). Written atomically. A plain value.
 */
struct RecordingState
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordingState)
public:
    RecordingLayout layout;
    DatasetRecord record;
    QString sha256; ///< empty until the finished file has been hashed
    qint64 byteSize = -1;

    static Result<RecordingState> load(const QString &path);
    Result<void> save(const QString &path) const;
};

} // namespace urbis
