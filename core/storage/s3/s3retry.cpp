#include "s3retry.h"

#include <QRandomGenerator>

#include <algorithm>

namespace urbis::s3 {

bool S3Retry::isRetryable(int httpStatus)
{
    // 408 Request Timeout and 429 Too Many Requests are the only refusals that may pass on their own.
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
}

int S3Retry::delayMs(const S3Endpoint &endpoint, int attempt, int retryAfterMs)
{
    const qint64 cap = std::max(0, endpoint.retryMaxDelayMs);
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min(cap, qint64(std::max(0, endpoint.retryBaseDelayMs)) << shift);
    qint64 delay = ceiling > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1)) : 0;
    // A server that says when to come back (503 SlowDown, 429) is believed, within the cap.
    if (retryAfterMs > delay)
        delay = std::min(cap, qint64(retryAfterMs));
    return int(delay);
}

} // namespace urbis::s3
