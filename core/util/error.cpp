#include "error.h"

namespace urbis {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString Error::codeName(Code c)
{
    switch (c) {
    case Code::None: return QStringLiteral("none");
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::InvalidData: return QStringLiteral("invalid-data");
    case Code::Io: return QStringLiteral("io");
    case Code::Database: return QStringLiteral("database");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace urbis
