#include "s3client.h"

#include "../../util/feedback.h"
#include "../../util/sha256.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QXmlStreamReader>

namespace urbis::s3 {

namespace {

QString tagText(const QByteArray &xml, const char *tag)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String(tag))
            return r.readElementText();
    return {};
}

QString unquoted(QString etag)
{
    return etag.remove(QLatin1Char('"'));
}

} // namespace

struct S3Client::Reply
{
    int status = 0;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const char *name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

struct S3Client::Impl
{
    S3Endpoint endpoint;
    SigV4Signer signer;
    QNetworkAccessManager network;

    Impl(S3Endpoint e, Credentials c) : endpoint(std::move(e)), signer(std::move(c), endpoint.region) {}

    QByteArray host() const
    {
        QByteArray h = endpoint.endpoint.host(QUrl::FullyEncoded).toLatin1();
        if (!endpoint.pathStyle)
            h = endpoint.bucket.toLatin1() + '.' + h;
        const int port = endpoint.endpoint.port();
        const bool defaultPort = port < 0 || (port == 80 && endpoint.endpoint.scheme() == u"http") ||
                                 (port == 443 && endpoint.endpoint.scheme() == u"https");
        return defaultPort ? h : h + ':' + QByteArray::number(port);
    }

    QByteArray path(const QString &key) const
    {
        QByteArray p = endpoint.endpoint.path(QUrl::FullyDecoded).toUtf8();
        while (p.endsWith('/'))
            p.chop(1);
        if (endpoint.pathStyle)
            p += '/' + endpoint.bucket.toUtf8();
        return p + '/' + key.toUtf8();
    }
};

S3Client::S3Client(S3Endpoint endpoint, Credentials credentials)
    : d(std::make_unique<Impl>(std::move(endpoint), std::move(credentials)))
{
}

S3Client::~S3Client() = default;

Result<S3Client::Reply> S3Client::send(const QByteArray &method, const QString &key, const QByteArray &query,
                                       QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body)
{
    SigV4Signer::Request request;
    request.method = method;
    request.path = d->path(key);
    request.query = query;
    request.payloadHash = Sha256::hex(body).toLatin1();
    headers.append({"Host", d->host()});
    headers.append({"x-amz-content-sha256", request.payloadHash});
    request.headers = headers;
    const QByteArray authorization = d->signer.sign(request, QDateTime::currentDateTimeUtc());

    QByteArray url = d->endpoint.endpoint.scheme().toLatin1() + "://" + d->host() +
                     SigV4Signer::uriEncode(request.path, true);
    if (!query.isEmpty())
        url += '?' + query;
    QNetworkRequest net(QUrl::fromEncoded(url, QUrl::StrictMode));
    net.setTransferTimeout(d->endpoint.timeoutMs);
    for (const auto &[name, value] : std::as_const(request.headers))
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            net.setRawHeader(name, value);
    net.setRawHeader("Authorization", authorization);

    QNetworkReply *reply = d->network.sendCustomRequest(net, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    if (reply->isReadable()) // a HEAD reply has no body to open
        out.body = reply->readAll();
    if (out.status == 0)
        return Error(Error::Code::Io, tr("Cannot reach %1: %2").arg(d->endpoint.endpoint.toDisplayString(), reply->errorString()),
                     reply->errorString());
    if (out.status >= 200 && out.status < 300)
        return out;
    const QString code = tagText(out.body, "Code"), message = tagText(out.body, "Message");
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(out.status).arg(code, message);
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), key.isEmpty() ? d->endpoint.bucket : key);
    if (out.status == 404)
        return Error(Error::Code::NotFound, tr("Not found on the remote: %1").arg(what), detail);
    if (out.status == 409 || out.status == 412)
        return Error(Error::Code::Conflict, tr("The remote refused %1: it was changed meanwhile").arg(what), detail);
    if (out.status >= 500)
        return Error(Error::Code::Io, tr("The remote failed on %1 (HTTP %2)").arg(what).arg(out.status), detail);
    return Error(Error::Code::InvalidData, tr("The remote refused %1: %2").arg(what, message.isEmpty() ? code : message), detail);
}

Result<void> S3Client::createBucket()
{
    if (send("HEAD", {}, {}, {}, {}))
        return {}; // exists and is ours
    const Result<Reply> r = send("PUT", {}, {}, {}, {});
    if (!r && !r.error().detail.contains(QLatin1String("BucketAlreadyOwnedByYou")))
        return r.error();
    return {};
}

