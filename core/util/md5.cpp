#include "md5.h"

#include <openssl/evp.h>

namespace urbis {

QByteArray md5(QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int n = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &n, EVP_md5(), nullptr) != 1)
        return {};
    out.resize(int(n));
    return out;
}

} // namespace urbis
