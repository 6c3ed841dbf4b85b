#pragma once

#include "../../util/database.h"
#include "../../util/result.h"
#include "syncstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace urbis {

/** What both sides agreed on for one dataset at its last sync with a remote. */
struct LedgerEntry
{
    QString localFingerprint;
    QString remoteEtag;
    QJsonObject summary; ///< StacItemCodec::summary of the Item (Collections are built from these)
};

/**
 * The sync_* tables of catalog.sqlite for one remote: the agreed state per dataset, open
 * conflicts, how far the outbox (every change to `datasets`, written by triggers in the same
 * transaction as the change) has been handled, and the last sync's time and error.
 * Uses the connection it is given (the engine's own catalog connection), on that thread.
 */
class SyncLedger
{
public:
    SyncLedger(Database &db, QString remote);

    Result<QHash<QString, LedgerEntry>> entries();
    Result<void> put(const QString &lineage, const LedgerEntry &entry);

    Result<QList<SyncConflict>> conflicts();
    Result<void> addConflict(const QString &lineage, const QString &title, const QString &remoteEtag, const QString &detail);
    Result<void> removeConflict(const QString &lineage);

    /** The newest outbox entry (0 when empty). */
    Result<qint64> outboxHead();
    /** Ids of datasets changed after the last handled outbox entry. */
    Result<QSet<QString>> changedSinceDone();
    Result<void> setOutboxDone(qint64 seq);

    /** Stamps the sync's end; `error` empty when it went through. */
    Result<void> finish(const QString &error);
    Result<SyncStatus> status();

private:
    Result<void> ensureRemoteRow();
    Result<qint64> outboxDone();

    Database &m_db;
    QString m_remote;
};

} // namespace urbis
