#include "blobtransfers.h"

#include "../../util/feedback.h"
#include "../localobjectstore.h"
#include "../s3/s3downloader.h"
#include "../s3/s3uploader.h"
#include "transfermeter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace urbis {

namespace {
// A Feedback for one transfer: cancelled with the sync, its progress fed into the meter.
class TransferFeedback
{
public:
    TransferFeedback(Feedback *stop, TransferMeter *meter, QString id, qint64 bytes, QString label)
    {
        if (stop) {
            QObject::connect(stop, &Feedback::cancelled, &m_feedback, [this] { m_feedback.cancel(); }, Qt::DirectConnection);
            if (stop->isCancelled())
                m_feedback.cancel();
        }
        if (meter)
            QObject::connect(&m_feedback, &Feedback::progressChanged, &m_feedback,
                             [meter, id, bytes, label](double p) { meter->report(id, bytes, p / 100.0, label); }, Qt::DirectConnection);
    }
    Feedback *get() { return &m_feedback; }

private:
    Feedback m_feedback;
};
} // namespace

BlobTransfers::BlobTransfers(s3::S3Endpoint endpoint, s3::Credentials credentials, const SyncOptions &options, LocalObjectStore &store,
                             QString stateDir, TransferMeter *meter)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials)), m_options(options), m_store(store),
      m_stateDir(std::move(stateDir)), m_meter(meter)
{
}

Result<qint64> BlobTransfers::upload(const QString &sha256, const QString &key, const QString &label, Feedback *stop)
{
    const QString path = m_store.pathFor(sha256);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound, tr("The data of \"%1\" is not on this computer (blob %2): fetch it before pushing")
                                                .arg(label, sha256.left(12)));
    if (!QDir().mkpath(m_stateDir))
        return Error(Error::Code::Io, tr("Cannot create %1").arg(m_stateDir));
    s3::S3Uploader::Options o;
    o.partSize = m_options.partSize;
    o.concurrency = m_options.concurrency;
    o.bytesPerSecond = m_options.bytesPerSecond;
    o.abortOnCancel = false; // a cancelled or killed sync resumes its uploads next time
    o.statePath = QDir(m_stateDir).filePath(sha256 + QStringLiteral(".json"));
    o.knownSha256 = sha256; // the store's blobs are named by their hash: no second pass over the file
    s3::S3Uploader uploader(m_endpoint, m_credentials, o);
    TransferFeedback fb(stop, m_meter, key, info.size(), label);
    Result<s3::S3ObjectInfo> r = uploader.upload(path, key, fb.get());
    if (!r)
        return r.error();
    if (m_meter)
        m_meter->report(key, info.size(), 1.0, label);
    return info.size();
}

Result<QString> BlobTransfers::download(const QString &key, const QString &expectedSha256, qint64 size, const QString &label, Feedback *stop)
{
    const QString workRoot = QDir(m_store.root()).filePath(QStringLiteral("tmp"));
    QDir().mkpath(workRoot);
    QTemporaryDir work(QDir(workRoot).filePath(QStringLiteral("sync-XXXXXX")));
    if (!work.isValid())
        return Error(Error::Code::Io, tr("Cannot create a work folder in %1").arg(workRoot));
    s3::S3Downloader::Options o;
    // Ranges stream into the file, so their size costs no memory; fewer, larger ranges spare the
    // server a request each (s3rver and MinIO do real work per request). A few per worker keep the
    // workers busy to the end, and a failed range costs at most 64 MiB again.
    const qint64 perWorker = size > 0 ? size / (std::max(1, m_options.concurrency) * 4) : 0;
    o.chunkSize = std::clamp<qint64>(perWorker, m_options.partSize, std::max<qint64>(m_options.partSize, 64LL * 1024 * 1024));
    o.concurrency = m_options.concurrency;
    o.bytesPerSecond = m_options.bytesPerSecond;
    s3::S3Downloader downloader(m_endpoint, m_credentials, o);
    TransferFeedback fb(stop, m_meter, key, size, label);
    const QString target = work.filePath(QStringLiteral("blob"));
    Result<s3::S3ObjectInfo> r = downloader.download(key, target, fb.get());
    if (!r)
        return r.error();
    // S3Downloader has checked the bytes against the object's x-amz-meta-sha256 and flushed them:
    // when that is the hash we want, the file goes into the store without being read again.
    const bool verified = !expectedSha256.isEmpty() && r->metadata.value(QStringLiteral("sha256")).toLower() == expectedSha256;
    Result<ObjectInfo> stored = verified ? m_store.adoptVerified(target, expectedSha256) : m_store.moveIn(target);
    if (!stored && verified && stored.error().code == Error::Code::Unsupported)
        stored = m_store.moveIn(target);
    if (!stored)
        return stored.error();
    if (!expectedSha256.isEmpty() && stored->sha256 != expectedSha256) {
        // The stray blob is left to garbage collection: it may be another dataset's data.
        return Error(Error::Code::Corrupt, tr("%1 does not hold the data its catalog entry names (sha256 %2, expected %3)")
                                               .arg(key, stored->sha256.left(12), expectedSha256.left(12)));
    }
    if (m_meter)
        m_meter->report(key, size > 0 ? size : r->size, 1.0, label);
    return stored->sha256;
}

} // namespace urbis
