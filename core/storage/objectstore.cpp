#include "objectstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace urbis {

Result<ObjectInfo> ObjectStore::putData(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return put(buffer);
}

Result<ObjectInfo> ObjectStore::putFile(const QString &path, Feedback *feedback)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("urbis::ObjectStore", "Cannot read %1").arg(path),
                     f.errorString());
    return put(f, feedback);
}

Result<ObjectInfo> ObjectStore::moveIn(const QString &path, Feedback *feedback)
{
    Result<ObjectInfo> stored = putFile(path, feedback);
    if (stored)
        QFile::remove(path);
    return stored;
}

} // namespace urbis
