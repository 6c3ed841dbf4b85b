#include "s3uploadstate.h"

#include "../atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace urbis::s3 {

namespace {
const int kVersion = 1;
}

bool S3UploadState::sameUpload(const S3UploadState &other) const
{
    return filePath == other.filePath && fileSize == other.fileSize && fileModified == other.fileModified &&
           bucket == other.bucket && key == other.key && partSize == other.partSize;
}

Result<S3UploadState> S3UploadState::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::NotFound, tr("No upload to resume at %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(path), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || o.value(QLatin1String("version")).toInt() != kVersion)
        return Error(Error::Code::InvalidData, tr("The upload state %1 is unreadable").arg(path), parseError.errorString());
    S3UploadState s;
    s.filePath = o.value(QLatin1String("file")).toString();
    s.fileSize = o.value(QLatin1String("size")).toInteger();
    s.fileModified = QDateTime::fromString(o.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
    s.bucket = o.value(QLatin1String("bucket")).toString();
    s.key = o.value(QLatin1String("key")).toString();
    s.partSize = o.value(QLatin1String("partSize")).toInteger();
    s.uploadId = o.value(QLatin1String("uploadId")).toString();
    s.sha256 = o.value(QLatin1String("sha256")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("parts")).toArray()) {
        const QJsonObject p = v.toObject();
        s.parts.append({p.value(QLatin1String("number")).toInt(), p.value(QLatin1String("etag")).toString(),
                        p.value(QLatin1String("size")).toInteger()});
    }
    if (s.uploadId.isEmpty() || s.partSize <= 0)
        return Error(Error::Code::InvalidData, tr("The upload state %1 is incomplete").arg(path));
    return s;
}

Result<void> S3UploadState::save(const QString &path) const
{
    QJsonArray list;
    for (const S3Part &p : parts)
        list.append(QJsonObject{{QStringLiteral("number"), p.number}, {QStringLiteral("etag"), p.etag}, {QStringLiteral("size"), p.size}});
    const QJsonObject o{{QStringLiteral("version"), kVersion},
                        {QStringLiteral("file"), filePath},
                        {QStringLiteral("size"), fileSize},
                        {QStringLiteral("modified"), fileModified.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("bucket"), bucket},
                        {QStringLiteral("key"), key},
                        {QStringLiteral("partSize"), partSize},
                        {QStringLiteral("uploadId"), uploadId},
                        {QStringLiteral("sha256"), sha256},
                        {QStringLiteral("parts"), list}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    Result<AtomicFile> file = AtomicFile::create(QFileInfo(path).absolutePath());
    if (!file)
        return file.error();
    if (Result<void> w = file->write(json.constData(), json.size()); !w)
        return w.error();
    return file->commitTo(path);
}

void S3UploadState::remove(const QString &path)
{
    QFile::remove(path);
}

} // namespace urbis::s3
