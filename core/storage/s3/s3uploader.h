#pragma once

#include "../../util/result.h"
#include "s3endpoint.h"
#include "s3objectinfo.h"
#include "sigv4signer.h"

#include <QCoreApplication>
#include <QMap>

namespace urbis {
class Feedback;
}

namespace urbis::s3 {

class S3Client;
struct S3UploadState;

/**
 * Uploads one file of any size to a key, reading it part by part (never whole into memory).
 *
 * A file smaller than a part goes in one PUT. A larger one is a multipart upload: parts of
 * `partSize` (the last one shorter) sent by `concurrency` threads, each with the signed
 * x-amz-content-sha256 so the server rejects a damaged part; the whole file's sha256 is
 * stored as x-amz-meta-sha256 for S3Downloader to verify. Memory: about partSize × concurrency.
 *
 * With a `statePath`, the upload id and every acknowledged part are written there (atomically)
 * as they finish; a later S3Uploader given the same state path, file and key continues the
 * upload and sends only the missing parts (checked with ListParts where the server has it).
 * The state file goes away when the object is complete.
 *
 * Cancel (Feedback::cancel) aborts the requests in flight; with `abortOnCancel` the multipart
 * upload is aborted on the server and the state dropped, without it both are kept to resume.
 * A failure keeps them too: the next attempt resumes. upload() blocks: run it in a Task.
 */
class S3Uploader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::S3Uploader)

public:
    struct Options
    {
        qint64 partSize = 8 * 1024 * 1024; ///< at least 5 MiB (S3's minimum); grown if a file would need > 10000 parts
        int concurrency = 4;               ///< parallel part requests
        qint64 bytesPerSecond = 0;         ///< bandwidth limit over all requests; 0 = none
        bool abortOnCancel = true;         ///< false keeps the server's upload and the state to resume later
        QString statePath;                 ///< the JSON state file; empty = not resumable
        QMap<QString, QString> metadata;   ///< extra x-amz-meta-* (names without the prefix)
        QString knownSha256;               ///< the file's sha256 when the caller knows it (a content-addressed blob): not hashed again
    };

    S3Uploader(S3Endpoint endpoint, Credentials credentials, Options options);

    /** `feedback` may be null; progress is the share of the file's bytes acknowledged. */
    Result<S3ObjectInfo> upload(const QString &filePath, const QString &key, Feedback *feedback = nullptr);

    /** Parts sent by the last upload() (0 for a single PUT): a resumed upload sends only the missing ones. */
    int partsSent() const { return m_partsSent; }
    /** The part size used for a file of `fileSize` bytes: the option, raised to S3's 5 MiB floor and 10000-part limit. */
    qint64 effectivePartSize(qint64 fileSize) const;

private:
    Result<S3ObjectInfo> uploadWhole(const QString &filePath, const QString &key, S3Client &client, Feedback *stop);
    Result<S3UploadState> startOrResume(const S3UploadState &fresh, S3Client &client, Feedback *stop);
    Result<void> sendParts(S3UploadState &state, Feedback *stop, Feedback *feedback);

    S3Endpoint m_endpoint;
    Credentials m_credentials;
    Options m_options;
    int m_partsSent = 0;
};

} // namespace urbis::s3
