#pragma once

#include "../../util/result.h"
#include "../s3/s3endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace urbis {

/**
 * A named S3-compatible remote (MinIO, AWS, s3rver): endpoint, region, bucket and a key prefix
 * inside it. Holds no secret: keys come from the keyring or the environment (RemoteCredentials).
 */
struct RemoteProfile
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteProfile)

public:
    QString name;
    QUrl endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString prefix;        ///< keys start with it ("city/air/"); empty = the bucket's root
    bool pathStyle = true; ///< MinIO and s3rver want path-style; AWS accepts both
    QString serverSideEncryption; ///< "" (bucket default), "AES256" or "aws:kms"
    QString caBundle;             ///< PEM file of extra CAs for an https endpoint; empty = the system's only

    /** InvalidArgument naming the field when the profile cannot work (bad name, URL or bucket). */
    Result<void> check() const;
    /**
     * The endpoint to talk to. An SSE-C key, being a secret, is not part of the profile: it comes
     * from URBIS_SSE_CUSTOMER_KEY (base64 of 32 bytes) when set.
     */
    s3::S3Endpoint s3Endpoint() const;

    QJsonObject toJson() const;
    static RemoteProfile fromJson(const QJsonObject &o);
};

} // namespace urbis
