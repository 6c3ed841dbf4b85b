#include "s3downloader.h"

#include "orderedhasher.h"

#include "../../util/feedback.h"
#include "../atomicfile.h"
#include "s3client.h"
#include "s3workerpool.h"
#include "tokenbucket.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <mutex>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace urbis::s3 {

namespace {
Error cancelled()
{
    return Error(Error::Code::Cancelled, S3Downloader::tr("Cancelled"));
}
} // namespace

S3Downloader::S3Downloader(S3Endpoint endpoint, Credentials credentials, Options options)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials)), m_options(std::move(options))
{
}

Result<S3ObjectInfo> S3Downloader::download(const QString &key, const QString &targetPath, Feedback *feedback)
{
    Feedback stop; // the caller's cancel, or a failed range stopping the others
    if (feedback) {
        QObject::connect(feedback, &Feedback::cancelled, &stop, &Feedback::cancel, Qt::DirectConnection);
        if (feedback->isCancelled())
            stop.cancel();
        feedback->setStatus(tr("Downloading %1").arg(key));
    }
    S3Client client(m_endpoint, m_credentials);
    client.setFeedback(&stop);
    const Result<S3ObjectInfo> head = client.headObject(key);
    if (!head)
        return head.error();
    const QString expected = head->metadata.value(QStringLiteral("sha256"));
    if (expected.isEmpty() && m_options.requireChecksum)
        return Error(Error::Code::Corrupt, tr("%1 carries no sha256 to verify it by").arg(key));

    Result<AtomicFile> temp = AtomicFile::create(QFileInfo(targetPath).absolutePath());
    if (!temp)
        return temp.error();
    {
        QFile sized(temp->tempPath());
        if (!sized.open(QIODevice::ReadWrite) || !sized.resize(head->size))
            return Error(Error::Code::Io, tr("Cannot make room for %1 in %2").arg(key, temp->tempPath()), sized.errorString());
    }
    OrderedHasher hasher(temp->tempPath(), head->size, std::max<qint64>(64 * 1024, m_options.chunkSize));
    if (Result<void> fetched = fetchRanges(key, *head, temp->tempPath(), &stop, feedback, &hasher); !fetched)
        return fetched.error(); // `temp` removes the partial file
    if (!expected.isEmpty()) {
        const Result<QString> actual = hasher.finish();
        if (!actual)
            return actual.error();
        if (actual->compare(expected, Qt::CaseInsensitive) != 0)
            return Error(Error::Code::Corrupt, tr("%1 arrived damaged: its content does not match its sha256").arg(key),
                         QStringLiteral("expected %1, got %2").arg(expected, *actual));
    }
    if (stop.isCancelled())
        return cancelled();
    if (Result<void> committed = temp->commitTo(targetPath); !committed)
        return committed.error();
    if (feedback)
        feedback->setProgress(100);
    return head;
}

Result<void> S3Downloader::fetchRanges(const QString &key, const S3ObjectInfo &head, const QString &tempPath, Feedback *stop,
                                       Feedback *feedback, OrderedHasher *hasher)
{
    const qint64 size = head.size, chunk = std::max<qint64>(64 * 1024, m_options.chunkSize);
    const qint64 count = (size + chunk - 1) / chunk;
    std::mutex mutex; // guards next, done, failure
    qint64 next = 0, done = 0;
    Error failure;
    TokenBucket limit(m_options.bytesPerSecond);
    const auto fail = [&](Error e) {
        {
            std::lock_guard lock(mutex);
            if (!failure.isError())
                failure = std::move(e);
        }
        stop->cancel();
    };
    const auto work = [&] {
        S3Client client(m_endpoint, m_credentials);
        client.setFeedback(stop);
        QFile file(tempPath);
        if (!file.open(QIODevice::ReadWrite)) // not WriteOnly: that would truncate the others' ranges
            return fail(Error(Error::Code::Io, tr("Cannot write %1").arg(tempPath), file.errorString()));
        for (;;) {
            qint64 index = 0;
            {
                std::lock_guard lock(mutex);
                if (next >= count || failure.isError() || stop->isCancelled())
                    return;
                index = next++;
            }
            const qint64 first = index * chunk, length = std::min(chunk, size - first);
            if (!limit.acquire(length, stop))
                return fail(cancelled());
            QList<std::pair<QByteArray, QByteArray>> headers{
                {"Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1)}};
            if (!head.etag.isEmpty()) // the object of the HEAD, not one written since
                headers.append({"If-Match", '"' + head.etag.toLatin1() + '"'});
            // Straight into the file at its place: memory holds what is in flight, not whole ranges.
            bool unwritable = false;
            const auto sink = [&file, &unwritable, first, length](qint64 offset, QByteArrayView data) {
                if (offset + data.size() > length) // more than the range: let the length check say so
                    return true;
                unwritable = !file.seek(first + offset) || file.write(data.constData(), data.size()) != data.size();
                return !unwritable;
            };
            const Result<S3Response> r = client.request("GET", key, {}, headers, {}, sink);
            if (!r)
                return fail(unwritable ? Error(Error::Code::Io, tr("Cannot write %1").arg(tempPath), file.errorString()) : r.error());
            if (r->streamed != length)
                return fail(Error(Error::Code::Corrupt, tr("%1 arrived damaged: a range came back with the wrong length").arg(key),
                                  QStringLiteral("bytes %1-%2: got %3 bytes, HTTP %4")
                                      .arg(first).arg(first + length - 1).arg(r->streamed).arg(r->status)));
            // Flushed before the hasher may read it back; hashing overlaps the other downloads.
            if (!file.flush() || !hasher->completed(index))
                return fail(Error(Error::Code::Io, tr("Cannot write %1").arg(tempPath), file.errorString()));
#ifdef Q_OS_LINUX
            // Start writing this range to disk now: the fsync before the rename then waits for the
            // last ranges only, not for the whole file (durability unchanged, the fsync still decides).
            ::sync_file_range(file.handle(), first, length, SYNC_FILE_RANGE_WRITE);
#endif
            std::lock_guard lock(mutex);
            done += length;
            if (feedback)
                feedback->setProgress(100.0 * double(done) / double(size));
        }
    };
    if (count > 0)
        S3WorkerPool::run(int(std::min<qint64>(std::max(1, m_options.concurrency), count)), work);
    if (failure.isError())
        return failure;
    if (stop->isCancelled())
        return cancelled();
    return {};
}

} // namespace urbis::s3
