#pragma once

#include "../../util/result.h"
#include "s3endpoint.h"
#include "s3objectinfo.h"
#include "sigv4signer.h"

#include <QCoreApplication>

namespace urbis {
class Feedback;
}

namespace urbis::s3 {

class OrderedHasher;

/**
 * Downloads one object into a file with parallel ranged GETs: HEAD for the size, ETag and
 * x-amz-meta-sha256, then `concurrency` threads fetch `chunkSize` ranges (each pinned to the
 * ETag with If-Match, so an object replaced meanwhile is a Conflict, not a mix) straight into a
 * temporary file beside the target. The whole file's sha256 is checked against the stored one
 * and only then is the file fsynced and renamed onto the target: on any failure or cancel the
 * target is untouched and no temporary file stays. Memory: about chunkSize × concurrency.
 * download() blocks: run it in a Task.
 */
class S3Downloader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::S3Downloader)

public:
    struct Options
    {
        qint64 chunkSize = 8 * 1024 * 1024; ///< bytes per ranged GET (at least 64 KiB)
        int concurrency = 4;                ///< parallel GETs
        qint64 bytesPerSecond = 0;          ///< bandwidth limit over all requests; 0 = none
        bool requireChecksum = false;       ///< refuse objects without x-amz-meta-sha256 (written by other tools)
    };

    S3Downloader(S3Endpoint endpoint, Credentials credentials, Options options);

    /** The object's HEAD info on success; `feedback` may be null. */
    Result<S3ObjectInfo> download(const QString &key, const QString &targetPath, Feedback *feedback = nullptr);

private:
    Result<void> fetchRanges(const QString &key, const S3ObjectInfo &head, const QString &tempPath, Feedback *stop,
                             Feedback *feedback, OrderedHasher *hasher);

    S3Endpoint m_endpoint;
    Credentials m_credentials;
    Options m_options;
};

} // namespace urbis::s3
