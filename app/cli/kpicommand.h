#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/**
 * `urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]`:
 * evaluates the KPI definitions of a file ({"kpis": [...]}, CLI.md's form) or of a saved
 * dashboard (its common filters apply unless the options override them) with KpiEngine, and prints
 * the values as a table or, with --json, as {"kpis": [{"id", "unit", "values": [...]}]}.
 */
class KpiCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace urbis
