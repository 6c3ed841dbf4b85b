#include "whatifresult.h"

namespace urbis {

KpiResult WhatIfResult::toKpiResult(const QString &id, const QString &unit) const
{
    KpiResult r;
    r.id = id;
    r.unit = unit;
    const QString band = QStringLiteral("band");
    r.dimensions = {band};
    // Bands in name order per period: the order the KPI engine sorts dimension values in.
    for (const WhatIfPeriod &p : periods) {
        const QMap<QString, std::optional<double>> bands{
            {QStringLiteral("actual"), p.actual},
            {QStringLiteral("baseline"), p.baseline},
            {QStringLiteral("baseline lower"), p.baselineLower},
            {QStringLiteral("baseline upper"), p.baselineUpper},
            {QStringLiteral("difference"), p.difference},
            {QStringLiteral("scenario"), p.scenario},
            {QStringLiteral("scenario lower"), p.scenarioLower},
            {QStringLiteral("scenario upper"), p.scenarioUpper},
        };
        for (auto it = bands.cbegin(); it != bands.cend(); ++it) {
            KpiValue v;
            v.period = p.period;
            v.dims.insert(band, it.key());
            v.value = it.value();
            r.values.append(v);
        }
    }
    return r;
}

} // namespace urbis
