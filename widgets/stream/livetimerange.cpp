#include "livetimerange.h"

#include <algorithm>

namespace urbis {

void LiveTimeRange::follow(qint64 newestMs, qint64 lengthMs)
{
    const qint64 lead = std::max<qint64>(lengthMs / 10, 1);
    if (m_length != lengthMs || newestMs > m_to || newestMs < m_to - lead) {
        m_to = newestMs + lead;
        m_from = m_to - lengthMs;
        m_length = lengthMs;
    }
}

void LiveTimeRange::followAll(qint64 firstMs, qint64 newestMs)
{
    const qint64 lead = std::max<qint64>((newestMs - firstMs) / 10, 1);
    // The oldest value moves too once the buffers are full and drop theirs.
    if (m_length != 0 || newestMs > m_to || newestMs < m_to - lead || firstMs < m_from || firstMs > m_from + lead) {
        m_from = firstMs;
        m_to = newestMs + lead;
        m_length = 0;
    }
}

} // namespace urbis
