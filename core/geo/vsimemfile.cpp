#include "vsimemfile.h"

#include "gdalsession.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <cstring>

namespace urbis::gdal {

Result<QString> vsimemFile(const QString &name, const QByteArray &bytes)
{
    ensureRegistered();
    const QString path = QStringLiteral("/vsimem/urbis/") + name;
    const QByteArray p = path.toUtf8();
    VSIUnlink(p.constData());
    // GDAL takes ownership of a buffer it allocated itself, so the QByteArray may go away.
    auto *copy = static_cast<GByte *>(VSIMalloc(size_t(bytes.size())));
    if (!copy && !bytes.isEmpty())
        return Error(Error::Code::Io, QCoreApplication::translate("urbis::gdal", "Out of memory for %1").arg(name));
    if (!bytes.isEmpty())
        std::memcpy(copy, bytes.constData(), size_t(bytes.size()));
    VSILFILE *f = VSIFileFromMemBuffer(p.constData(), copy, vsi_l_offset(bytes.size()), TRUE);
    if (!f) {
        VSIFree(copy);
        return Error(Error::Code::Io, QCoreApplication::translate("urbis::gdal", "Cannot create %1").arg(path));
    }
    VSIFCloseL(f);
    return path;
}

} // namespace urbis::gdal
