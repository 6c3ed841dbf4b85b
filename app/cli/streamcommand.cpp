#include "streamcommand.h"

#include "catalog/datasetassets.h"
#include "stream/replayserver.h"
#include "stream/streamrecorder.h"
#include "stream/streamsource.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <climits>
#include <csignal>
#include <optional>
#include <unistd.h>

namespace urbis {

namespace {

std::atomic<int> g_signal{0};

extern "C" void onStopSignal(int signal)
{
    g_signal.store(signal);
}

/**
 * SIGINT / SIGTERM end the command cleanly (a recording is completed, a replay stops) instead of
 * killing it: the handler only sets a flag, which a timer on the event loop reads.
 */
class StopSignals
{
public:
    explicit StopSignals(QEventLoop &loop)
    {
        g_signal.store(0);
        struct sigaction sa = {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &m_oldInt);
        sigaction(SIGTERM, &sa, &m_oldTerm);
        m_poll.setInterval(100);
        QObject::connect(&m_poll, &QTimer::timeout, &loop, [&loop] {
            if (g_signal.load() != 0)
                loop.quit();
        });
        m_poll.start();
    }
    ~StopSignals()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    struct sigaction m_oldInt = {}, m_oldTerm = {};
    QTimer m_poll;
};

/** An id, else the latest version of that exact title (as `kpi eval` accepts them). */
Result<DatasetRecord> findDataset(Catalog &catalog, const QString &idOrTitle)
{
    if (Result<DatasetRecord> byId = catalog.get(idOrTitle))
        return byId;
    Result<QString> byTitle = catalog.latestByTitle(idOrTitle);
    if (!byTitle)
        return byTitle.error();
    if (byTitle->isEmpty())
        return Error(Error::Code::NotFound,
                     StreamCommand::tr("No dataset has the id or the exact title \"%1\"").arg(idOrTitle));
    return catalog.get(*byTitle);
}

/** A count with an optional fraction, for --duration and --rate. */
std::optional<double> positiveNumber(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v > 0 && v < 1e9 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QList<OptionSpec> StreamCommand::options()
{
    return {{QStringLiteral("topic"), true, true}, {QStringLiteral("duration"), true},
            {QStringLiteral("to"), true},          {QStringLiteral("city"), true},
            {QStringLiteral("domain"), true},      {QStringLiteral("port"), true},
            {QStringLiteral("rate"), true},        {QStringLiteral("loop"), false}};
}

QString StreamCommand::usageText()
{
    return tr(
        "usage: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]\n"
        "       urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]\n"
        "       urbis stream recover\n"
        "record   records a ws://, wss:// or mqtt://host:port feed into a new dataset until --duration\n"
        "         seconds have passed or Ctrl+C; prints the dataset id. --topic: MQTT topic filter\n"
        "         (repeatable, + and # wildcards; default #). Secrets: URBIS_STREAM_TOKEN (bearer token),\n"
        "         URBIS_STREAM_PASSWORD (MQTT password; the user name goes in the URL)\n"
        "serve    replays a dataset (id or exact title) as flat JSON messages on ws://127.0.0.1:PORT,\n"
        "         in time order, at --rate messages per second (default 10); ends after the last row\n"
        "         unless --loop\n"
        "recover  completes the recordings of killed processes (record does this first too)");
}

int StreamCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("serve") && args.size() == 2)
        return serve(ctx, args.at(1));
    if (sub == QLatin1String("record") && args.size() == 2)
        return record(ctx, args.at(1));
    if (sub == QLatin1String("recover") && args.size() == 1)
        return recover(ctx);
    return ctx.usage(tr("stream needs \"record URL\", \"serve DATASET\" or \"recover\""), usageText());
}

int StreamCommand::serve(CliContext &ctx, const QString &dataset)
{
    const CommandLine &line = ctx.line();
    ReplayServer::Options options;
    if (line.isSet(QStringLiteral("rate"))) {
        const std::optional<double> rate = positiveNumber(line.value(QStringLiteral("rate")));
        if (!rate)
            return ctx.usage(tr("--rate needs a number of messages per second above 0"), usageText());
        options.rate = *rate;
    }
    if (line.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = line.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return ctx.usage(tr("--port needs a number from 0 to 65535"), usageText());
        options.port = quint16(port);
    }
    options.loop = line.isSet(QStringLiteral("loop"));
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<DatasetRecord> record = findDataset((*ws)->catalog(), dataset);
    if (!record)
        return ctx.fail(record.error());
    if (!DatasetAssets::hasTable(*record))
        return ctx.fail(Error(
            Error::Code::Unsupported,
            tr("\"%1\" has no table of rows to replay (a raster, or metadata only)").arg(record->title)));
    Result<QString> path = DatasetAssets::tablePath(*record, (*ws)->store());
    if (!path)
        return ctx.fail(path.error());
    Result<std::unique_ptr<ReplayServer>> server = ReplayServer::create(*path, options);
    if (!server)
        return ctx.fail(server.error());
    ReplayServer &s = **server;
    if (Result<void> l = s.listen(); !l)
        return ctx.fail(l.error());

    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("dataset"), record->id},
                                                {QStringLiteral("title"), record->title},
                                                {QStringLiteral("rows"), s.rowCount()},
                                                {QStringLiteral("url"), s.url()},
                                                {QStringLiteral("port"), s.port()},
                                                {QStringLiteral("rate"), options.rate}}));
    else
        ctx.out() << tr("Serving %1 (%2 rows) on %3 at %4 msg/s")
                         .arg(record->title)
                         .arg(s.rowCount())
                         .arg(s.url())
                         .arg(options.rate)
                  << Qt::endl; // flushed: scripts and tests wait for this line

    QEventLoop loop;
    StopSignals stop(loop);
    bool ended = false;
    const auto maybeQuit = [&] {
        if (ended && s.clientCount() == 0)
            loop.quit();
    };
    QObject::connect(&s, &ReplayServer::clientConnected, &loop,
                     [&](const QString &peer) { ctx.info(tr("%1 connected").arg(peer)); });
    QObject::connect(&s, &ReplayServer::clientDisconnected, &loop,
                     [&](const QString &peer, const QString &reason) {
                         ctx.info(tr("%1 disconnected: %2").arg(peer, reason));
                         maybeQuit();
                     });
    QObject::connect(&s, &ReplayServer::finished, &loop, [&] {
        ended = true;
        maybeQuit();
    });
    loop.exec();
    // A replay is a broadcast: it goes on whether anyone listens, like the live feed it stands for.
    ctx.info(tr("%n row(s) replayed", nullptr, int(std::min<qint64>(s.messagesSent(), INT_MAX))));
    return ExitOk;
}

