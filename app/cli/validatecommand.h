#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/** `urbis validate FILE [--schema S] [--checks LIST] [--limit-errors N] [--pick-errors L] [--skip-errors L]`. */
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ValidateCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace urbis
