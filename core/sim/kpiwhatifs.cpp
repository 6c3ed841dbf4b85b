#include "kpiwhatifs.h"

#include "forecastseries.h"
#include "whatif.h"

#include <QJsonObject>

namespace urbis {

Result<std::pair<QString, WhatIfChange>> KpiWhatIfs::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    const Error bad(Error::Code::InvalidArgument,
                    tr("--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got \"%1\")").arg(text));
    if (parts.size() < 3 || parts.size() > 4 || parts.at(0).trimmed().isEmpty())
        return bad;
    WhatIfChange change;
    QString amount = parts.at(1).trimmed();
    if (amount.endsWith(QLatin1Char('%'))) {
        change.kind = WhatIfChange::Kind::Percent;
        amount.chop(1);
    } else {
        change.kind = WhatIfChange::Kind::Absolute;
    }
    bool ok = false;
    change.amount = amount.toDouble(&ok);
    change.from = QDate::fromString(parts.at(2).trimmed(), Qt::ISODate);
    if (parts.size() == 4)
        change.until = QDate::fromString(parts.at(3).trimmed(), Qt::ISODate);
    if (!ok || !change.from.isValid() || (parts.size() == 4 && !change.until.isValid()))
        return bad;
    return std::pair{parts.at(0).trimmed(), change};
}

QList<KpiWhatIfs::Series> KpiWhatIfs::run(const KpiResult &kpi, const KpiResult &driver, const WhatIfSpec &spec)
{
    const QList<QMap<QString, QString>> combinations = kpi.dimensionTuples();
    const bool driverHasDims = std::any_of(driver.values.begin(), driver.values.end(),
                                           [](const KpiValue &v) { return !v.dims.isEmpty(); });
    QList<Series> out;
    for (const QMap<QString, QString> &dims : std::as_const(combinations)) {
        Series s;
        s.dims = dims;
        Result<ForecastSeries> k = ForecastSeries::fromKpiResult(kpi, dims);
        Result<ForecastSeries> d = ForecastSeries::fromKpiResult(driver, driverHasDims ? dims : QMap<QString, QString>());
        if (!k)
            s.result = k.error();
        else if (!d)
            s.result = Error(d.error().code, tr("The driver %1 has no series for these dimensions: %2").arg(driver.id, d.error().message));
        else
            s.result = WhatIf::run(*k, *d, spec);
        out << s;
    }
    return out;
}

QJsonArray KpiWhatIfs::toJson(const QList<Series> &series)
{
    QJsonArray out;
    for (const Series &s : series) {
        const QJsonObject dims = KpiResult::dimsJson(s.dims);
        if (!s.result) {
            out.append(QJsonObject{{QStringLiteral("dims"), dims}, {QStringLiteral("error"), s.result.error().message}});
            continue;
        }
        const WhatIfResult &r = *s.result;
        QJsonObject model;
        for (auto it = r.model.begin(); it != r.model.end(); ++it)
            model.insert(it.key(), it.value());
        QJsonArray periods;
        for (const WhatIfPeriod &p : r.periods)
            periods.append(QJsonObject{{QStringLiteral("period"), p.period},
                                       {QStringLiteral("forecast"), p.forecast},
                                       {QStringLiteral("changed"), p.changed},
                                       {QStringLiteral("actual"), p.actual ? QJsonValue(*p.actual) : QJsonValue()},
                                       {QStringLiteral("driverBaseline"), p.driverBaseline},
                                       {QStringLiteral("driverScenario"), p.driverScenario},
                                       {QStringLiteral("baseline"), p.baseline},
                                       {QStringLiteral("scenario"), p.scenario},
                                       {QStringLiteral("difference"), p.difference},
                                       {QStringLiteral("differenceLower"), p.differenceLower},
                                       {QStringLiteral("differenceUpper"), p.differenceUpper}});
        out.append(QJsonObject{{QStringLiteral("dims"), dims},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("confidence"), r.confidence},
                               {QStringLiteral("totalDifference"), r.totalDifference},
                               {QStringLiteral("totalLower"), r.totalLower},
                               {QStringLiteral("totalUpper"), r.totalUpper},
                               {QStringLiteral("periods"), periods},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
    }
    return out;
}

} // namespace urbis
