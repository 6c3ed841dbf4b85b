#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace urbis {

/** How the user settles a dataset changed here and on the remote since the last sync. */
enum class ConflictResolution {
    KeepMine,   ///< the remote gets this copy (theirs stays in the remote's blobs, not in the catalog)
    KeepTheirs, ///< this catalog gets the remote's copy (local edits stay in the history)
    KeepBoth    ///< the remote's versions are taken and the local changes added on top as new versions
};

/** A dataset that changed here and on the remote since the last sync; nothing was overwritten. */
struct SyncConflict
{
    QString lineage;
    QString title;
    QString detail; ///< what differs, for the user
    QDateTime detected;
};

/** A remote as the Sync panel shows it, read from the local ledger (no network). */
struct SyncStatus
{
    QString remote;
    QDateTime lastSync; ///< invalid: never synced
    QString lastError;  ///< of the last sync; empty when it went through
    int pending = 0;    ///< datasets changed here and not yet pushed
    QList<SyncConflict> conflicts;
};

} // namespace urbis
