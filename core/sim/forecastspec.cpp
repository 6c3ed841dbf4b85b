#include "forecastspec.h"

namespace urbis {

QString forecastMethodName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Auto:
        return QStringLiteral("auto");
    case ForecastMethod::LinearTrend:
        return QStringLiteral("linear");
    case ForecastMethod::HoltWinters:
        return QStringLiteral("holt-winters");
    }
    return {};
}

std::optional<ForecastMethod> forecastMethodFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return ForecastMethod::Auto;
    if (n == QLatin1String("linear") || n == QLatin1String("trend") || n == QLatin1String("linear-trend"))
        return ForecastMethod::LinearTrend;
    if (n == QLatin1String("holt-winters") || n == QLatin1String("holtwinters") || n == QLatin1String("hw"))
        return ForecastMethod::HoltWinters;
    return std::nullopt;
}

int ForecastSpec::defaultSeasonLength(TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day:
        return 7;
    case TimeGrain::Week:
        return 52;
    case TimeGrain::Month:
        return 12;
    case TimeGrain::Year:
        return 0;
    }
    return 0;
}

} // namespace urbis
