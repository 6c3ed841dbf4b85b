#include "s3uploader.h"

#include "../../util/feedback.h"
#include "../../util/sha256.h"
#include "filesha256.h"
#include "s3client.h"
#include "s3logging.h"
#include "s3multipart.h"
#include "s3uploadstate.h"
#include "s3workerpool.h"
#include "tokenbucket.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <mutex>

namespace urbis::s3 {

namespace {
constexpr qint64 kMinPartSize = 5 * 1024 * 1024; // S3 refuses smaller parts (except the last)
constexpr qint64 kMaxParts = 10000;

Error cancelled()
{
    return Error(Error::Code::Cancelled, S3Uploader::tr("Cancelled"));
}
} // namespace

S3Uploader::S3Uploader(S3Endpoint endpoint, Credentials credentials, Options options)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials)), m_options(std::move(options))
{
}

qint64 S3Uploader::effectivePartSize(qint64 fileSize) const
{
    qint64 part = std::max(kMinPartSize, m_options.partSize);
    while ((fileSize + part - 1) / part > kMaxParts)
        part *= 2;
    return part;
}

Result<S3ObjectInfo> S3Uploader::upload(const QString &filePath, const QString &key, Feedback *feedback)
{
    m_partsSent = 0;
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Error(Error::Code::NotFound, tr("Cannot upload %1: there is no such file").arg(filePath));
    // One switch stops every request of this upload: the caller's cancel, or a failed part
    // stopping its siblings (the caller's Feedback is theirs to keep uncancelled).
    Feedback stop;
    if (feedback) {
        QObject::connect(feedback, &Feedback::cancelled, &stop, &Feedback::cancel, Qt::DirectConnection);
        if (feedback->isCancelled())
            stop.cancel();
        feedback->setStatus(tr("Uploading %1").arg(key));
    }
    S3Client client(m_endpoint, m_credentials);
    client.setFeedback(&stop);
    const qint64 partSize = effectivePartSize(info.size());
    if (info.size() < partSize)
        return uploadWhole(filePath, key, client, &stop);

    S3UploadState fresh;
    fresh.filePath = info.absoluteFilePath();
    fresh.fileSize = info.size();
    fresh.fileModified = info.lastModified().toUTC();
    fresh.bucket = m_endpoint.bucket;
    fresh.key = key;
    fresh.partSize = partSize;
    Result<S3UploadState> state = startOrResume(fresh, client, &stop);
    if (!state)
        return state.error();
    Result<void> sent = sendParts(*state, &stop, feedback);
    const QFileInfo after(filePath);
    if (sent && (after.size() != state->fileSize || after.lastModified().toUTC() != state->fileModified))
        sent = Error(Error::Code::Conflict, tr("%1 changed while it was uploaded").arg(filePath));
    if (!sent) {
        // A failure keeps the upload to resume next time; a cancel or a changed file ends it.
        if ((sent.error().code == Error::Code::Cancelled && m_options.abortOnCancel) || sent.error().code == Error::Code::Conflict) {
            S3Client cleanup(m_endpoint, m_credentials); // `client` is stopped and would refuse
            if (const Result<void> aborted = S3Multipart(cleanup).abort(key, state->uploadId); !aborted)
                qCWarning(lcS3) << "could not abort the multipart upload of" << key << aborted.error().toString();
            if (!m_options.statePath.isEmpty())
                S3UploadState::remove(m_options.statePath);
        }
        return sent.error();
    }
    Result<S3ObjectInfo> done = S3Multipart(client).complete(key, state->uploadId, state->parts);
    if (!done && done.error().code != Error::Code::Cancelled) {
        // The answer to a completion can be lost after the server assembled the object: the retry,
        // and any later resume, then find the upload gone. The object is ours if it has our sha256.
        const Result<S3ObjectInfo> head = client.headObject(key);
        if (head && head->size == state->fileSize && head->metadata.value(QStringLiteral("sha256")) == state->sha256) {
            qCDebug(lcS3) << "completing" << key << "failed, but the object is already complete:" << done.error().toString();
            done = *head;
        }
    }
    if (!done)
        return done.error();
    if (!m_options.statePath.isEmpty())
        S3UploadState::remove(m_options.statePath);
    done->metadata.insert(QStringLiteral("sha256"), state->sha256);
    if (feedback)
        feedback->setProgress(100);
    return done;
}

Result<S3ObjectInfo> S3Uploader::uploadWhole(const QString &filePath, const QString &key, S3Client &client, Feedback *stop)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(filePath), file.errorString());
    const QByteArray data = file.readAll(); // smaller than one part
    if (data.size() != file.size())
        return Error(Error::Code::Io, tr("Cannot read %1").arg(filePath), file.errorString());
    TokenBucket limit(m_options.bytesPerSecond);
    if (!limit.acquire(data.size(), stop))
        return cancelled();
    Result<S3ObjectInfo> put = client.putObject(key, data, m_options.metadata); // adds x-amz-meta-sha256
    if (put)
        put->metadata.insert(QStringLiteral("sha256"), Sha256::hex(data));
    return put;
}

