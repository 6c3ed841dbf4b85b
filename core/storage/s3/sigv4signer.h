#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace urbis::s3 {

/** An access key pair, with the session token of temporary (STS) credentials when there is one. */
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
};

/**
 * AWS Signature Version 4 (AWS4-HMAC-SHA256), for request headers and presigned URLs. Checked
 * against AWS's published test suite and the S3 documentation's examples (test_sigv4signer).
 *
 * S3 signs the object key as it is: each byte outside the unreserved set percent-encoded once,
 * slashes kept, no "." / ".." resolution. Other services (PathStyle::Normalized, the form of the
 * generic test suite) first collapse repeated slashes and resolve dot segments.
 */
class SigV4Signer
{
public:
    enum class PathStyle { S3, Normalized };

    struct Request
    {
        QByteArray method = "GET";
        QByteArray path = "/";    ///< decoded, e.g. "/bucket/reports/air quality.csv"
        QByteArray query;         ///< as on the wire, e.g. "list-type=2&prefix=a%2Fb"; may be empty
        QList<std::pair<QByteArray, QByteArray>> headers; ///< must hold Host; repeated names are joined
        QByteArray payloadHash;   ///< hex sha256 of the body, or "UNSIGNED-PAYLOAD"
    };

    SigV4Signer(Credentials credentials, QString region, QString service = QStringLiteral("s3"),
                PathStyle style = PathStyle::S3);

    /**
     * Adds X-Amz-Date (and X-Amz-Security-Token for temporary credentials) to `request` and
     * returns the Authorization header value that signs all of its headers.
     */
    QByteArray sign(Request &request, const QDateTime &when) const;

    /** GET/PUT/... URL valid for `expiresSeconds` (at most 7 days) from `when`; signs only Host. */
    QUrl presign(const QByteArray &method, const QUrl &url, const QDateTime &when, int expiresSeconds) const;

    QByteArray canonicalRequest(const Request &request) const;
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &when) const;

    /** RFC 3986 encoding as SigV4 wants it: A-Z a-z 0-9 - . _ ~ kept, the rest %XX (upper case). */
    static QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);

private:
    QByteArray signature(const QByteArray &stringToSign, const QDateTime &when) const;
    QByteArray scope(const QDateTime &when) const;
    QByteArray canonicalPath(const QByteArray &path) const;
    static QByteArray canonicalQuery(const QByteArray &query);

    Credentials m_credentials;
    QString m_region;
    QString m_service;
    PathStyle m_style;
};

} // namespace urbis::s3
