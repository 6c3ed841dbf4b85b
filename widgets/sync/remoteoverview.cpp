#include "remoteoverview.h"

#include "storage/remote/remoteprofiles.h"
#include "storage/sync/syncengine.h"

namespace urbis {

RemoteOverview RemoteOverview::read(const QString &dataDir)
{
    RemoteOverview out;
    const Result<QList<RemoteProfile>> remotes = RemoteProfiles(dataDir).list();
    if (!remotes) {
        out.error = remotes.error().message;
        return out;
    }
    out.remotes = *remotes;
    for (const RemoteProfile &remote : std::as_const(out.remotes)) {
        Result<SyncStatus> status = SyncEngine::status(dataDir, remote.name);
        if (status) {
            out.statuses.insert(remote.name, *status);
            continue;
        }
        SyncStatus unknown;
        unknown.remote = remote.name;
        unknown.lastError = tr("Status unknown: %1").arg(status.error().message);
        out.statuses.insert(remote.name, unknown);
    }
    return out;
}

} // namespace urbis