Result<S3UploadState> S3Uploader::startOrResume(const S3UploadState &fresh, S3Client &client, Feedback *stop)
{
    S3Multipart api(client);
    const QString &statePath = m_options.statePath;
    if (!statePath.isEmpty()) {
        Result<S3UploadState> saved = S3UploadState::load(statePath);
        if (saved && saved->sameUpload(fresh)) {
            const Result<QList<S3Part>> listed = api.listParts(fresh.key, saved->uploadId);
            if (listed) {
                // The server's word wins: parts it holds at the expected size are complete (it
                // checked their MD5); parts it lacks are sent again.
                QList<S3Part> kept;
                for (const S3Part &p : *listed) {
                    const qint64 expected = std::min(fresh.partSize, fresh.fileSize - qint64(p.number - 1) * fresh.partSize);
                    if (p.number >= 1 && p.size == expected && !p.etag.isEmpty())
                        kept << p;
                }
                saved->parts = kept;
                qCDebug(lcS3) << "resuming" << fresh.key << "with" << kept.size() << "parts confirmed by ListParts";
                return saved;
            }
            if (listed.error().code == Error::Code::Unsupported) { // e.g. s3rver: trust our own record
                qCDebug(lcS3) << "resuming" << fresh.key << "with" << saved->parts.size() << "recorded parts";
                return saved;
            }
            if (listed.error().code != Error::Code::NotFound) // unreachable now: keep the state for later
                return listed.error();
            // NotFound: the upload expired or was aborted; start over.
        } else if (saved) { // another file, or this one changed: its parts are worthless
            if (saved->bucket == fresh.bucket)
                (void)api.abort(saved->key, saved->uploadId);
        }
        S3UploadState::remove(statePath);
    }
    S3UploadState state = fresh;
    Result<QString> sha = m_options.knownSha256.size() == 64 ? Result<QString>(m_options.knownSha256) : FileSha256::hex(state.filePath, stop);
    if (!sha)
        return sha.error();
    state.sha256 = *sha;
    QMap<QString, QString> metadata = m_options.metadata;
    metadata.insert(QStringLiteral("sha256"), state.sha256);
    Result<QString> id = api.create(state.key, metadata);
    if (!id)
        return id.error();
    state.uploadId = *id;
    if (!statePath.isEmpty())
        if (const Result<void> saved = state.save(statePath); !saved)
            return saved.error();
    return state;
}

Result<void> S3Uploader::sendParts(S3UploadState &state, Feedback *stop, Feedback *feedback)
{
    const qint64 size = state.fileSize, partSize = state.partSize;
    const int count = int((size + partSize - 1) / partSize);
    QSet<int> have;
    qint64 done = 0;
    for (const S3Part &p : std::as_const(state.parts)) {
        have.insert(p.number);
        done += p.size;
    }
    QList<int> todo;
    for (int n = 1; n <= count; ++n)
        if (!have.contains(n))
            todo << n;
    if (feedback)
        feedback->setProgress(100.0 * double(done) / double(size));

    std::mutex mutex; // guards state, next, done, failure, m_partsSent
    qsizetype next = 0;
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
        S3Multipart api(client);
        QFile file(state.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error(Error::Code::Io, tr("Cannot read %1").arg(state.filePath), file.errorString()));
        for (;;) {
            int number = 0;
            {
                std::lock_guard lock(mutex);
                if (next >= todo.size() || failure.isError() || stop->isCancelled())
                    return;
                number = todo.at(next++);
            }
            const qint64 offset = qint64(number - 1) * partSize, length = std::min(partSize, size - offset);
            QByteArray data;
            if (file.seek(offset))
                data = file.read(length);
            if (data.size() != length)
                return fail(Error(Error::Code::Io, tr("Cannot read part %1 of %2").arg(number).arg(state.filePath), file.errorString()));
            if (!limit.acquire(length, stop))
                return fail(cancelled());
            const Result<S3Part> part = api.uploadPart(state.key, state.uploadId, number, data);
            if (!part)
                return fail(part.error());
            Result<void> saved;
            {
                std::lock_guard lock(mutex);
                state.parts << *part;
                ++m_partsSent;
                done += length;
                if (!m_options.statePath.isEmpty())
                    saved = state.save(m_options.statePath);
                if (feedback)
                    feedback->setProgress(100.0 * double(done) / double(size));
            }
            if (!saved)
                return fail(saved.error());
        }
    };
    if (!todo.isEmpty())
        S3WorkerPool::run(int(std::min<qsizetype>(std::max(1, m_options.concurrency), todo.size())), work);
    if (failure.isError())
        return failure;
    if (stop->isCancelled())
        return cancelled();
    return {};
}

} // namespace urbis::s3
