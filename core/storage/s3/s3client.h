#pragma once

#include "../../util/result.h"
#include "s3endpoint.h"
#include "s3objectinfo.h"
#include "sigv4signer.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>

class QIODevice;

namespace urbis {
class Feedback;
}

namespace urbis::s3 {

/**
 * The S3 calls the sync needs, signed with SigV4 and blocking (they run inside Tasks on worker
 * threads, each with its own client): PUT (with the body's sha256 as x-amz-content-sha256 and as
 * x-amz-meta-sha256, so a download can be verified end to end), GET whole or ranged, HEAD,
 * DELETE, ListObjectsV2 with paging, and bucket creation for tests and first use.
 *
 * Errors: NotFound for 404, Conflict for 409/412, Io for transport failures and 5xx, InvalidData
 * for other refusals, each with S3's own error code and message in the detail.
 */
class S3Client
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::S3Client)

public:
    S3Client(S3Endpoint endpoint, Credentials credentials);
    ~S3Client();

    Result<void> createBucket();
    Result<S3ObjectInfo> putObject(const QString &key, const QByteArray &data, const QMap<QString, QString> &metadata = {});
    /** The body; `range` is an HTTP byte range "first-last" (inclusive), e.g. {0, 9}. */
    Result<QByteArray> getObject(const QString &key, std::optional<std::pair<qint64, qint64>> range = {});
    Result<S3ObjectInfo> headObject(const QString &key);
    Result<void> deleteObject(const QString &key);
    /** Every object under `prefix`, page by page (ListObjectsV2; `pageSize` keys per request). */
    Result<QList<S3ObjectInfo>> listObjects(const QString &prefix, int pageSize = 1000, Feedback *feedback = nullptr);

private:
    struct Reply;
    Result<Reply> send(const QByteArray &method, const QString &key, const QByteArray &query,
                       QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body);

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace urbis::s3
