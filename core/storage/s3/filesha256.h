#pragma once

#include "../../util/result.h"

#include <QCoreApplication>
#include <QString>

namespace urbis {
class Feedback;
}

namespace urbis::s3 {

/** The sha256 of a file, read in blocks (constant memory), stopping early when cancelled. */
class FileSha256
{
    Q_DECLARE_TR_FUNCTIONS(urbis::s3::FileSha256)

public:
    /** 64 lower-case hex digits; Io if unreadable, Cancelled if `cancel` (may be null) fired. */
    static Result<QString> hex(const QString &path, const Feedback *cancel);
};

} // namespace urbis::s3