Result<S3ObjectInfo> S3Client::putObject(const QString &key, const QByteArray &data, const QMap<QString, QString> &metadata)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"},
                                                     {"x-amz-meta-sha256", Sha256::hex(data).toLatin1()}};
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        headers.append({"x-amz-meta-" + it.key().toLower().toLatin1(), it.value().toUtf8()});
    const Result<Reply> r = send("PUT", key, {}, headers, data);
    if (!r)
        return r.error();
    S3ObjectInfo info;
    info.key = key;
    info.size = data.size();
    info.etag = unquoted(QString::fromLatin1(r->header("ETag")));
    return info;
}

Result<QByteArray> S3Client::getObject(const QString &key, std::optional<std::pair<qint64, qint64>> range)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (range)
        headers.append({"Range", "bytes=" + QByteArray::number(range->first) + '-' + QByteArray::number(range->second)});
    Result<Reply> r = send("GET", key, {}, headers, {});
    if (!r)
        return r.error();
    // A whole object carries the sha256 it was stored with: a damaged transfer is an error, not data.
    const QByteArray expected = r->header("x-amz-meta-sha256");
    if (!range && !expected.isEmpty() && Sha256::hex(r->body).toLatin1() != expected)
        return Error(Error::Code::Corrupt, tr("%1 arrived damaged: its content does not match its sha256").arg(key));
    return std::move(r->body);
}

Result<S3ObjectInfo> S3Client::headObject(const QString &key)
{
    const Result<Reply> r = send("HEAD", key, {}, {}, {});
    if (!r)
        return r.error();
    S3ObjectInfo info;
    info.key = key;
    info.size = r->header("Content-Length").toLongLong();
    info.etag = unquoted(QString::fromLatin1(r->header("ETag")));
    info.lastModified = QDateTime::fromString(QString::fromLatin1(r->header("Last-Modified")), Qt::RFC2822Date);
    for (const auto &[name, value] : r->headers)
        if (name.toLower().startsWith("x-amz-meta-"))
            info.metadata.insert(QString::fromLatin1(name.mid(11).toLower()), QString::fromUtf8(value));
    return info;
}

Result<void> S3Client::deleteObject(const QString &key)
{
    const Result<Reply> r = send("DELETE", key, {}, {}, {});
    if (!r)
        return r.error();
    return {};
}

Result<QList<S3ObjectInfo>> S3Client::listObjects(const QString &prefix, int pageSize, Feedback *feedback)
{
    QList<S3ObjectInfo> out;
    QByteArray token;
    for (int page = 0; page < 1000000; ++page) { // bounded: a server that never ends the listing is an error below
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        QByteArray query = "list-type=2&max-keys=" + QByteArray::number(qBound(1, pageSize, 1000));
        if (!prefix.isEmpty())
            query += "&prefix=" + SigV4Signer::uriEncode(prefix.toUtf8(), false);
        if (!token.isEmpty())
            query += "&continuation-token=" + SigV4Signer::uriEncode(token, false);
        const Result<Reply> r = send("GET", {}, query, {}, {});
        if (!r)
            return r.error();
        QXmlStreamReader xml(r->body);
        bool truncated = false;
        token.clear();
        S3ObjectInfo current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"Contents")
                out << current;
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == u"Contents")
                current = S3ObjectInfo();
            else if (name == u"Key")
                current.key = xml.readElementText();
            else if (name == u"Size")
                current.size = xml.readElementText().toLongLong();
            else if (name == u"ETag")
                current.etag = unquoted(xml.readElementText());
            else if (name == u"LastModified")
                current.lastModified = QDateTime::fromString(xml.readElementText(), Qt::ISODateWithMs);
            else if (name == u"IsTruncated")
                truncated = xml.readElementText() == u"true";
            else if (name == u"NextContinuationToken")
                token = xml.readElementText().toUtf8();
        }
        if (xml.hasError())
            return Error(Error::Code::InvalidData, tr("The remote sent an unreadable listing"), xml.errorString());
        if (!truncated)
            return out;
        if (token.isEmpty())
            return Error(Error::Code::InvalidData, tr("The remote sent a truncated listing without a continuation token"));
    }
    return Error(Error::Code::InvalidData, tr("The remote listing does not end"));
}

} // namespace urbis::s3
