#include "s3multipart.h"


#include "s3client.h"
#include "sigv4signer.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace urbis::s3 {

namespace {

QByteArray uploadQuery(const QString &uploadId)
{
    return "uploadId=" + SigV4Signer::uriEncode(uploadId.toUtf8(), false);
}

QString unquoted(QString etag)
{
    return etag.remove(QLatin1Char('"'));
}

} // namespace

Result<QString> S3Multipart::create(const QString &key, const QMap<QString, QString> &metadata)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"}};
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        headers.append({"x-amz-meta-" + it.key().toLower().toLatin1(), it.value().toUtf8()});
    const Result<S3Response> r = m_client.request("POST", key, "uploads", headers);
    if (!r)
        return r.error();
    QXmlStreamReader xml(r->body);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"UploadId")
            return xml.readElementText();
    return Error(Error::Code::InvalidData, tr("The remote did not start the upload of %1").arg(key), QString::fromUtf8(r->body.left(500)));
}

Result<S3Part> S3Multipart::uploadPart(const QString &key, const QString &uploadId, int number, const QByteArray &data)
{
    // The part's sha256 is signed (x-amz-content-sha256) and checked by the server, which refuses
    // a damaged part; a Content-MD5 on top cost each part a second pass for the same guarantee.
    const QByteArray query = "partNumber=" + QByteArray::number(number) + '&' + uploadQuery(uploadId);
    const Result<S3Response> r = m_client.request("PUT", key, query, {}, data);
    if (!r)
        return r.error();
    const QString etag = unquoted(QString::fromLatin1(r->header("ETag")));
    if (etag.isEmpty())
        return Error(Error::Code::InvalidData, tr("The remote sent no ETag for part %1 of %2").arg(number).arg(key));
    return S3Part{number, etag, data.size()};
}

Result<S3ObjectInfo> S3Multipart::complete(const QString &key, const QString &uploadId, const QList<S3Part> &parts)
{
    QList<S3Part> sorted = parts;
    std::sort(sorted.begin(), sorted.end(), [](const S3Part &a, const S3Part &b) { return a.number < b.number; });
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    xml.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    qint64 size = 0;
    for (const S3Part &part : std::as_const(sorted)) {
        xml.writeStartElement(QStringLiteral("Part"));
        xml.writeTextElement(QStringLiteral("PartNumber"), QString::number(part.number));
        xml.writeTextElement(QStringLiteral("ETag"), u'"' + part.etag + u'"');
        xml.writeEndElement();
        size += part.size;
    }
    xml.writeEndElement();
    const Result<S3Response> r = m_client.request("POST", key, uploadQuery(uploadId), {{"Content-Type", "application/xml"}}, body);
    if (!r)
        return r.error();
    // S3 may answer 200 and still fail: the error is then the body, sent after the status line.
    QXmlStreamReader reader(r->body);
    QString etag, code;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"ETag")
            etag = unquoted(reader.readElementText());
        else if (reader.name() == u"Code")
            code = reader.readElementText();
    }
    if (!code.isEmpty() || etag.isEmpty())
        return Error(Error::Code::Io, tr("The remote could not assemble %1").arg(key), QString::fromUtf8(r->body.left(500)));
    S3ObjectInfo info;
    info.key = key;
    info.size = size;
    info.etag = etag;
    return info;
}

Result<void> S3Multipart::abort(const QString &key, const QString &uploadId)
{
    const Result<S3Response> r = m_client.request("DELETE", key, uploadQuery(uploadId));
    if (!r)
        return r.error();
    return {};
}

Result<QList<S3Part>> S3Multipart::listParts(const QString &key, const QString &uploadId)
{
    QList<S3Part> out;
    QByteArray marker;
    for (int page = 0; page < 100; ++page) { // 10000 parts at most, 1000 a page
        QByteArray query = uploadQuery(uploadId);
        if (!marker.isEmpty())
            query += "&part-number-marker=" + marker;
        const Result<S3Response> r = m_client.request("GET", key, query);
        if (!r)
            return r.error();
        QXmlStreamReader xml(r->body);
        bool truncated = false;
        marker.clear();
        S3Part current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"Part")
                out << current;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"Part")
                current = S3Part();
            else if (xml.name() == u"PartNumber")
                current.number = xml.readElementText().toInt();
            else if (xml.name() == u"ETag")
                current.etag = unquoted(xml.readElementText());
            else if (xml.name() == u"Size")
                current.size = xml.readElementText().toLongLong();
            else if (xml.name() == u"IsTruncated")
                truncated = xml.readElementText() == u"true";
            else if (xml.name() == u"NextPartNumberMarker")
                marker = xml.readElementText().toLatin1();
        }
        if (xml.hasError())
            return Error(Error::Code::InvalidData, tr("The remote sent an unreadable part list"), xml.errorString());
        if (!truncated || marker.isEmpty())
            return out;
    }
    return Error(Error::Code::InvalidData, tr("The remote part list does not end"));
}

} // namespace urbis::s3
