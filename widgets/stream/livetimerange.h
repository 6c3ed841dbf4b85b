#pragma once

#include <QtGlobal>

namespace urbis {

/**
 * The time range live charts show, moved in jumps (like a strip chart) rather than on every
 * update: it leads the newest value by a tenth of its length and moves only when the data reach
 * its end or go back before it (a replay that loops). Moving a chart's axis costs a relayout of
 * every series, so this keeps a refresh at replacing the points. A plain value.
 */
class LiveTimeRange
{
public:
    /** Forget the anchor: the next call places the range afresh. */
    void reset() { m_length = -1; }
    /** A window of `lengthMs` (> 0) following `newestMs`. */
    void follow(qint64 newestMs, qint64 lengthMs);
    /** Everything from `firstMs` to `newestMs` (the "all buffered" window). */
    void followAll(qint64 firstMs, qint64 newestMs);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_length = -1; ///< of the anchored window; 0 = all, -1 = none yet
};

} // namespace urbis
