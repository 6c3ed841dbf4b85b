#pragma once

#include "storage/remote/remoteprofile.h"
#include "storage/sync/syncstatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace urbis {

/**
 * What the Sync panel shows of a workspace's remotes: the profiles (RemoteProfiles) and each one's
 * ledger status (SyncEngine::status; no network). read() blocks on file and SQLite reads, so the
 * panel calls it on a pool thread; the value then crosses to the GUI thread by copy.
 */
struct RemoteOverview
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteOverview)

public:
    QList<RemoteProfile> remotes;
    QHash<QString, SyncStatus>
        statuses;  ///< by remote name; a status that could not be read has lastError set
    QString error; ///< remotes.json unreadable; `remotes` is then empty

    static RemoteOverview read(const QString &dataDir);
};

} // namespace urbis
