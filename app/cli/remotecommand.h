#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/**
 * `urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P] [--virtual-host]
 * [--replace]`, `remote list`, `remote remove NAME`, `remote test NAME` (reaches the bucket with
 * the keys it would use).
 */
class RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int add(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx);
    static int test(CliContext &ctx, const QString &name);
};

} // namespace urbis
