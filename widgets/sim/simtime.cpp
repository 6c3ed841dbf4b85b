#include "simtime.h"

#include <cmath>

namespace urbis {

QString SimTime::format(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0;
    const qint64 s = qint64(std::llround(seconds));
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return s % 60 == 0 ? tr("%1 min").arg(minutes) : tr("%1 min %2 s").arg(minutes).arg(s % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24, 2, 10, QLatin1Char('0'));
}

} // namespace urbis
