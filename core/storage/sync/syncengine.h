#pragma once

#include "../../util/result.h"
#include "../remote/remoteprofile.h"
#include "../s3/sigv4signer.h"
#include "syncoptions.h"
#include "syncreport.h"
#include "syncstatus.h"

#include <QCoreApplication>

namespace urbis {

class Feedback;

/**
 * Offline-first sync of a workspace with one S3 remote, whose shared catalog is a static STAC
 * catalog in the bucket (see RemoteLayout): blobs under content-addressed keys, one STAC Item per
 * dataset (all its versions' records inside), Collections per city and domain, catalog.json.
 *
 * Push writes blobs first, then the Item, then Collections and catalog.json, so a reader never
 * sees an Item whose assets are missing. Pull reads the Items that changed since the last sync
 * (ETags against the ledger) and adopts their versions; data blobs come by SyncOptions or fetch().
 * A dataset changed on both sides since the last sync is never overwritten: it becomes a conflict
 * in the ledger until resolve() settles it. The local ledger (sync_* tables of catalog.sqlite)
 * remembers, per dataset, the local fingerprint and the Item ETag of the last agreement.
 *
 * Blocking; run it inside a Task (SyncTask). Each call opens its own catalog connection, so any
 * thread will do. Interrupted syncs (cancel, network, a killed process) leave the ledger at the
 * last finished dataset and multipart uploads resumable (state under <data dir>/sync/uploads).
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SyncEngine)

public:
    SyncEngine(QString dataDir, RemoteProfile remote, s3::Credentials credentials, SyncOptions options = {});

    /** Push and/or pull as the options say. Per-dataset failures are in the report, not an error. */
    Result<SyncReport> run(Feedback *feedback = nullptr);
    /** Settles the conflict on dataset `lineage` (see ConflictResolution) and pushes the result. */
    Result<SyncReport> resolve(const QString &lineage, ConflictResolution how, Feedback *feedback = nullptr);
    /** Brings the missing data blobs of dataset version `datasetId` (on-demand part of selective sync). */
    Result<SyncReport> fetch(const QString &datasetId, Feedback *feedback = nullptr);

    /** The remote dataset version `datasetId` was last synced with (where fetch() finds its data); NotFound when none. */
    static Result<QString> remoteOf(const QString &dataDir, const QString &datasetId);
    /** Last sync, pending local changes and open conflicts of `remote`, from the ledger alone. */
    static Result<SyncStatus> status(const QString &dataDir, const QString &remote);

private:
    struct Run;
    /** The remote's endpoint with this sync's timeouts. */
    s3::S3Endpoint endpoint() const;
    QString m_dataDir;
    RemoteProfile m_remote;
    s3::Credentials m_credentials;
    SyncOptions m_options;
};

} // namespace urbis
