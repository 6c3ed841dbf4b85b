#pragma once

#include "commandline.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace urbis {

/** Exit codes of CLI.md. */
enum ExitCode { ExitOk = 0, ExitInvalidData = 1, ExitUsage = 2, ExitIo = 3 };

/**
 * What every subcommand needs: the parsed line, output streams that honour --json / --quiet,
 * the workspace of --data-dir, and the mapping from Error to exit code.
 */
class CliContext
{
public:
    explicit CliContext(CommandLine line);

    const CommandLine &line() const { return m_line; }
    bool json() const { return m_line.isSet(QStringLiteral("json")); }
    bool quiet() const { return m_line.isSet(QStringLiteral("quiet")); }
    QString dataDir() const;

    QTextStream &out() { return m_out; }
    /** Human messages on stderr; silent with --quiet. */
    void info(const QString &text);
    void printJson(const QJsonDocument &doc);

    /** Opens (and creates) the workspace; reports and returns an exit code on failure. */
    Result<Workspace *> workspace();

    /** Prints `e` on stderr (or as JSON on stdout with --json) and returns its exit code. */
    int fail(const Error &e);
    int usage(const QString &message, const QString &usageText);
    static int exitCodeFor(const Error &e);

private:
    CommandLine m_line;
    QTextStream m_out;
    QTextStream m_err;
    std::optional<Workspace> m_workspace;
};

} // namespace urbis
