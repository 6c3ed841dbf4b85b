#include "timegrain.h"

namespace urbis {

QString timeGrainName(TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day: return QStringLiteral("day");
    case TimeGrain::Week: return QStringLiteral("week");
    case TimeGrain::Month: return QStringLiteral("month");
    case TimeGrain::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<TimeGrain> timeGrainFromName(const QString &name)
{
    for (TimeGrain g : {TimeGrain::Day, TimeGrain::Week, TimeGrain::Month, TimeGrain::Year})
        if (name.compare(timeGrainName(g), Qt::CaseInsensitive) == 0)
            return g;
    return std::nullopt;
}

} // namespace urbis
