#include "orderedhasher.h"

namespace urbis::s3 {

OrderedHasher::OrderedHasher(const QString &path, qint64 size, qint64 chunk)
    : m_file(path), m_size(size), m_chunk(std::max<qint64>(1, chunk)), m_count((size + m_chunk - 1) / m_chunk)
{
    m_failed = !m_file.open(QIODevice::ReadOnly);
}

bool OrderedHasher::completed(qint64 index)
{
    {
        std::lock_guard lock(m_mutex);
        m_done.insert(index);
        if (m_busy || index != m_cursor)
            return !m_failed; // the hashing worker, or a later one, takes it
        m_busy = true;
    }
    return hashFromCursor();
}

// Only one thread at a time gets here (m_busy): it hashes outside the lock so the others go on.
bool OrderedHasher::hashFromCursor()
{
    for (;;) {
        qint64 index = 0;
        {
            std::lock_guard lock(m_mutex);
            if (m_failed || !m_done.contains(m_cursor) || m_cursor >= m_count) {
                m_busy = false;
                return !m_failed;
            }
            index = m_cursor;
        }
        const qint64 first = index * m_chunk, length = std::min(m_chunk, m_size - first);
        // In 1 MiB pieces through one buffer: no more than that besides the downloads, and no
        // fresh allocation per piece on whichever worker thread happens to hash.
        bool ok = m_file.seek(first);
        m_piece.resize(1 << 20);
        for (qint64 at = 0; ok && at < length;) {
            const qint64 n = m_file.read(m_piece.data(), std::min<qint64>(qint64(m_piece.size()), length - at));
            ok = n > 0;
            if (ok)
                m_hash.addData(QByteArrayView(m_piece.data(), n)); // only the m_busy holder hashes
            at += std::max<qint64>(n, 0);
        }
        std::lock_guard lock(m_mutex);
        if (!ok) {
            m_failed = true;
            m_busy = false;
            return false;
        }
        m_done.remove(index);
        ++m_cursor;
    }
}

Result<QString> OrderedHasher::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_busy = true;
    }
    hashFromCursor();
    std::lock_guard lock(m_mutex);
    if (m_failed || m_cursor != m_count)
        return Error(Error::Code::Io, QStringLiteral("Cannot read back %1").arg(m_file.fileName()), m_file.errorString());
    return m_hash.hexResult();
}

} // namespace urbis::s3
