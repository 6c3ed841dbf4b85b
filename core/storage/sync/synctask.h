#pragma once

#include "../../util/task.h"
#include "syncengine.h"

#include <QMutex>

namespace urbis {

/**
 * SyncEngine::run / resolve / fetch as a Task (progress with speed and ETA in the status text,
 * cancel, listed in the Tasks panel). The remote's profile and keys are looked up in run(), on
 * the worker (a keyring can take seconds). Created and owned in the GUI thread; report() is safe
 * once the task is done.
 */
class SyncTask : public Task
{
    Q_OBJECT
public:
    enum class Mode { Sync, Resolve, Fetch };

    SyncTask(QString dataDir, QString remote, SyncOptions options = {}, QObject *parent = nullptr);
    static SyncTask *resolving(QString dataDir, QString remote, QString lineage, ConflictResolution how, QObject *parent = nullptr);
    /** `remote` empty: the one the dataset was synced with (SyncEngine::remoteOf, looked up on the worker). */
    static SyncTask *fetching(QString dataDir, QString remote, QString datasetId, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString remote() const { return m_remote; }
    SyncReport report() const;

protected:
    Result<void> run(Feedback &feedback) override;

private:
    SyncTask(QString description, QString dataDir, QString remote, SyncOptions options, QObject *parent);

private:
    QString m_dataDir;
    QString m_remote;
    SyncOptions m_options;
    Mode m_mode = Mode::Sync;
    QString m_target;
    ConflictResolution m_how = ConflictResolution::KeepBoth;
    mutable QMutex m_mutex;
    SyncReport m_report;
};

} // namespace urbis
