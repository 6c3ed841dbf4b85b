#pragma once

#include "../../util/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace urbis {

/** One thing a sync moved, would move (dry run) or could not decide (conflict). */
struct SyncAction
{
    enum class Kind { Push, Pull, Fetch, Conflict, Failed };
    Kind kind = Kind::Push;
    QString lineage; ///< the dataset (id of its first version); also the STAC Item id
    QString title;
    int versions = 0;
    qint64 bytes = 0; ///< blob bytes moved (or to move)
    QString detail;

    static QString kindName(Kind k);
    QJsonObject toJson() const;
};

/** What a sync did: the per-dataset actions, totals, and the failures that did not stop it. */
struct SyncReport
{
    QString remote;
    bool dryRun = false;
    QList<SyncAction> actions;
    int blobsUploaded = 0;
    int blobsSkipped = 0; ///< already on the remote (content-addressed: unchanged data never re-uploads)
    int blobsDownloaded = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    double seconds = 0;

    int count(SyncAction::Kind kind) const;
    bool hasFailures() const { return count(SyncAction::Kind::Failed) > 0; }
    QJsonObject toJson() const;
};

} // namespace urbis
