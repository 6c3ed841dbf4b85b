#include "localobjectstore.h"

#include "../util/logging.h"
#include "../util/sha256.h"
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urbis {

namespace {
constexpr qint64 kChunk = 1 << 20;


// Streams `in` through sha256 into `out` (when given); reports progress against `total`.
Result<QString> pump(QIODevice &in, AtomicFile *out, qint64 total, Feedback *feedback, qint64 *bytes)
{
    Sha256 hash;
    QByteArray buf(kChunk, Qt::Uninitialized);
    *bytes = 0;
    for (;;) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, LocalObjectStore::tr("Cancelled"));
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0)
            return Error(Error::Code::Io, LocalObjectStore::tr("Read failed"), in.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buf.constData(), n));
        if (out) {
            if (Result<void> w = out->write(buf.constData(), n); !w)
                return w.error();
        }
        *bytes += n;
        if (feedback && total > 0)
            feedback->setProgress(100.0 * double(*bytes) / double(total));
    }
    return hash.hexResult();
}
} // namespace

LocalObjectStore::LocalObjectStore(const QString &root) : m_root(root)
{
    m_root.mkpath(QStringLiteral("tmp"));
}

bool LocalObjectStore::isHash(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString LocalObjectStore::pathFor(const QString &sha256) const
{
    return m_root.filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<ObjectInfo> LocalObjectStore::put(QIODevice &source, Feedback *feedback)
{
    Result<AtomicFile> tmp = AtomicFile::create(m_root.filePath(QStringLiteral("tmp")));
    if (!tmp)
        return tmp.error();
    qint64 bytes = 0;
    const qint64 total = source.isSequential() ? -1 : source.size();
    Result<QString> sha = pump(source, &*tmp, total, feedback, &bytes);
    if (!sha)
        return sha.error(); // AtomicFile's destructor removes the partial temp file
    const QString target = pathFor(*sha);
    // Same content already stored: keep the existing file, but touch it, so a garbage collection
    // running now sees a young blob and leaves it for the record about to reference it again.
    // The store lock orders this against a clean-up deciding about the same blob (any process).
    QLockFile lock(m_root.filePath(QStringLiteral(".lock")));
    if (!lock.lock())
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot lock the object store %1").arg(m_root.path()));
    if (::utimensat(AT_FDCWD, QFile::encodeName(target).constData(), nullptr, 0) == 0) {
        tmp->discard();
        return ObjectInfo{*sha, bytes};
    }
    if (!m_root.mkpath(sha->left(2)))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot create folder in %1").arg(m_root.path()));
    if (Result<void> c = tmp->commitTo(target); !c)
        return c.error();
    qCDebug(lcStorage) << "stored" << *sha << bytes << "bytes";
    return ObjectInfo{*sha, bytes};
}

Result<ObjectInfo> LocalObjectStore::moveIn(const QString &path, Feedback *feedback)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot read %1").arg(path), in.errorString());
    qint64 bytes = 0;
    Result<QString> sha = pump(in, nullptr, in.size(), feedback, &bytes);
    if (!sha)
        return sha.error();
    // The rename below publishes the file: its content must be on disk first.
    if (::fsync(in.handle()) != 0)
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot flush %1").arg(path), QString::fromLocal8Bit(strerror(errno)));
    in.close();
    Result<ObjectInfo> placed = place(path, *sha, bytes);
    if (placed || placed.error().code != Error::Code::Unsupported)
        return placed;
    // Another file system: copy (put takes the lock itself).
    return ObjectStore::moveIn(path, feedback);
}

Result<ObjectInfo> LocalObjectStore::adoptVerified(const QString &path, const QString &sha256)
{
    return place(path, sha256, QFileInfo(path).size());
}

// Renames a flushed file whose hash is known into place; Unsupported when it lies on another
// file system (the caller copies then).
Result<ObjectInfo> LocalObjectStore::place(const QString &path, const QString &sha256, qint64 bytes)
{
    const QString target = pathFor(sha256);
    QLockFile lock(m_root.filePath(QStringLiteral(".lock")));
    if (!lock.lock())
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot lock the object store %1").arg(m_root.path()));
    if (::utimensat(AT_FDCWD, QFile::encodeName(target).constData(), nullptr, 0) == 0) {
        QFile::remove(path);
        return ObjectInfo{sha256, bytes};
    }
    if (!m_root.mkpath(sha256.left(2)))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot create folder in %1").arg(m_root.path()));
    if (::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) == 0) {
        const int dir = ::open(QFile::encodeName(QFileInfo(target).path()).constData(), O_RDONLY | O_DIRECTORY);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        qCDebug(lcStorage) << "moved in" << sha256 << bytes << "bytes";
        return ObjectInfo{sha256, bytes};
    }
    if (errno == EXDEV)
        return Error(Error::Code::Unsupported, LocalObjectStore::tr("%1 is on another file system").arg(path));
    return Error(Error::Code::Io, LocalObjectStore::tr("Cannot move %1 into the object store").arg(path),
                 QString::fromLocal8Bit(strerror(errno)));
}

