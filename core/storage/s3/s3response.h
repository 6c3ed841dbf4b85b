#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

#include <utility>

namespace urbis::s3 {

/**
 * Takes a 2xx body as it arrives instead of keeping it in memory: `offset` counts from the start
 * of this attempt's body (a retried request starts again at 0, so a sink that writes by offset
 * is idempotent). Returning false aborts the request as an I/O failure.
 */
using BodySink = std::function<bool(qint64 offset, QByteArrayView data)>;

/** A 2xx answer of S3Client::request: status, headers as received, the whole body. */
struct S3Response
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;    ///< empty when a BodySink took it
    qint64 streamed = 0; ///< bytes handed to the BodySink

    /** The first header called `name` (case-insensitive), or empty. */
    QByteArray header(const char *name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

} // namespace urbis::s3
