#pragma once

#include "s3endpoint.h"

namespace urbis::s3 {

/**
 * When S3Client tries a request again and how long it waits first (AWS's "full jitter"
 * backoff). Stateless; thread-safe.
 */
class S3Retry
{
public:
    /** HTTP status 0 stands for a transport failure (refused, reset, timeout, truncated body). */
    static bool isRetryable(int httpStatus);
    /** Milliseconds to wait after failed attempt number `attempt` (1-based); `retryAfterMs` < 0 if absent. */
    static int delayMs(const S3Endpoint &endpoint, int attempt, int retryAfterMs = -1);
};

} // namespace urbis::s3
