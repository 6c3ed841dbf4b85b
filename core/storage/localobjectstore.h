#pragma once

#include <QCoreApplication>
#include "objectstore.h"

#include <QDir>

namespace urbis {

/** What a garbage collection found and removed. */
struct GcReport
{
    int removedBlobs = 0;
    qint64 freedBytes = 0;
    int removedTemps = 0;
    int keptBlobs = 0;
};

/**
 * Blobs as files under `<root>/<first two hex digits>/<sha256>`.
 *
 * Writes go to `<root>/tmp/` first, are fsync'ed, then renamed into place and the directory is
 * fsync'ed, so a crash leaves either the whole blob or nothing under its name. Reads re-hash.
 */
class LocalObjectStore : public ObjectStore
{
    Q_DECLARE_TR_FUNCTIONS(urbis::LocalObjectStore)

public:
    explicit LocalObjectStore(const QString &root);

    QString root() const { return m_root.path(); }
    QString pathFor(const QString &sha256) const;

    Result<ObjectInfo> put(QIODevice &source, Feedback *feedback = nullptr) override;
    Result<ObjectInfo> moveIn(const QString &path, Feedback *feedback = nullptr) override;
    /**
     * moveIn for a file whose sha256 the caller has just verified and flushed to disk (a checked
     * download): renamed into place without reading it again. Same file system only.
     */
    Result<ObjectInfo> adoptVerified(const QString &path, const QString &sha256);
    bool contains(const QString &sha256) const override;
    Result<qint64> size(const QString &sha256) const override;
    Result<QByteArray> read(const QString &sha256) const override;
    Result<void> copyTo(const QString &sha256, const QString &path, Feedback *feedback = nullptr) const override;
    Result<void> remove(const QString &sha256) override;
    Result<QList<ObjectInfo>> list() const override;
    /** Re-hashes one blob; Corrupt when it no longer matches its name. */
    Result<void> verify(const QString &sha256) const;

    /**
     * Removes blobs not in `referenced` and temp files left by killed writers, both only when older
     * than `graceSecs`: a blob written by an import that has not committed its record yet is young,
     * so it survives (the same grace period git gc uses). Cancel stops between files.
     */
    Result<GcReport> collectGarbage(const QSet<QString> &referenced, Feedback *feedback = nullptr, int graceSecs = 3600);

private:
    Result<ObjectInfo> place(const QString &path, const QString &sha256, qint64 bytes);
    static bool isHash(const QString &s);

    QDir m_root;
};

} // namespace urbis
