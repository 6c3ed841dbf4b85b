#pragma once

#include "../../util/result.h"
#include "s3part.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace urbis::s3 {

/**
 * What a restarted S3Uploader needs to continue a multipart upload instead of starting over:
 * which file (path, size, modification time), where to (bucket, key), how it was cut (part size),
 * the server's upload id, the file's sha256 and the parts already acknowledged. Kept as a small
 * JSON file, rewritten atomically after every part, so a crash loses at most the parts in flight.
 */
struct S3UploadState
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::S3UploadState)

public:
    QString filePath;        ///< absolute
    qint64 fileSize = 0;
    QDateTime fileModified;  ///< UTC, milliseconds
    QString bucket;
    QString key;
    qint64 partSize = 0;
    QString uploadId;
    QString sha256;          ///< hex, of the whole file
    QList<S3Part> parts;     ///< acknowledged by the server, in completion order

    /** Same file, unchanged, to the same place, cut the same way: its parts can be reused. */
    bool sameUpload(const S3UploadState &other) const;
    /** NotFound when there is no state file; InvalidData when it is unreadable. */
    static Result<S3UploadState> load(const QString &path);
    Result<void> save(const QString &path) const;
    static void remove(const QString &path);
};

} // namespace urbis::s3
