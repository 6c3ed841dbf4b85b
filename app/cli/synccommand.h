#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

struct SyncReport;

/**
 * `urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data] [--bbox W,S,E,N] [--from T]
 * [--to T]`, `sync NAME --fetch ID`, `sync NAME --conflicts`, `sync NAME --resolve ID --keep
 * mine|theirs|both`. NAME may be left out when the workspace has exactly one remote.
 */
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SyncCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int print(CliContext &ctx, const SyncReport &report);
    static int conflicts(CliContext &ctx, const QString &remote);
};

} // namespace urbis
