#include "simcommand.h"

#include "progressprinter.h"
#include "sim/scenariorunner.h"
#include "sim/scenariostore.h"

#include <QDir>
#include <QLocale>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace urbis {

namespace {

// The last step's headline: what a person running it from a shell wants to see.
QString headline(const Scenario &s, const QJsonObject &summary)
{
    const QJsonObject last = summary.value(QStringLiteral("steps")).toArray().last().toObject();
    const double km2 = last.value(QStringLiteral("area_m2")).toDouble() / 1e6;
    if (s.type == Scenario::Type::Wildfire)
        return SimCommand::tr("%1: %2 cells burned (%3 km2) after %4 steps")
            .arg(s.displayName())
            .arg(last.value(QStringLiteral("burnedCells")).toInteger())
            .arg(km2, 0, 'f', 3)
            .arg(last.value(QStringLiteral("step")).toInt());
    double deepest = 0;
    for (const QJsonValue &v : summary.value(QStringLiteral("steps")).toArray())
        deepest = std::max(deepest, v.toObject().value(QStringLiteral("maxDepth_m")).toDouble());
    return SimCommand::tr("%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps")
        .arg(s.displayName())
        .arg(km2, 0, 'f', 3)
        .arg(deepest, 0, 'f', 2)
        .arg(last.value(QStringLiteral("step")).toInt());
}

} // namespace

QList<OptionSpec> SimCommand::options()
{
    return {{QStringLiteral("config"), true}, {QStringLiteral("out"), true}, {QStringLiteral("no-catalog"), false}};
}

QString SimCommand::usageText()
{
    return tr("usage: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]\n"
              "       urbis sim list\n"
              "  run     simulates the scenario file (docs/simulation.md); the same file and seed give\n"
              "          byte-identical results. Datasets it names are read from the workspace.\n"
              "  --out DIR     also write the results into DIR: summary.json and arrival.tif (wildfire) or\n"
              "                depth_max.tif + depth_frames.tif (flood)\n"
              "  --no-catalog  do not record the results in the catalog (then --out is needed)\n"
              "          Without --out the results go into the catalog only, as datasets of the domain\n"
              "          \"hazard\" with the keyword scenario:<id>; their ids are printed. --json prints\n"
              "          summary.json with \"datasets\" and \"out\" added.\n"
              "  list    the scenarios saved in the workspace (<data dir>/scenarios/<id>.json)\n"
              "exit codes: 0 done, 1 invalid scenario, 2 usage error, unreadable file or unknown dataset,\n"
              "            3 I/O failure");
}

int SimCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("list") && args.size() == 1)
        return list(ctx);
    if (args.value(0) != QLatin1String("run") || args.size() != 2)
        return ctx.usage(tr("sim needs \"run wildfire|flood --config FILE\" or \"list\""), usageText());
    if (!Scenario::typeFromName(args.at(1)))
        return ctx.usage(tr("\"%1\" is not a scenario type: wildfire or flood").arg(args.at(1)), usageText());
    return runScenario(ctx, args.at(1));
}

int SimCommand::list(CliContext &ctx)
{
    Result<QList<ScenarioStore::Entry>> entries = ScenarioStore(ctx.dataDir()).list();
    if (!entries)
        return ctx.fail(entries.error());
    const QString folder = ScenarioStore(ctx.dataDir()).folder();
    if (ctx.json()) {
        QJsonArray out;
        for (const ScenarioStore::Entry &e : std::as_const(*entries)) {
            QJsonObject o{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name},
                          {QStringLiteral("type"), Scenario::typeName(e.type)},
                          {QStringLiteral("file"), QDir(folder).filePath(e.id + QStringLiteral(".json"))}};
            if (!e.error.isEmpty())
                o.insert(QStringLiteral("error"), e.error);
            out.append(o);
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), out}}));
        return ExitOk;
    }
    for (const ScenarioStore::Entry &e : std::as_const(*entries))
        ctx.out() << e.id << '\t' << (e.error.isEmpty() ? Scenario::typeName(e.type) : tr("broken")) << '\t'
                  << (e.error.isEmpty() ? e.name : e.error) << '\n';
    ctx.info(tr("%n scenario(s) in %1", nullptr, int(entries->size())).arg(folder));
    return ExitOk;
}

int SimCommand::runScenario(CliContext &ctx, const QString &type)
{
    const CommandLine &line = ctx.line();
    if (!line.isSet(QStringLiteral("config")))
        return ctx.usage(tr("sim run needs --config SCENARIO.json"), usageText());
    const bool record = !line.isSet(QStringLiteral("no-catalog"));
    const QString out = line.value(QStringLiteral("out"));
    if (!record && out.isEmpty())
        return ctx.usage(tr("--no-catalog needs --out DIR: the results must go somewhere"), usageText());
    Result<Scenario> scenario = ScenarioStore::readFile(line.value(QStringLiteral("config")));
    if (!scenario) {
        Error e = scenario.error();
        if (e.code == Error::Code::Io) // could not open it: unreadable input (exit 2), as for the other commands
            e.code = Error::Code::InvalidArgument;
        return ctx.fail(e);
    }
    if (Scenario::typeName(scenario->type) != type)
        return ctx.usage(tr("%1 holds a %2 scenario, not a %3 one")
                             .arg(line.value(QStringLiteral("config")), Scenario::typeName(scenario->type), type),
                         usageText());

    ScenarioRunner::Options options;
    options.outDir = out.isEmpty() ? QString() : QDir(out).absolutePath();
    options.recordResults = record;
    options.maxFramesPerSecond = 0; // nobody watches a map here
    ScenarioRunner runner(ctx.dataDir(), *scenario, options);
    {
        ProgressPrinter progress(runner.feedback(), tr("Simulating %1").arg(scenario->displayName()), !ctx.quiet() && !ctx.json());
        runner.execute();
    }
    if (runner.state() != Task::State::Succeeded)
        return ctx.fail(runner.error());
    const ScenarioRunResult r = runner.result();
    for (const QString &w : r.warnings)
        ctx.info(tr("warning: %1").arg(w));
    if (ctx.json()) {
        QJsonObject summary = r.summary;
        summary.insert(QStringLiteral("datasets"), QJsonArray::fromStringList(r.datasetIds));
        summary.insert(QStringLiteral("out"), r.outDir.isEmpty() ? QJsonValue() : QJsonValue(r.outDir));
        ctx.printJson(QJsonDocument(summary));
        return ExitOk;
    }
    for (const QString &id : r.datasetIds)
        ctx.out() << id << '\n';
    ctx.out().flush();
    ctx.info(headline(*scenario, r.summary));
    // The last step's impact totals (categories are in impact.csv and summary.json).
    const int lastStep = r.impact.isEmpty() ? 0 : r.impact.last().step;
    for (const ImpactRecord &i : std::as_const(r.impact))
        if (i.step == lastStep && i.category.isEmpty())
            ctx.info(tr("Affected %1: %2 %3")
                         .arg(i.metric, QLocale::c().toString(i.value, 'f', 0), i.unit == u"count" ? QString() : i.unit)
                         .trimmed());
    if (!r.outDir.isEmpty())
        ctx.info(tr("Wrote %1 to %2").arg(r.files.join(QStringLiteral(", ")), r.outDir));
    if (record)
        ctx.info(tr("%n result dataset(s) in the catalog (keyword scenario:%1)", nullptr, int(r.datasetIds.size())).arg(scenario->id));
    return ExitOk;
}

} // namespace urbis
