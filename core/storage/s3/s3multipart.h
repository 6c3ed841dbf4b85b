#pragma once

#include "../../util/result.h"
#include "s3objectinfo.h"
#include "s3part.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace urbis::s3 {

class S3Client;

/**
 * The five calls of S3's multipart upload API over one S3Client (not owned; same thread):
 * CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, ListParts.
 * S3Uploader strings them together; this class only speaks the protocol.
 */
class S3Multipart
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::S3Multipart)

public:
    explicit S3Multipart(S3Client &client) : m_client(client) {}

    /** Starts an upload; `metadata` becomes the object's x-amz-meta-* headers. Returns the upload id. */
    Result<QString> create(const QString &key, const QMap<QString, QString> &metadata);
    /** Sends one part with its signed sha256 (x-amz-content-sha256), so the server rejects a damaged part. */
    Result<S3Part> uploadPart(const QString &key, const QString &uploadId, int number, const QByteArray &data);
    /** Assembles the parts (ascending numbers) into the object. */
    Result<S3ObjectInfo> complete(const QString &key, const QString &uploadId, const QList<S3Part> &parts);
    Result<void> abort(const QString &key, const QString &uploadId);
    /** The parts the server holds; NotFound when the upload is gone, Unsupported when the server lacks ListParts. */
    Result<QList<S3Part>> listParts(const QString &key, const QString &uploadId);

private:
    S3Client &m_client;
};

} // namespace urbis::s3
