#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "objectinfo.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QSet>

namespace urbis {

/**
 * Content-addressed blob storage: a blob's key is the sha256 of its bytes, so the same data is
 * stored once and a reader can always check what it got. Implementations: LocalObjectStore (a
 * folder under the data dir); the S3 store comes with the remote-storage work.
 *
 * Implementations are safe to call from several threads at once.
 */
class ObjectStore
{
public:
    virtual ~ObjectStore() = default;

    /** Streams `source` into the store. Cancelling leaves nothing behind. */
    virtual Result<ObjectInfo> put(QIODevice &source, Feedback *feedback = nullptr) = 0;
    Result<ObjectInfo> putData(const QByteArray &data);
    Result<ObjectInfo> putFile(const QString &path, Feedback *feedback = nullptr);
    /**
     * Stores a work file and removes it. The default copies (putFile); a local store renames the
     * file into place when it is on the same file system, so a large import is not written twice.
     */
    virtual Result<ObjectInfo> moveIn(const QString &path, Feedback *feedback = nullptr);

    virtual bool contains(const QString &sha256) const = 0;
    virtual Result<qint64> size(const QString &sha256) const = 0;
    /** Reads the whole blob and checks its hash: Corrupt when the bytes do not match. */
    virtual Result<QByteArray> read(const QString &sha256) const = 0;
    /** Copies the blob to `path` atomically, verifying the hash on the way. */
    virtual Result<void> copyTo(const QString &sha256, const QString &path, Feedback *feedback = nullptr) const = 0;
    virtual Result<void> remove(const QString &sha256) = 0;
    virtual Result<QList<ObjectInfo>> list() const = 0;
};

} // namespace urbis
