#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urbis {

namespace {
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
// Makes the rename itself durable: the new directory entry reaches the disk.
void syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

Result<AtomicFile> AtomicFile::create(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, AtomicFile::tr("Cannot create folder %1").arg(dir));
    QByteArray templ = QFile::encodeName(QDir(dir).filePath(QStringLiteral(".urbis-XXXXXX.part")));
    const int fd = ::mkstemps(templ.data(), 5);
    if (fd < 0)
        return Error(Error::Code::Io, AtomicFile::tr("Cannot create a temporary file in %1").arg(dir), errnoText());
    return AtomicFile(fd, QFile::decodeName(templ));
}

AtomicFile::AtomicFile(AtomicFile &&other) noexcept : m_fd(other.m_fd), m_temp(std::move(other.m_temp))
{
    other.m_fd = -1;
    other.m_temp.clear();
}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temp.isEmpty())
        ::unlink(QFile::encodeName(m_temp).constData());
    m_temp.clear();
}

Result<void> AtomicFile::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error(Error::Code::Io, AtomicFile::tr("Cannot write %1").arg(m_temp), errnoText());
        }
        data += n;
        size -= n;
    }
    return {};
}

Result<void> AtomicFile::commitTo(const QString &target)
{
    if (m_fd < 0)
        return Error(Error::Code::Internal, QStringLiteral("AtomicFile committed twice"));
    if (::fsync(m_fd) != 0)
        return Error(Error::Code::Io, AtomicFile::tr("Cannot flush %1 to disk").arg(m_temp), errnoText());
    ::fchmod(m_fd, 0644);
    ::close(m_fd);
    m_fd = -1;
    if (::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(target).constData()) != 0)
        return Error(Error::Code::Io, AtomicFile::tr("Cannot move %1 into place as %2").arg(m_temp, target), errnoText());
    m_temp.clear();
    syncDir(QFileInfo(target).absolutePath());
    return {};
}

} // namespace urbis
