#include "s3client.h"

#include "plainhttpconnection.h"
#include "s3encryption.h"

#include "../../util/feedback.h"
#include "../../util/sha256.h"
#include "s3logging.h"
#include "s3retry.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

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

struct S3Client::Impl
{
    S3Endpoint endpoint;
    SigV4Signer signer;
    QNetworkAccessManager network;
    const Feedback *feedback = nullptr;
    int attempts = 0;
    PlainHttpConnection plain; // uploads to plain-http endpoints

    QList<QSslCertificate> caCertificates; // of endpoint.caBundle, read once

    Impl(S3Endpoint e, Credentials c) : endpoint(std::move(e)), signer(std::move(c), endpoint.region)
    {
        if (!endpoint.caBundle.isEmpty())
            caCertificates = QSslCertificate::fromPath(endpoint.caBundle, QSsl::Pem);
    }

    bool cancelled() const { return feedback && feedback->isCancelled(); }

    // Sleeps in short slices so a cancel ends the wait at once; false when cancelled.
    bool wait(int ms) const
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (cancelled())
                return false;
            QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
        }
        return !cancelled();
    }

    // The named operations, not a custom verb: Qt reads no body after a HEAD only when it
    // knows the request is one, and would otherwise wait for Content-Length bytes until timeout.
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
    {
        if (method == "HEAD")
            return network.head(request);
        if (method == "GET" && body.isEmpty())
            return network.get(request);
        if (method == "DELETE" && body.isEmpty())
            return network.deleteResource(request);
        if (method == "PUT")
            return network.put(request, body);
        if (method == "POST")
            return network.post(request, body);
        return network.sendCustomRequest(request, method, body);
    }

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

void S3Client::setFeedback(const Feedback *feedback)
{
    d->feedback = feedback;
}

int S3Client::attempts() const
{
    return d->attempts;
}

const S3Endpoint &S3Client::endpoint() const
{
    return d->endpoint;
}

Result<S3Response> S3Client::request(const QByteArray &method, const QString &key, const QByteArray &query,
                                     QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body,
                                     const BodySink &sink)
{
    headers.append({"x-amz-content-sha256", Sha256::hex(body).toLatin1()}); // once, not per attempt
    headers += S3Encryption::headers(d->endpoint, method, key, query);
    const int maxAttempts = std::max(1, d->endpoint.maxAttempts);
    for (int n = 1;; ++n) {
        QString transportError;
        Result<S3Response> r = attempt(method, key, query, headers, body, sink, &transportError);
        if (!r)
            return r.error(); // cancelled
        const int status = transportError.isEmpty() ? r->status : 0;
        if (status >= 200 && status < 300)
            return r;
        if (!S3Retry::isRetryable(status) || n >= maxAttempts) {
            Error e = refusal(method, key, *r, transportError);
            if (n > 1)
                e.detail += QStringLiteral(" (after %1 attempts)").arg(n);
            return e;
        }
        bool seconds = false;
        const int retryAfter = r->header("Retry-After").toInt(&seconds);
        const int delay = S3Retry::delayMs(d->endpoint, n, seconds ? retryAfter * 1000 : -1);
        qCDebug(lcS3) << "retrying" << method << key << "after" << (transportError.isEmpty() ? QString::number(r->status) : transportError)
                      << "in" << delay << "ms, attempt" << n + 1 << "of" << maxAttempts;
        if (!d->wait(delay))
            return Error(Error::Code::Cancelled, tr("Cancelled"));
    }
}

