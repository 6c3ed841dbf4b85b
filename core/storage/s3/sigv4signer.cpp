#include "sigv4signer.h"

#include "../../util/sha256.h"

#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <map>

namespace urbis::s3 {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), out, &n);
    return QByteArray(reinterpret_cast<const char *>(out), int(n));
}

QByteArray amzDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray shortDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

// Header values are trimmed and runs of spaces inside become one space.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

// "a=1&b" -> decoded (name, value) pairs; a name without "=" has an empty value.
QList<std::pair<QByteArray, QByteArray>> queryPairs(const QByteArray &query)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq), value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // '+' is a plus here, not a space: S3 and the signing suite read it literally.
        out.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(Credentials credentials, QString region, QString service, PathStyle style)
    : m_credentials(std::move(credentials)), m_region(std::move(region)), m_service(std::move(service)), m_style(style)
{
}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || (keepSlash && c == '/')) {
            out.append(ch);
        } else {
            out.append('%').append(hex[c >> 4]).append(hex[c & 15]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalPath(const QByteArray &path) const
{
    if (m_style == PathStyle::S3)
        return path.isEmpty() ? QByteArray("/") : uriEncode(path, true);
    // RFC 3986 dot-segment removal plus collapsing of empty segments; a trailing slash stays.
    QList<QByteArray> segments;
    for (const QByteArray &s : path.split('/')) {
        if (s.isEmpty() || s == ".")
            continue;
        if (s == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments << uriEncode(s, false);
    }
    QByteArray out = '/' + segments.join('/');
    if (!segments.isEmpty() && path.endsWith('/'))
        out += '/';
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &[name, value] : queryPairs(query))
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end()); // by name, then value: bytewise on the encoded text
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray SigV4Signer::canonicalRequest(const Request &request) const
{
    std::map<QByteArray, QByteArray> headers; // sorted by lower-case name
    for (const auto &[name, value] : request.headers) {
        QByteArray &joined = headers[name.toLower()];
        joined += (joined.isEmpty() ? QByteArray() : QByteArray(",")) + canonicalValue(value);
    }
    QByteArray canonicalHeaders, signedHeaders;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        signedHeaders += (signedHeaders.isEmpty() ? QByteArray() : QByteArray(";")) + name;
    }
    return request.method + '\n' + canonicalPath(request.path) + '\n' + canonicalQuery(request.query) + '\n' +
           canonicalHeaders + '\n' + signedHeaders + '\n' + request.payloadHash;
}

QByteArray SigV4Signer::scope(const QDateTime &when) const
{
    return shortDate(when) + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonical, const QDateTime &when) const
{
    return "AWS4-HMAC-SHA256\n" + amzDate(when) + '\n' + scope(when) + '\n' + Sha256::hex(canonical).toLatin1();
}

QByteArray SigV4Signer::signature(const QByteArray &sts, const QDateTime &when) const
{
    const QByteArray date = hmac("AWS4" + m_credentials.secretAccessKey.toUtf8(), shortDate(when));
    const QByteArray region = hmac(date, m_region.toUtf8());
    const QByteArray service = hmac(region, m_service.toUtf8());
    const QByteArray key = hmac(service, "aws4_request");
    return hmac(key, sts).toHex();
}

QByteArray SigV4Signer::sign(Request &request, const QDateTime &when) const
{
    request.headers.append({"X-Amz-Date", amzDate(when)});
    if (!m_credentials.sessionToken.isEmpty())
        request.headers.append({"X-Amz-Security-Token", m_credentials.sessionToken.toUtf8()});
    const QByteArray canonical = canonicalRequest(request);
    const QByteArray signedHeaders = canonical.split('\n').at(canonical.count('\n') - 1);
    return "AWS4-HMAC-SHA256 Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope(when) +
           ", SignedHeaders=" + signedHeaders + ", Signature=" + signature(stringToSign(canonical, when), when);
}

QUrl SigV4Signer::presign(const QByteArray &method, const QUrl &url, const QDateTime &when, int expiresSeconds) const
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const auto add = [&](const char *name, const QByteArray &value) {
        query += (query.isEmpty() ? QByteArray() : QByteArray("&")) + name + '=' + uriEncode(value, false);
    };
    add("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
    add("X-Amz-Credential", m_credentials.accessKeyId.toUtf8() + '/' + scope(when));
    add("X-Amz-Date", amzDate(when));
    add("X-Amz-Expires", QByteArray::number(std::clamp(expiresSeconds, 1, 7 * 24 * 3600)));
    if (!m_credentials.sessionToken.isEmpty())
        add("X-Amz-Security-Token", m_credentials.sessionToken.toUtf8());
    add("X-Amz-SignedHeaders", "host");
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());
    Request request;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded).toUtf8();
    request.query = query;
    request.headers = {{"Host", host}};
    request.payloadHash = "UNSIGNED-PAYLOAD";
    const QByteArray sig = signature(stringToSign(canonicalRequest(request), when), when);
    QUrl out = url;
    out.setQuery(QString::fromLatin1(canonicalQuery(query) + "&X-Amz-Signature=" + sig), QUrl::StrictMode);
    return out;
}

} // namespace urbis::s3
