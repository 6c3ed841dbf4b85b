#pragma once

#include <QString>
#include <QUrl>

namespace urbis::s3 {

/** Where a bucket lives: a MinIO / S3 / s3rver endpoint, its region, and how keys are addressed. */
struct S3Endpoint
{
    QUrl endpoint;                          ///< e.g. https://minio.city.example:9000 or http://127.0.0.1:4568
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    bool pathStyle = true;                  ///< endpoint/bucket/key (MinIO's default) or bucket.endpoint/key
    int timeoutMs = 30000;                  ///< no byte for this long fails the request (and is retried)
    /// Retries (S3Client::request): 5xx, 408, 429 and transport failures (refused, reset, timeout)
    /// are tried again up to `maxAttempts` times in all, after a random wait in
    /// [0, min(retryMaxDelayMs, retryBaseDelayMs * 2^(attempt-1))] ("full jitter"), so many
    /// clients backing off from one overloaded server do not come back in lock step.
    int maxAttempts = 5;
    /// Server-side encryption: "" (the bucket's default), "AES256" (SSE-S3) or "aws:kms".
    QString serverSideEncryption;
    /// SSE-C: the 32-byte key the server encrypts with and never stores; sent with every
    /// write and read of an object. Empty = not used.
    QByteArray customerKey;
    /// PEM file of extra CA certificates for an https endpoint signed by a city's own CA
    /// (verification stays on; the system's CAs are still trusted).
    QString caBundle;
    int retryBaseDelayMs = 200;
    int retryMaxDelayMs = 10000;
};

} // namespace urbis::s3
