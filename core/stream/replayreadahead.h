#pragma once

#include "../util/result.h"
#include "replaytable.h"

#include <QByteArray>
#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace urbis {

/**
 * Reads and encodes the rows of a replay on its own thread, a bounded number ahead of the
 * sender, so the thread that paces and sends (the GUI's, for a replay started from the app)
 * never waits for the disk or the JSON. With `loop` it starts over after the last row.
 * take() is called from one consumer thread; everything else is internal.
 */
class ReplayReadAhead
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ReplayReadAhead)
public:
    ReplayReadAhead(ReplayTable table, bool loop, qsizetype maxAhead = 8192);
    ~ReplayReadAhead(); ///< stops the reader and waits for it (at most one batch of rows)
    ReplayReadAhead(const ReplayReadAhead &) = delete;
    ReplayReadAhead &operator=(const ReplayReadAhead &) = delete;

    void start();
    /** Up to `max` messages that are ready, oldest first; never blocks. */
    void take(qsizetype max, std::deque<QByteArray> &into);
    /** True when the reader has passed the last row (never with loop) and take() has had everything. */
    bool drained() const;
    /** The reader's error, if it stopped on one. */
    Error error() const;

private:
    void run();

    ReplayTable m_table;
    bool m_loop;
    qsizetype m_maxAhead;
    mutable std::mutex m_mutex;
    std::condition_variable m_room;
    std::deque<QByteArray> m_ready;
    bool m_stop = false;
    bool m_ended = false;
    Error m_error;
    std::thread m_thread;
};

} // namespace urbis