bool LocalObjectStore::contains(const QString &sha256) const
{
    return isHash(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<qint64> LocalObjectStore::size(const QString &sha256) const
{
    if (!contains(sha256))
        return Error(Error::Code::NotFound, LocalObjectStore::tr("No object %1").arg(sha256));
    return QFileInfo(pathFor(sha256)).size();
}

Result<QByteArray> LocalObjectStore::read(const QString &sha256) const
{
    if (!contains(sha256))
        return Error(Error::Code::NotFound, LocalObjectStore::tr("No object %1").arg(sha256));
    QFile f(pathFor(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot read object %1").arg(sha256), f.errorString());
    QByteArray data = f.readAll();
    const QString actual = Sha256::hex(data);
    if (actual != sha256)
        return Error(Error::Code::Corrupt, LocalObjectStore::tr("Object %1 is corrupt: its content hashes to %2").arg(sha256, actual));
    return data;
}

Result<void> LocalObjectStore::copyTo(const QString &sha256, const QString &path, Feedback *feedback) const
{
    if (!contains(sha256))
        return Error(Error::Code::NotFound, LocalObjectStore::tr("No object %1").arg(sha256));
    QFile in(pathFor(sha256));
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot read object %1").arg(sha256), in.errorString());
    Result<AtomicFile> out = AtomicFile::create(QFileInfo(path).absolutePath());
    if (!out)
        return out.error();
    qint64 bytes = 0;
    Result<QString> actual = pump(in, &*out, in.size(), feedback, &bytes);
    if (!actual)
        return actual.error();
    if (*actual != sha256)
        return Error(Error::Code::Corrupt, LocalObjectStore::tr("Object %1 is corrupt: its content hashes to %2").arg(sha256, *actual));
    return out->commitTo(path);
}

Result<void> LocalObjectStore::verify(const QString &sha256) const
{
    if (!contains(sha256))
        return Error(Error::Code::NotFound, LocalObjectStore::tr("No object %1").arg(sha256));
    QFile in(pathFor(sha256));
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot read object %1").arg(sha256), in.errorString());
    qint64 bytes = 0;
    Result<QString> actual = pump(in, nullptr, -1, nullptr, &bytes);
    if (!actual)
        return actual.error();
    if (*actual != sha256)
        return Error(Error::Code::Corrupt, LocalObjectStore::tr("Object %1 is corrupt: its content hashes to %2").arg(sha256, *actual));
    return {};
}

Result<void> LocalObjectStore::remove(const QString &sha256)
{
    if (!contains(sha256))
        return Error(Error::Code::NotFound, LocalObjectStore::tr("No object %1").arg(sha256));
    if (!QFile::remove(pathFor(sha256)))
        return Error(Error::Code::Io, LocalObjectStore::tr("Cannot remove object %1").arg(sha256));
    return {};
}

Result<QList<ObjectInfo>> LocalObjectStore::list() const
{
    QList<ObjectInfo> out;
    QDirIterator it(m_root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi = it.nextFileInfo();
        if (isHash(fi.fileName()) && fi.dir().dirName() == fi.fileName().left(2))
            out << ObjectInfo{fi.fileName(), fi.size()};
    }
    return out;
}

Result<GcReport> LocalObjectStore::collectGarbage(const QSet<QString> &referenced, Feedback *feedback, int graceSecs)
{
    GcReport report;
    Result<QList<ObjectInfo>> all = list();
    if (!all)
        return all.error();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSecs);
    const QFileInfoList temps = QDir(m_root.filePath(QStringLiteral("tmp"))).entryInfoList(QDir::Files | QDir::Hidden);
    const qsizetype total = all->size() + temps.size();
    qsizetype done = 0;
    for (const ObjectInfo &o : std::as_const(*all)) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, LocalObjectStore::tr("Garbage collection cancelled"));
        const QString path = pathFor(o.sha256);
        QLockFile lock(m_root.filePath(QStringLiteral(".lock")));
        if (!referenced.contains(o.sha256) && !lock.lock())
            return Error(Error::Code::Io, LocalObjectStore::tr("Cannot lock the object store %1").arg(m_root.path()));
        // Age is read under the lock: a put that re-stores these bytes has either touched it already
        // (young, kept) or will find it gone and write it again.
        if (referenced.contains(o.sha256) || (graceSecs > 0 && QFileInfo(path).lastModified().toUTC() >= cutoff)) {
            ++report.keptBlobs;
        } else if (QFile::remove(path)) {
            ++report.removedBlobs;
            report.freedBytes += o.size;
        }
        if (feedback)
            feedback->setProgress(100.0 * double(++done) / double(total));
    }
    for (const QFileInfo &t : temps) {
        const qint64 bytes = t.size(); // read before removing: QFileInfo may not have cached it
        if ((graceSecs <= 0 || t.lastModified().toUTC() < cutoff) && QFile::remove(t.filePath())) {
            ++report.removedTemps;
            report.freedBytes += bytes;
        }
        if (feedback)
            feedback->setProgress(100.0 * double(++done) / double(total));
    }
    qCInfo(lcStorage) << "gc removed" << report.removedBlobs << "blobs," << report.removedTemps << "temp files";
    return report;
}

} // namespace urbis
