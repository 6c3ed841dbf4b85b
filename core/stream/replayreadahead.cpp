#include "replayreadahead.h"

#include "../util/database.h"
#include "replayrowencoder.h"

#include <sqlite3.h>

#include <vector>

namespace urbis {

namespace {
constexpr int kBatchRows = 256; // encoded outside the lock, handed over together
}

ReplayReadAhead::ReplayReadAhead(ReplayTable table, bool loop, qsizetype maxAhead)
    : m_table(std::move(table)), m_loop(loop), m_maxAhead(std::max<qsizetype>(maxAhead, kBatchRows))
{}

ReplayReadAhead::~ReplayReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_room.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReplayReadAhead::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void ReplayReadAhead::take(qsizetype max, std::deque<QByteArray> &into)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype n = 0; n < max && !m_ready.empty(); ++n) {
            into.push_back(std::move(m_ready.front()));
            m_ready.pop_front();
        }
        wake = qsizetype(m_ready.size()) + kBatchRows <= m_maxAhead;
    }
    if (wake)
        m_room.notify_one();
}

bool ReplayReadAhead::drained() const
{
    std::lock_guard lock(m_mutex);
    return m_ended && m_ready.empty();
}

Error ReplayReadAhead::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void ReplayReadAhead::run()
{
    const auto fail = [this](const Error &e) {
        std::lock_guard lock(m_mutex);
        m_error = e;
        m_ended = true;
    };
    Result<Database> db = Database::open(m_table.path, Database::Mode::ReadOnly);
    if (!db)
        return fail(db.error());
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = m_table.selectSql().toUtf8();
    if (sqlite3_prepare_v2(db->handle(), sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
        return fail(Error(Error::Code::Database, tr("Cannot read the rows to replay"),
                          QString::fromUtf8(sqlite3_errmsg(db->handle()))));
    const ReplayRowEncoder encoder(m_table);
    std::vector<QByteArray> batch;
    batch.reserve(kBatchRows);
    qint64 rowsThisPass = 0;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock,
                        [this] { return m_stop || qsizetype(m_ready.size()) + kBatchRows <= m_maxAhead; });
            if (m_stop)
                break;
        }
        bool passEnded = false;
        while (batch.size() < size_t(kBatchRows)) {
            const int rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                batch.push_back(encoder.encode(st));
                ++rowsThisPass;
                continue;
            }
            if (rc != SQLITE_DONE) {
                fail(Error(Error::Code::Database, tr("Cannot read the rows to replay"),
                           QString::fromUtf8(sqlite3_errmsg(db->handle()))));
                sqlite3_finalize(st);
                return;
            }
            passEnded = true;
            break;
        }
        std::lock_guard lock(m_mutex);
        for (QByteArray &m : batch)
            m_ready.push_back(std::move(m));
        batch.clear();
        if (passEnded) {
            // An empty table would loop forever without sending anything.
            if (!m_loop || rowsThisPass == 0) {
                m_ended = true;
                break;
            }
            sqlite3_reset(st);
            rowsThisPass = 0;
        }
    }
    sqlite3_finalize(st);
}

} // namespace urbis
