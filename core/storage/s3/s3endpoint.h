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
    int timeoutMs = 30000;                  ///< no byte for this long fails the request
};

} // namespace urbis::s3
