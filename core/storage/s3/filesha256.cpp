#include "filesha256.h"

#include "../../util/feedback.h"
#include "../../util/sha256.h"

#include <QFile>

namespace urbis::s3 {

Result<QString> FileSha256::hex(const QString &path, const Feedback *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(path), file.errorString());
    Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error(Error::Code::Io, tr("Cannot read %1").arg(path), file.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return hash.hexResult();
}

} // namespace urbis::s3
