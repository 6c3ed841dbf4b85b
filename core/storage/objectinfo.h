#pragma once

#include <QString>

namespace urbis {

/** A stored blob: its content address (lower-case hex sha256) and size in bytes. */
struct ObjectInfo
{
    QString sha256;
    qint64 size = 0;
};

} // namespace urbis
