#pragma once

#include "../../util/result.h"
#include "../s3/s3endpoint.h"
#include "../s3/sigv4signer.h"
#include "syncoptions.h"

#include <QCoreApplication>

namespace urbis {

class Feedback;
class LocalObjectStore;
class TransferMeter;

/**
 * Moves blobs between the local object store and the bucket for a sync: uploads with
 * S3Uploader (multipart, resumable across restarts: state under <data dir>/sync/uploads) and
 * downloads with S3Downloader into the store's work area, then into the store, refusing bytes
 * whose sha256 is not the expected one. Blocking; progress goes to the TransferMeter.
 */
class BlobTransfers
{
    Q_DECLARE_TR_FUNCTIONS(urbis::BlobTransfers)

public:
    BlobTransfers(s3::S3Endpoint endpoint, s3::Credentials credentials, const SyncOptions &options, LocalObjectStore &store,
                  QString stateDir, TransferMeter *meter);

    /** Uploads the local blob `sha256` to `key`; returns the bytes sent. */
    Result<qint64> upload(const QString &sha256, const QString &key, const QString &label, Feedback *stop);
    /**
     * Downloads `key` into the store; `expectedSha256` empty = whatever it hashes to (returned).
     * Corrupt when the bytes do not match; nothing is stored then.
     */
    Result<QString> download(const QString &key, const QString &expectedSha256, qint64 size, const QString &label, Feedback *stop);

private:
    s3::S3Endpoint m_endpoint;
    s3::Credentials m_credentials;
    SyncOptions m_options;
    LocalObjectStore &m_store;
    QString m_stateDir;
    TransferMeter *m_meter;
};

} // namespace urbis
