#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

struct ImportOutcome;

/** `urbis import FILE... [--title T] [--city C] [--domain D] [--schema S] [--allow-invalid] [--new-version]`. */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImportCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);

private:
    static void explain(CliContext &ctx, const QString &file, const ImportOutcome &outcome);
};

} // namespace urbis
