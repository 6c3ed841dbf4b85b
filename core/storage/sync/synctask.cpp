#include "synctask.h"

#include "../remote/remotecredentials.h"
#include "../remote/remoteprofiles.h"

namespace urbis {

SyncTask::SyncTask(QString dataDir, QString remote, SyncOptions options, QObject *parent)
    : SyncTask(options.dryRun ? tr("Preview sync with %1").arg(remote) : tr("Sync with %1").arg(remote), std::move(dataDir), remote,
               options, parent)
{
}

SyncTask::SyncTask(QString description, QString dataDir, QString remote, SyncOptions options, QObject *parent)
    : Task(std::move(description), parent), m_dataDir(std::move(dataDir)), m_remote(std::move(remote)), m_options(options)
{
}

SyncTask *SyncTask::resolving(QString dataDir, QString remote, QString lineage, ConflictResolution how, QObject *parent)
{
    auto *t = new SyncTask(std::move(dataDir), std::move(remote), {}, parent);
    t->m_mode = Mode::Resolve;
    t->m_target = std::move(lineage);
    t->m_how = how;
    return t;
}

SyncTask *SyncTask::fetching(QString dataDir, QString remote, QString datasetId, QObject *parent)
{
    auto *t = new SyncTask(tr("Download the data of a dataset"), std::move(dataDir), std::move(remote), {}, parent);
    t->m_mode = Mode::Fetch;
    t->m_target = std::move(datasetId);
    return t;
}

SyncReport SyncTask::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

Result<void> SyncTask::run(Feedback &feedback)
{
    QString remote = m_remote;
    if (remote.isEmpty() && m_mode == Mode::Fetch) {
        Result<QString> holder = SyncEngine::remoteOf(m_dataDir, m_target);
        if (!holder)
            return holder.error();
        remote = *holder;
    }
    Result<RemoteProfile> profile = RemoteProfiles(m_dataDir).find(remote);
    if (!profile)
        return profile.error();
    Result<s3::Credentials> keys = RemoteCredentials::forRemote(remote);
    if (!keys)
        return keys.error();
    SyncEngine engine(m_dataDir, *profile, *keys, m_options);
    Result<SyncReport> r = m_mode == Mode::Resolve ? engine.resolve(m_target, m_how, &feedback)
                           : m_mode == Mode::Fetch ? engine.fetch(m_target, &feedback)
                                                   : engine.run(&feedback);
    if (!r)
        return r.error();
    {
        QMutexLocker lock(&m_mutex);
        m_report = *r;
    }
    if (r->hasFailures()) {
        for (const SyncAction &a : r->actions)
            if (a.kind == SyncAction::Kind::Failed)
                return Error(Error::Code::Io, tr("%n dataset(s) could not be synced; the next sync tries again", nullptr, r->count(SyncAction::Kind::Failed)),
                             a.title + QStringLiteral(": ") + a.detail);
    }
    return {};
}

} // namespace urbis
