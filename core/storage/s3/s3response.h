#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace urbis::s3 {

/** A 2xx answer of S3Client::request: status, headers as received, the whole body. */
struct S3Response
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

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
