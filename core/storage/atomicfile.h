#pragma once

#include <QCoreApplication>
#include "../util/result.h"

#include <QString>

namespace urbis {

/**
 * A file written under a temporary name and moved into place only when complete:
 * write() ... commitTo(target) does fsync(file), rename(2), fsync(directory). Destroying an
 * uncommitted AtomicFile removes the temporary file, so failures leave nothing half-written.
 * Move-only; one thread at a time.
 */
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AtomicFile)

public:
    /** Creates a uniquely named temp file in `dir` (which must be on the target's file system). */
    static Result<AtomicFile> create(const QString &dir);

    AtomicFile(AtomicFile &&other) noexcept;
    AtomicFile &operator=(AtomicFile &&) = delete;
    AtomicFile(const AtomicFile &) = delete;
    ~AtomicFile();

    QString tempPath() const { return m_temp; }
    Result<void> write(const char *data, qint64 size);
    Result<void> commitTo(const QString &target);
    void discard();

private:
    AtomicFile(int fd, QString temp) : m_fd(fd), m_temp(std::move(temp)) {}

    int m_fd = -1;
    QString m_temp;
};

} // namespace urbis
