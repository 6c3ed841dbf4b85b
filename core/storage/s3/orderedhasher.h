#pragma once

#include "../../util/result.h"
#include "../../util/sha256.h"

#include <QFile>
#include <QSet>

#include <mutex>
#include <vector>

namespace urbis::s3 {

/**
 * The sha256 of a file that parallel workers fill range by range, computed while they work:
 * whichever worker finishes the range at the hashing cursor reads the finished ranges from there
 * on (from the page cache) and hashes them, so the whole-file check costs next to nothing after
 * the last range. Ranges must be flushed to the file before completed() is called. Thread-safe.
 */
class OrderedHasher
{
public:
    OrderedHasher(const QString &path, qint64 size, qint64 chunk);

    /** Range `index` is on disk; may hash it and the finished ranges after it. False on a read error. */
    bool completed(qint64 index);
    /** Hashes what is left (every range must be complete) and returns the hex digest. */
    Result<QString> finish();

private:
    bool hashFromCursor();

    QFile m_file;
    qint64 m_size;
    qint64 m_chunk;
    qint64 m_count;
    std::mutex m_mutex; // guards m_done, m_cursor, m_busy
    QSet<qint64> m_done;
    qint64 m_cursor = 0;
    bool m_busy = false;
    bool m_failed = false;
    Sha256 m_hash;
    std::vector<char> m_piece; ///< read buffer of the m_busy holder
};

} // namespace urbis::s3
