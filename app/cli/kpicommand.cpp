#include "kpicommand.h"

#include "progressprinter.h"
#include "kpi/kpicache.h"
#include "kpi/kpiengine.h"
#include "kpi/kpingsild.h"
#include "sim/kpiforecasts.h"
#include "sim/kpiwhatifs.h"
#include "util/feedback.h"
#include "util/isotime.h"

#include <QFile>

#include <algorithm>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>

namespace urbis {

namespace {

QJsonObject toJson(const KpiResult &r)
{
    QJsonArray values;
    for (const KpiValue &v : r.values) {
        values.append(QJsonObject{{QStringLiteral("period"), v.period},
                                  {QStringLiteral("dims"), KpiResult::dimsJson(v.dims)},
                                  {QStringLiteral("value"), v.value ? QJsonValue(*v.value) : QJsonValue()},
                                  {QStringLiteral("status"), v.status.isEmpty() ? QJsonValue() : QJsonValue(v.status)}});
    }
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("unit"), r.unit}, {QStringLiteral("values"), values}};
}

} // namespace

QList<OptionSpec> KpiCommand::options()
{
    return {{QStringLiteral("city"), true, true}, {QStringLiteral("from"), true}, {QStringLiteral("to"), true},
            {QStringLiteral("grain"), true}, {QStringLiteral("ngsi-ld"), false}, {QStringLiteral("forecast"), true},
            {QStringLiteral("what-if"), true}};
}

QString KpiCommand::usageText()
{
    return tr("usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]\n"
              "  evaluates the KPIs of FILE ({\"kpis\": [...]} or a saved dashboard) on the workspace's datasets\n"
              "  --city C    only datasets of this city (repeat for several)\n"
              "  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time\n"
              "  --to T      last period, same forms\n"
              "  --grain G   overrides each KPI's grain\n"
              "  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)\n"
              "  --forecast N  also forecast N periods after the last value of each series, with 95 % prediction\n"
              "              intervals (Holt-Winters with two full seasons of history, else a linear trend)\n"
              "  --what-if DRIVER:CHANGE:FROM[:UNTIL]  change the KPI DRIVER of FILE (-20% or an amount in its\n"
              "              unit) from the date FROM and show how every other KPI responds (fitted on the history)\n"
              "  formulas: see docs/kpi-formulas.md");
}

int KpiCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 2 || args.first() != QLatin1String("eval"))
        return ctx.usage(tr("kpi needs \"eval\" and one FILE.json"), usageText());
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error(Error::Code::InvalidArgument, tr("Cannot read %1: %2").arg(args.at(1), file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return ctx.fail(Error(Error::Code::InvalidData, tr("%1 is not a JSON object: %2 at byte %3")
                                                            .arg(args.at(1), parseError.errorString()).arg(parseError.offset)));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("kpis")).isArray())
        return ctx.fail(Error(Error::Code::InvalidData, tr("%1 has no \"kpis\" array").arg(args.at(1))));
    QList<KpiDefinition> kpis;
    for (const QJsonValue &v : root.value(QStringLiteral("kpis")).toArray()) {
        Result<KpiDefinition> k = KpiDefinition::fromJson(v.toObject());
        if (!k)
            return ctx.fail(k.error());
        kpis.append(*k);
    }

    // A dashboard's own filters apply; options on the command line take precedence.
    KpiFilter filter = KpiFilter::fromJson(root.value(QStringLiteral("filters")).toObject());
    filter.domain.clear(); // the CLI evaluates every KPI it is given
    const CommandLine &line = ctx.line();
    if (line.isSet(QStringLiteral("city")))
        filter.cities = line.values(QStringLiteral("city"));
    for (const auto &[name, target, bound] : {std::tuple{"from", &filter.from, isotime::Bound::Start},
                                              std::tuple{"to", &filter.to, isotime::Bound::End}}) {
        if (!line.isSet(QLatin1String(name)))
            continue;
        Result<QDateTime> t = isotime::parse(line.value(QLatin1String(name)), bound);
        if (!t)
            return ctx.usage(t.error().message, usageText());
        *target = t->toUTC().date();
    }
    if (line.isSet(QStringLiteral("grain"))) {
        filter.grain = timeGrainFromName(line.value(QStringLiteral("grain")));
        if (!filter.grain)
            return ctx.usage(tr("--grain must be day, week, month or year"), usageText());
    }

    int horizon = 0;
    if (line.isSet(QStringLiteral("forecast"))) {
        bool ok = false;
        horizon = line.value(QStringLiteral("forecast")).toInt(&ok);
        if (!ok || horizon < 1 || horizon > 1000)
            return ctx.usage(tr("--forecast needs a number of periods from 1 to 1000"), usageText());
    }

    std::optional<std::pair<QString, WhatIfChange>> whatIf;
    if (line.isSet(QStringLiteral("what-if"))) {
        Result<std::pair<QString, WhatIfChange>> parsed = KpiWhatIfs::parse(line.value(QStringLiteral("what-if")));
        if (!parsed)
            return ctx.usage(parsed.error().message, usageText());
        if (std::none_of(kpis.begin(), kpis.end(), [&](const KpiDefinition &k) { return k.id == parsed->first; }))
            return ctx.usage(tr("--what-if names the driver \"%1\", which is not a KPI of %2").arg(parsed->first, args.at(1)), usageText());
        whatIf = *parsed;
    }

    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    KpiEngine engine((*ws)->catalog(), (*ws)->store());
    Feedback feedback;
    const Result<QList<KpiResult>> results = [&] {
        ProgressPrinter progress(&feedback, tr("Evaluating %n KPI(s)", nullptr, int(kpis.size())), !ctx.quiet() && !ctx.json());
        return engine.evaluateAll(kpis, filter, &feedback);
    }();
    if (!results)
        return ctx.fail(results.error());

    if (line.isSet(QStringLiteral("ngsi-ld"))) {
        QJsonArray entities;
        for (qsizetype i = 0; i < results->size(); ++i) {
            const auto k = std::find_if(kpis.begin(), kpis.end(), [&](const KpiDefinition &d) { return d.id == results->at(i).id; });
            for (const QJsonValue &e : KpiNgsiLd::exportResult(results->at(i), *k))
                entities.append(e);
        }
        ctx.printJson(QJsonDocument(entities));
        return ExitOk;
    }
    QList<QList<KpiForecasts::Series>> forecasts;
    if (horizon > 0) {
        ForecastSpec spec;
        spec.horizon = horizon;
        for (const KpiResult &r : *results)
            forecasts << KpiForecasts::forecast(r, spec);
    }
    // What-if: every KPI but the driver responds to the driver's change.
    QList<QList<KpiWhatIfs::Series>> whatIfs;
    if (whatIf) {
        const auto driver = std::find_if(results->begin(), results->end(), [&](const KpiResult &r) { return r.id == whatIf->first; });
        WhatIfSpec spec;
        spec.change = whatIf->second;
        spec.driverForecast.horizon = std::max(horizon, 1);
        for (const KpiResult &r : *results)
            whatIfs << (r.id == whatIf->first ? QList<KpiWhatIfs::Series>() : KpiWhatIfs::run(r, *driver, spec));
    }
    if (ctx.json()) {
        QJsonArray out;
        for (qsizetype i = 0; i < results->size(); ++i) {
            QJsonObject o = toJson(results->at(i));
            if (horizon > 0)
                o.insert(QStringLiteral("forecast"), KpiForecasts::toJson(forecasts.at(i)));
            if (whatIf && results->at(i).id != whatIf->first)
                o.insert(QStringLiteral("whatIf"), KpiWhatIfs::toJson(whatIfs.at(i)));
            out.append(o);
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("kpis"), out}}));
        return ExitOk;
    }
    for (qsizetype i = 0; i < results->size(); ++i) {
        const KpiResult &r = results->at(i);
        ctx.out() << r.id << " (" << (r.unit.isEmpty() ? tr("no unit") : r.unit) << ")\n";
        if (r.values.isEmpty())
            ctx.out() << "  " << tr("no values for these filters") << '\n';
        for (const KpiValue &v : r.values) {
            QStringList dims;
            for (auto it = v.dims.begin(); it != v.dims.end(); ++it)
                dims << it.value();
            ctx.out() << "  " << v.period.leftJustified(10) << ' ' << dims.join(QStringLiteral(" / ")).leftJustified(20) << ' '
                      << (v.value ? QString::number(*v.value, 'g', 6) : QStringLiteral("—")).rightJustified(12) << ' ' << v.status << '\n';
        }
        for (const KpiForecasts::Series &f : horizon > 0 ? forecasts.at(i) : QList<KpiForecasts::Series>()) {
            const QString dims = QStringList(f.dims.values()).join(QStringLiteral(" / "));
            if (!f.result) {
                ctx.out() << "  " << tr("no forecast for %1: %2").arg(dims.isEmpty() ? r.id : dims, f.result.error().message) << '\n';
                continue;
            }
            ctx.out() << "  " << tr("forecast (%1, %2 % interval):").arg(forecastMethodName(f.result->method)).arg(qRound(f.result->confidence * 100)) << '\n';
            for (const ForecastPoint &p : f.result->forecast)
                ctx.out() << "  " << p.period.leftJustified(10) << ' ' << dims.leftJustified(20) << ' '
                          << QString::number(p.value, 'g', 6).rightJustified(12) << "  ["
                          << QString::number(p.lower, 'g', 6) << " – " << QString::number(p.upper, 'g', 6) << "]\n";
        }
        for (const KpiWhatIfs::Series &w : whatIf ? whatIfs.at(i) : QList<KpiWhatIfs::Series>()) {
            const QString dims = QStringList(w.dims.values()).join(QStringLiteral(" / "));
            if (!w.result) {
                ctx.out() << "  " << tr("no what-if for %1: %2").arg(dims.isEmpty() ? r.id : dims, w.result.error().message) << '\n';
                continue;
            }
            const QString change = line.value(QStringLiteral("what-if"));
            ctx.out() << "  " << tr("what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)")
                                     .arg(whatIf->first, change.section(QLatin1Char(':'), 1, 1), change.section(QLatin1Char(':'), 2),
                                          QString::number(w.result->totalDifference, 'g', 4),
                                          QString::number(w.result->totalLower, 'g', 4), QString::number(w.result->totalUpper, 'g', 4),
                                          QString::number(w.result->model.value(QStringLiteral("slope")), 'g', 4),
                                          QString::number(w.result->model.value(QStringLiteral("r2")), 'f', 2))
                      << (dims.isEmpty() ? QString() : QStringLiteral(" · ") + dims) << '\n';
        }
    }
    return ExitOk;
}

} // namespace urbis
