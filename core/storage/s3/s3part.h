#pragma once

#include <QString>

namespace urbis::s3 {

/** One finished part of a multipart upload: what CompleteMultipartUpload needs, plus its size. */
struct S3Part
{
    int number = 0;  ///< 1..10000
    QString etag;    ///< without quotes
    qint64 size = 0;
};

} // namespace urbis::s3