int StreamCommand::record(CliContext &ctx, const QString &urlText)
{
    const CommandLine &line = ctx.line();
    StreamConfig config;
    config.url = QUrl(urlText, QUrl::StrictMode);
    if (!config.url.isValid() || config.url.scheme().isEmpty() || config.url.host().isEmpty())
        return ctx.usage(
            tr("\"%1\" is not a stream URL: give ws://, wss:// or mqtt://host:port").arg(urlText),
            usageText());
    config.topics = line.values(QStringLiteral("topic"));
    config.username = config.url.userName();
    config.password = config.url.password().isEmpty() ? qEnvironmentVariable("URBIS_STREAM_PASSWORD")
                                                      : config.url.password();
    config.bearerToken = qEnvironmentVariable("URBIS_STREAM_TOKEN");
    if (Result<void> c = config.check(); !c)
        return ctx.usage(c.error().message, usageText());
    std::optional<double> duration;
    if (line.isSet(QStringLiteral("duration"))) {
        duration = positiveNumber(line.value(QStringLiteral("duration")));
        if (!duration)
            return ctx.usage(tr("--duration needs a number of seconds above 0"), usageText());
    }
    StreamRecorder::Options options;
    options.title = line.value(QStringLiteral("to"));
    options.source = config.url.toString(QUrl::RemoveUserInfo);
    options.city = line.value(QStringLiteral("city"));
    if (line.isSet(QStringLiteral("domain")))
        options.domain = line.value(QStringLiteral("domain"));
    if (!DatasetRecord::domains().contains(options.domain))
        return ctx.usage(tr("Unknown domain \"%1\"; expected one of %2")
                             .arg(options.domain, DatasetRecord::domains().join(QStringLiteral(", "))),
                         usageText());

    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const QString dataDir = (*ws)->dataDir();
    if (Result<QStringList> recovered = StreamRecorder::recoverAll(dataDir); !recovered)
        return ctx.fail(recovered.error());
    else
        for (const QString &id : std::as_const(*recovered))
            ctx.info(tr("Completed the recording %1 left by a stopped process").arg(id));

    std::unique_ptr<StreamSource> source = StreamSource::create(config);
    if (!source)
        return ctx.fail(Error(Error::Code::Unsupported, tr("No stream source for %1").arg(options.source)));
    std::optional<StreamRecorder> recorder;
    std::optional<Error> failure;
    std::optional<qint64> gapSince;
    QEventLoop loop;
    const auto fail = [&](const Error &e) {
        if (!failure)
            failure = e;
        loop.quit();
    };
    const auto begin = [&](const FieldMapping &mapping) {
        if (recorder || failure)
            return;
        Result<StreamRecorder> r = StreamRecorder::start(dataDir, mapping, options);
        if (!r)
            return fail(r.error());
        recorder.emplace(std::move(*r));
        ctx.info(tr("Recording %1 into the dataset %2").arg(options.source, recorder->datasetId()));
    };
    QObject::connect(source.get(), &StreamSource::mappingInferred, &loop, begin);
    QObject::connect(source.get(), &StreamSource::samplesReceived, &loop, [&](const StreamBatch &batch) {
        if (!recorder && !source->mapping().isEmpty())
            begin(source->mapping());
        if (recorder)
            if (Result<void> a = recorder->append(batch); !a)
                fail(a.error());
    });
    QObject::connect(source.get(), &StreamSource::gapStarted, &loop, [&](qint64 since) { gapSince = since; });
    QObject::connect(source.get(), &StreamSource::gapEnded, &loop, [&](qint64 since, qint64 until) {
        gapSince.reset();
        if (recorder)
            (void)recorder->appendGap(since, until);
    });

    const bool tty = ::isatty(STDERR_FILENO);
    const bool progress = !ctx.quiet() && !ctx.json();
    QTimer ticker;
    ticker.setInterval(tty ? 500 : 5000);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const StreamStats st = source->stats();
        const QString text = tr("%1 rows, %2 msg/s, %3 errors")
                                 .arg(recorder ? recorder->rowsWritten() : 0)
                                 .arg(st.messagesPerSec, 0, 'f', 0)
                                 .arg(st.malformed + st.oversized);
        if (tty)
            fprintf(stderr, "\r%s\x1b[K", qPrintable(text));
        else
            ctx.info(text);
    });
    if (progress)
        ticker.start();
    StopSignals stop(loop);
    if (duration)
        QTimer::singleShot(int(std::min(*duration * 1000, double(INT_MAX))), &loop, &QEventLoop::quit);
    QTimer::singleShot(0, source.get(), &StreamSource::start);
    loop.exec();
    if (progress && tty)
        fprintf(stderr, "\n");

    source->stop(); // flushes the samples it still holds
    QCoreApplication::processEvents();
    const StreamStats st = source->stats();
    if (recorder && gapSince)
        (void)recorder->appendGap(*gapSince, QDateTime::currentMSecsSinceEpoch());
    if (failure)
        return ctx.fail(*failure); // the recorder's destructor leaves its file to `stream recover`
    if (!recorder)
        return ctx.fail(Error(Error::Code::Io,
                              tr("Nothing was recorded: no record arrived from %1").arg(options.source),
                              st.lastError));
    Result<DatasetRecord> done = recorder->finish();
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(done->toJson()));
    } else {
        ctx.out() << done->id << Qt::endl;
        ctx.info(tr("%1 rows recorded into \"%2\" (%3 messages, %4 rejected, %5 reconnects)")
                     .arg(done->featureCount)
                     .arg(done->title)
                     .arg(st.messages)
                     .arg(st.malformed + st.oversized)
                     .arg(st.reconnects));
    }
    return ExitOk;
}

int StreamCommand::recover(CliContext &ctx)
{
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<QStringList> ids = StreamRecorder::recoverAll((*ws)->dataDir());
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.json()) {
        ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("recovered"), QJsonArray::fromStringList(*ids)}}));
        return ExitOk;
    }
    for (const QString &id : std::as_const(*ids))
        ctx.out() << id << '\n';
    ctx.info(tr("%n recording(s) completed", nullptr, int(ids->size())));
    return ExitOk;
}

} // namespace urbis
