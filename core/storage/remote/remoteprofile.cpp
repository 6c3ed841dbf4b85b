#include "remoteprofile.h"

#include <QRegularExpression>
#include <QSslCertificate>

namespace urbis {

Result<void> RemoteProfile::check() const
{
    static const QRegularExpression names(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    // S3's bucket naming rules (lower case, digits, dots, hyphens; 3-63 characters).
    static const QRegularExpression buckets(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (!names.match(name).hasMatch())
        return Error(Error::Code::InvalidArgument,
                     tr("The remote name \"%1\" is not valid: use letters, digits, '.', '_' or '-' (at most 64)").arg(name));
    if (!endpoint.isValid() || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https") || endpoint.host().isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("The endpoint \"%1\" is not an http:// or https:// address").arg(endpoint.toString()));
    if (!buckets.match(bucket).hasMatch())
        return Error(Error::Code::InvalidArgument,
                     tr("The bucket name \"%1\" is not valid: 3 to 63 lower-case letters, digits, '.' or '-'").arg(bucket));
    if (region.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The region is empty"));
    if (!serverSideEncryption.isEmpty() && serverSideEncryption != u"AES256" && serverSideEncryption != u"aws:kms")
        return Error(Error::Code::InvalidArgument,
                     tr("Server-side encryption \"%1\" is not known: use AES256 or aws:kms").arg(serverSideEncryption));
    if (!caBundle.isEmpty() && QSslCertificate::fromPath(caBundle, QSsl::Pem).isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No PEM certificate could be read from %1").arg(caBundle));
    return {};
}

s3::S3Endpoint RemoteProfile::s3Endpoint() const
{
    s3::S3Endpoint e;
    e.endpoint = endpoint;
    e.region = region;
    e.bucket = bucket;
    e.pathStyle = pathStyle;
    e.serverSideEncryption = serverSideEncryption;
    e.caBundle = caBundle;
    const QByteArray key = QByteArray::fromBase64(qgetenv("URBIS_SSE_CUSTOMER_KEY"));
    if (key.size() == 32)
        e.customerKey = key;
    return e;
}

QJsonObject RemoteProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("endpoint"), endpoint.toString()},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("bucket"), bucket},
                       {QStringLiteral("prefix"), prefix},
                       {QStringLiteral("pathStyle"), pathStyle},
                       {QStringLiteral("serverSideEncryption"), serverSideEncryption},
                       {QStringLiteral("caBundle"), caBundle}};
}

RemoteProfile RemoteProfile::fromJson(const QJsonObject &o)
{
    RemoteProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.endpoint = QUrl(o.value(QStringLiteral("endpoint")).toString());
    p.region = o.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    p.bucket = o.value(QStringLiteral("bucket")).toString();
    p.prefix = o.value(QStringLiteral("prefix")).toString();
    p.pathStyle = o.value(QStringLiteral("pathStyle")).toBool(true);
    p.serverSideEncryption = o.value(QStringLiteral("serverSideEncryption")).toString();
    p.caBundle = o.value(QStringLiteral("caBundle")).toString();
    return p;
}

} // namespace urbis
