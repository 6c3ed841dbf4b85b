#include "s3encryption.h"

#include <QCryptographicHash>

namespace urbis::s3 {

QList<std::pair<QByteArray, QByteArray>> S3Encryption::headers(const S3Endpoint &endpoint, const QByteArray &method, const QString &key,
                                                               const QByteArray &query)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    if (key.isEmpty())
        return out; // bucket requests (listing, creation) carry none
    const bool part = query.contains("partNumber=");
    const bool createsObject = (method == "PUT" && !part && !query.contains("uploadId=")) || (method == "POST" && query == "uploads");
    const bool touchesBytes = createsObject || (method == "PUT" && part) || (method == "POST" && query.contains("uploadId="))
                              || method == "GET" || method == "HEAD";
    if (createsObject && !endpoint.serverSideEncryption.isEmpty() && endpoint.customerKey.isEmpty())
        out.append({"x-amz-server-side-encryption", endpoint.serverSideEncryption.toLatin1()});
    if (touchesBytes && !endpoint.customerKey.isEmpty() && !(method == "GET" && query.startsWith("list-type"))) {
        out.append({QByteArray("x-amz-server-side-encryption-customer-algorithm"), QByteArray("AES256")});
        out.append({"x-amz-server-side-encryption-customer-key", endpoint.customerKey.toBase64()});
        out.append({"x-amz-server-side-encryption-customer-key-MD5",
                    QCryptographicHash::hash(endpoint.customerKey, QCryptographicHash::Md5).toBase64()});
    }
    return out;
}

} // namespace urbis::s3
