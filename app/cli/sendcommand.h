#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/**
 * `urbis send ID --to URL [--token-env VAR]`: hands one dataset of the workspace (its stored data
 * blob plus its catalog record as metadata) to a REST ingestion endpoint with one multipart POST
 * (RestIngestClient). The bearer token comes from the environment variable VAR (default
 * URBIS_INGEST_TOKEN), never from the command line, where other users could read it.
 */
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SendCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace urbis
