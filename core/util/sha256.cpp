#include "sha256.h"

#include <openssl/evp.h>

namespace urbis {

struct Sha256::Impl
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d(std::make_unique<Impl>())
{
    // Only allocation failure makes these fail; the digest would then be garbage, so stop loudly.
    if (!d->ctx || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot start a SHA-256 digest");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int n = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &n);
    out.truncate(int(n));
    return out;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.hexResult();
}

} // namespace urbis
