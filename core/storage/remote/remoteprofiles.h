#pragma once

#include "../../util/result.h"
#include "remoteprofile.h"

#include <QList>

namespace urbis {

/**
 * The remotes of a workspace, kept in `<data dir>/remotes.json` (written atomically; no secrets
 * in it). Each call reads or rewrites the whole file: there are a handful of remotes at most.
 */
class RemoteProfiles
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteProfiles)

public:
    explicit RemoteProfiles(QString dataDir);

    QString path() const;
    /** All remotes by name; an unreadable file is an error (never silently "no remotes"). */
    Result<QList<RemoteProfile>> list() const;
    Result<RemoteProfile> find(const QString &name) const;
    /** Adds a checked profile; Conflict when the name exists, unless `replace`. */
    Result<void> add(const RemoteProfile &profile, bool replace = false);
    Result<void> remove(const QString &name);

private:
    Result<void> save(const QList<RemoteProfile> &profiles) const;

    QString m_dataDir;
};

} // namespace urbis
