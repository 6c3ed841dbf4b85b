#pragma once

#include "../../geo/extent.h"

#include <QDateTime>

namespace urbis {

/** What one sync does: directions, a dry run, which data blobs to bring, transfer tuning. */
struct SyncOptions
{
    bool push = true;
    bool pull = true;
    bool dryRun = false; ///< plan only: list what would move, change nothing here or there

    /// Selective sync: pulled datasets always bring their metadata; their data blobs come when
    /// `withData` is set, or when they overlap `area` / the time range [from, to]. Others are
    /// fetched on demand (SyncEngine::fetch).
    bool withData = false;
    Extent area;
    QDateTime from;
    QDateTime to;

    qint64 partSize = 8 * 1024 * 1024;
    int concurrency = 4;
    qint64 bytesPerSecond = 0; ///< 0 = no limit
    int timeoutMs = 0;         ///< no byte for this long fails a request (and retries it); 0 = the client's default
    int retryBaseDelayMs = 0;  ///< first backoff; 0 = the client's default

    bool wantsData(const Extent &bbox, const QDateTime &start, const QDateTime &end) const
    {
        if (withData)
            return true;
        const bool selective = area.isValid() || from.isValid() || to.isValid();
        if (!selective)
            return false;
        if (area.isValid() && !(bbox.isValid() && bbox.intersects(area)))
            return false;
        if (from.isValid() && end.isValid() && end < from)
            return false;
        if (to.isValid() && start.isValid() && start > to)
            return false;
        return true;
    }
};

} // namespace urbis
