#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace urbis {

/**
 * Entry point of the headless command line (CLI.md). Needs a QCoreApplication; returns the
 * process exit code.
 */
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(urbis::CliRunner)

public:
    /** True when `args` (without the program name) ask for the CLI rather than the desktop app. */
    static bool wantsCli(const QStringList &args);
    static int run(const QStringList &args);
    static QString usageText();
};

} // namespace urbis
