#pragma once

#include "result.h"

#include <QDateTime>

namespace urbis::isotime {

enum class Bound { Start, End };

/**
 * Parses an ISO period or instant as the start or end of that period, in UTC:
 * "2023" -> 2023-01-01T00:00 (Start) or 2023-12-31T23:59:59.999 (End); likewise "2023-05",
 * "2023-05-17" and full date-times (with Z or an offset; no zone means UTC).
 */
Result<QDateTime> parse(const QString &text, Bound bound);

} // namespace urbis::isotime