Result<S3Response> S3Client::attempt(const QByteArray &method, const QString &key, const QByteArray &query,
                                     QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body,
                                     const BodySink &sink, QString *transportError)
{
    if (d->cancelled())
        return Error(Error::Code::Cancelled, tr("Cancelled"));
    ++d->attempts;
    SigV4Signer::Request request;
    request.method = method;
    request.path = d->path(key);
    request.query = query;
    headers.append({"Host", d->host()});
    for (const auto &[name, value] : std::as_const(headers))
        if (name == "x-amz-content-sha256")
            request.payloadHash = value;
    request.headers = headers;
    // Signed per attempt: a retry after a long backoff must not carry a stale X-Amz-Date.
    const QByteArray authorization = d->signer.sign(request, QDateTime::currentDateTimeUtc());

    QByteArray url = d->endpoint.endpoint.scheme().toLatin1() + "://" + d->host() +
                     SigV4Signer::uriEncode(request.path, true);
    if (!query.isEmpty())
        url += '?' + query;
    // Uploads to plain http go straight from this thread (see PlainHttpConnection for why).
    if (method == "PUT" && !body.isEmpty() && !sink && d->endpoint.endpoint.scheme() == u"http") {
        QByteArray target = SigV4Signer::uriEncode(request.path, true);
        if (!query.isEmpty())
            target += '?' + query;
        QList<std::pair<QByteArray, QByteArray>> wire = request.headers;
        wire.append({"Authorization", authorization});
        S3Response out = d->plain.send(d->endpoint.endpoint.host(QUrl::FullyEncoded).toLatin1(), d->endpoint.endpoint.port(80), method,
                                       target, wire, body, d->endpoint.timeoutMs, [this] { return d->cancelled(); }, transportError);
        if (d->cancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        return out;
    }
    QNetworkRequest net(QUrl::fromEncoded(url, QUrl::StrictMode));
    net.setTransferTimeout(d->endpoint.timeoutMs);
    if (!d->caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(d->caCertificates);
        net.setSslConfiguration(ssl);
    }
    for (const auto &[name, value] : std::as_const(request.headers))
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            net.setRawHeader(name, value);
    net.setRawHeader("Authorization", authorization);

    // Deleted here, not later: a worker thread never returns to an outer event loop, and the
    // reply holds the request body (a whole part) until it goes.
    std::unique_ptr<QNetworkReply> reply(d->send(net, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (d->feedback) // queued into this thread: the canceller is elsewhere
        QObject::connect(d->feedback, &Feedback::cancelled, reply.get(), &QNetworkReply::abort);
    // A streamed body never piles up in the reply: each arriving piece goes to the sink at once.
    qint64 streamed = 0;
    bool sinkRefused = false;
    std::vector<char> buffer;
    const auto drain = [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!sink || sinkRefused || status < 200 || status >= 300 || !reply->isReadable())
            return;
        // Into one buffer for the whole reply: a fresh QByteArray per piece, on every worker
        // thread at once, left glibc's per-thread arenas holding tens of MB after a download.
        if (buffer.empty())
            buffer.resize(256 * 1024);
        while (reply->bytesAvailable() > 0) {
            const qint64 n = reply->read(buffer.data(), qint64(buffer.size()));
            if (n <= 0)
                break;
            if (!sink(streamed, QByteArrayView(buffer.data(), n))) {
                sinkRefused = true;
                reply->abort();
                return;
            }
            streamed += n;
        }
    };
    if (sink) {
        // Bounded: Qt stops reading the socket while this much waits, so a fast server cannot
        // fill the memory faster than the sink writes (TCP slows the sender down instead). 1 MiB
        // kept a 1 GiB pull on loopback as fast as 2 MiB did, with 4 downloads 10 MB smaller.
        reply->setReadBufferSize(1024 * 1024);
        QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), drain);
    }
    if (d->cancelled())
        reply->abort();
    if (!reply->isFinished())
        loop.exec();
    if (d->cancelled())
        return Error(Error::Code::Cancelled, tr("Cancelled"));
    drain();
    S3Response out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.streamed = streamed;
    if (reply->isReadable()) // a HEAD reply has no body to open
        out.body = reply->readAll();
    if (sinkRefused) {
        *transportError = tr("the data could not be written");
        return out;
    }
    // Below 200 and 300..399 are the network, proxy and protocol layers: the exchange itself failed
    // (refused, reset, timed out, cut short), whatever status line may have arrived before.
    const QNetworkReply::NetworkError error = reply->error();
    // Qt files a plain HTTP 400 under ProtocolInvalidOperationError: that is S3 refusing, not a failed exchange.
    const bool refused400 = out.status == 400 && error == QNetworkReply::ProtocolInvalidOperationError;
    if (out.status == 0 || (!refused400 && error != QNetworkReply::NoError && (error < 200 || (error >= 300 && error < 400)))) {
        *transportError = reply->errorString();
        // A connection reset while the request is still being sent comes as a bare "Unknown error".
        if (transportError->isEmpty() || *transportError == QLatin1String("Unknown error"))
            *transportError = tr("the connection failed (%1)")
                                  .arg(QLatin1String(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
    }
    return out;
}

Error S3Client::refusal(const QByteArray &method, const QString &key, const S3Response &reply, const QString &transportError) const
{
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), key.isEmpty() ? d->endpoint.bucket : key);
    if (!transportError.isEmpty())
        return Error(Error::Code::Io, tr("Cannot reach %1 for %2: %3").arg(d->endpoint.endpoint.toDisplayString(), what, transportError),
                     transportError);
    const QString code = tagText(reply.body, "Code"), message = tagText(reply.body, "Message");
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(reply.status).arg(code, message);
    if (reply.status == 404)
        return Error(Error::Code::NotFound, tr("Not found on the remote: %1").arg(what), detail);
    if (reply.status == 409 || reply.status == 412)
        return Error(Error::Code::Conflict, tr("The remote refused %1: it was changed meanwhile").arg(what), detail);
    if (reply.status == 405 || reply.status == 501)
        return Error(Error::Code::Unsupported, tr("The remote does not support %1").arg(what), detail);
    if (reply.status == 503 || code == u"SlowDown") // S3's throttling: nothing is wrong but the load
        return Error(Error::Code::Io, tr("The remote is too busy for %1 (HTTP %2): try again later").arg(what).arg(reply.status), detail);
    if (reply.status >= 500)
        return Error(Error::Code::Io, tr("The remote failed on %1 (HTTP %2)").arg(what).arg(reply.status), detail);
    return Error(Error::Code::InvalidData, tr("The remote refused %1: %2").arg(what, message.isEmpty() ? code : message), detail);
}

Result<void> S3Client::createBucket()
{
    if (request("HEAD", {}, {}, {}, {}))
        return {}; // exists and is ours
    const Result<S3Response> r = request("PUT", {}, {}, {}, {});
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
    const Result<S3Response> r = request("PUT", key, {}, headers, data);
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
    Result<S3Response> r = request("GET", key, {}, headers, {});
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
    const Result<S3Response> r = request("HEAD", key, {}, {}, {});
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
    const Result<S3Response> r = request("DELETE", key, {}, {}, {});
    if (!r)
        return r.error();
    return {};
}

Result<S3ObjectInfo> S3Client::copyObject(const QString &sourceKey, const QString &targetKey)
{
    const QByteArray source = SigV4Signer::uriEncode((d->endpoint.bucket + '/' + sourceKey).toUtf8(), true);
    const Result<S3Response> r = request("PUT", targetKey, {}, {{"x-amz-copy-source", source}}, {});
    if (!r)
        return r.error();
    // A copy can fail after S3 has sent "200 OK": the error is then in the body.
    if (r->body.contains("<Error>"))
        return Error(Error::Code::Io, tr("The remote could not copy %1 to %2").arg(sourceKey, targetKey), QString::fromUtf8(r->body.left(300)));
    return headObject(targetKey);
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
        const Result<S3Response> r = request("GET", {}, query, {}, {});
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
