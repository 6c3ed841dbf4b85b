#pragma once

#include "../../util/result.h"
#include "s3endpoint.h"
#include "s3objectinfo.h"
#include "s3response.h"
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
 * Every request is retried with backoff on 5xx, 408, 429 and transport failures (see S3Endpoint
 * and S3Retry); 4xx refusals are final. Errors: NotFound for 404, Conflict for 409/412,
 * Unsupported for 405/501, Io for transport failures and 5xx, Cancelled once the watched
 * Feedback is cancelled, InvalidData for other refusals, each with S3's own error code and
 * message in the detail.
 *
 * One client per thread: it owns a QNetworkAccessManager, which lives in the thread that made it.
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
    /** Server-side copy (metadata kept); returns the new object's info. S3's "200 with an <Error>" counts as a failure. */
    Result<S3ObjectInfo> copyObject(const QString &sourceKey, const QString &targetKey);
    /** Every object under `prefix`, page by page (ListObjectsV2; `pageSize` keys per request). */
    Result<QList<S3ObjectInfo>> listObjects(const QString &prefix, int pageSize = 1000, Feedback *feedback = nullptr);

    /**
     * One signed request with retries: `key` empty addresses the bucket, `query` is as on the
     * wire ("uploadId=..&partNumber=3"). Only a 2xx answer is a value. With a `sink` the body of a
     * 2xx answer streams into it (S3Response::streamed) rather than into memory.
     */
    Result<S3Response> request(const QByteArray &method, const QString &key, const QByteArray &query = {},
                               QList<std::pair<QByteArray, QByteArray>> headers = {}, const QByteArray &body = {},
                               const BodySink &sink = {});

    /**
     * Watches `feedback` (may be null; not owned, must outlive the client): once it is
     * cancelled no request starts, the one in flight is aborted and backoff waits end.
     */
    void setFeedback(const Feedback *feedback);
    /** HTTP attempts made so far, retries included (for tests and transfer statistics). */
    int attempts() const;
    const S3Endpoint &endpoint() const;

private:
    Result<S3Response> attempt(const QByteArray &method, const QString &key, const QByteArray &query,
                               QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body,
                               const BodySink &sink, QString *transportError);
    Error refusal(const QByteArray &method, const QString &key, const S3Response &reply, const QString &transportError) const;

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace urbis::s3
