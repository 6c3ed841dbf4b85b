#include "impactspec.h"

namespace urbis {

QString ImpactLayer::metricName() const
{
    if (!metric.isEmpty())
        return metric;
    switch (kind) {
    case Kind::Assets:
        return QStringLiteral("buildings");
    case Kind::Roads:
        return QStringLiteral("roads");
    case Kind::Population:
        return QStringLiteral("people");
    }
    return {};
}

QString ImpactLayer::unit() const
{
    switch (kind) {
    case Kind::Assets:
        return QStringLiteral("count");
    case Kind::Roads:
        return QStringLiteral("m");
    case Kind::Population:
        return QStringLiteral("people");
    }
    return {};
}

} // namespace urbis
