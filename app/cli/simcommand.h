#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/**
 * `urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]`: runs a
 * scenario headless with ScenarioRunner (CLI.md). The results go into the catalog of the data dir
 * (printed dataset ids) and, with --out, as files into DIR. `urbis sim list` lists the scenarios
 * saved in the workspace.
 */
class SimCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SimCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int list(CliContext &ctx);
    static int runScenario(CliContext &ctx, const QString &type);
};

} // namespace urbis
