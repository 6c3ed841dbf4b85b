#pragma once

#include "s3endpoint.h"

#include <QByteArray>
#include <QList>

namespace urbis::s3 {

/**
 * Which server-side-encryption headers an S3 request carries: SSE-S3 / KMS on the requests that
 * create an object (PutObject, CreateMultipartUpload), SSE-C on every request that writes or
 * reads object bytes (PutObject, UploadPart, CreateMultipartUpload, CompleteMultipartUpload,
 * GetObject, HeadObject). They are signed like the other x-amz-* headers.
 */
class S3Encryption
{
public:
    static QList<std::pair<QByteArray, QByteArray>> headers(const S3Endpoint &endpoint, const QByteArray &method, const QString &key,
                                                            const QByteArray &query);
};

} // namespace urbis::s3
