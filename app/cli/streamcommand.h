#pragma once

#include "clicontext.h"

#include <QCoreApplication>

namespace urbis {

/**
 * `urbis stream record URL [--topic T] [--duration S] [--to TITLE]`: records a WebSocket or MQTT
 * feed into a new dataset (StreamSource + StreamRecorder) until --duration has passed or SIGINT /
 * SIGTERM, then completes it and prints its id (--json: the record). Recordings left by killed
 * processes are finished first.
 * `urbis stream serve DATASET [--port P] [--rate N] [--loop]`: replays a stored table as a live
 * WebSocket feed (ReplayServer) until its rows are sent (or, with --loop, a signal).
 * `urbis stream recover`: only the finishing of left-over recordings.
 * Runs an event loop on the main thread; everything else happens in core.
 */
class StreamCommand
{
    Q_DECLARE_TR_FUNCTIONS(urbis::StreamCommand)

public:
    static QList<OptionSpec> options();
    static QString usageText();
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int serve(CliContext &ctx, const QString &dataset);
    static int record(CliContext &ctx, const QString &url);
    static int recover(CliContext &ctx);
};

} // namespace urbis
