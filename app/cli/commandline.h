#pragma once

#include <QCoreApplication>
#include "util/result.h"

#include <QMap>
#include <QStringList>

namespace urbis {

/** An option a command accepts: `--name` alone, or `--name VALUE` / `--name=VALUE`. */
struct OptionSpec
{
    QString name;
    bool takesValue = false;
    bool repeatable = false;
};

/**
 * Parsed command line: global options (CLI.md) anywhere on the line, then the subcommand words and
 * their own options. Unknown options or a missing value are usage errors (exit code 2).
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(urbis::CommandLine)

public:
    /** Options every command accepts: --data-dir, --json, --quiet, --version, --help, --lang. */
    static const QList<OptionSpec> &globalOptions();
    /** Parses `args` (without the program name) against global options plus `commandOptions`. */
    static Result<CommandLine> parse(const QStringList &args, const QList<OptionSpec> &commandOptions);

    QStringList positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const;
    /** All values of a repeatable option; comma-separated values are split too. */
    QStringList values(const QString &name) const;

private:
    QStringList m_positional;
    QMap<QString, QStringList> m_values;
};

} // namespace urbis
