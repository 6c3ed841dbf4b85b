#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace urbis::s3 {

/** One object of a bucket listing or HEAD. */
struct S3ObjectInfo
{
    QString key;
    qint64 size = -1;
    QString etag;                    ///< without quotes
    QDateTime lastModified;
    QMap<QString, QString> metadata; ///< x-amz-meta-* headers, names without the prefix (HEAD only)
};

} // namespace urbis::s3
