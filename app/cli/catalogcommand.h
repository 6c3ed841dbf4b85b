#pragma once

#include <QCoreApplication>
#include "clicontext.h"

namespace urbis {

/** `urbis catalog list|search|show|delete|add` (CLI.md). */
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::CatalogCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    /** `args` are the words after "catalog". */
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int search(CliContext &ctx, const QStringList &words, bool listAll);
    static int show(CliContext &ctx, const QStringList &words);
    static int remove(CliContext &ctx, const QStringList &words);
    static int add(CliContext &ctx, const QStringList &words);
};

} // namespace urbis
