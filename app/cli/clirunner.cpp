#include "clirunner.h"

#include "catalogcommand.h"
#include "clicontext.h"
#include "democommand.h"
#include "importcommand.h"
#include "remotecommand.h"
#include "kpicommand.h"
#include "sendcommand.h"
#include "simcommand.h"
#include "streamcommand.h"
#include "synccommand.h"
#include "validatecommand.h"
#include "util/libraryversions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

namespace urbis {

namespace {

int printVersion(CliContext &ctx)
{
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("version"), QStringLiteral(URBIS_VERSION)}};
        for (const auto &[name, version] : libraryVersions())
            o.insert(name.toLower(), version);
        ctx.printJson(QJsonDocument(o));
        return ExitOk;
    }
    ctx.out() << "urbis " << URBIS_VERSION << '\n';
    for (const auto &[name, version] : libraryVersions())
        ctx.out() << name << ' ' << version << '\n';
    return ExitOk;
}

// Commands CLI.md names that later work brings; naming them keeps the usage message honest.
const QStringList kPlanned{QStringLiteral("export"), QStringLiteral("publish")};
} // namespace

namespace {
// Each command accepts its own options on top of the global ones; anything else is a usage error.
QList<OptionSpec> optionsFor(const QString &command)
{
    if (command == QLatin1String("catalog"))
        return CatalogCommand::options();
    if (command == QLatin1String("validate"))
        return ValidateCommand::options();
    if (command == QLatin1String("import"))
        return ImportCommand::options();
    if (command == QLatin1String("remote"))
        return RemoteCommand::options();
    if (command == QLatin1String("sync"))
        return SyncCommand::options();
    if (command == QLatin1String("send"))
        return SendCommand::options();
    if (command == QLatin1String("kpi"))
        return KpiCommand::options();
    if (command == QLatin1String("stream"))
        return StreamCommand::options();
    if (command == QLatin1String("sim"))
        return SimCommand::options();
    return {};
}
} // namespace

bool CliRunner::wantsCli(const QStringList &args)
{
    Result<CommandLine> cl = CommandLine::parse(args, CatalogCommand::options() + ValidateCommand::options() + ImportCommand::options() + RemoteCommand::options() + SyncCommand::options() + SendCommand::options() + KpiCommand::options() + StreamCommand::options() + SimCommand::options());
    if (!cl)
        return true; // let the CLI explain the usage error
    return !cl->positional().isEmpty() || cl->isSet(QStringLiteral("version")) || cl->isSet(QStringLiteral("help"))
           || cl->isSet(QStringLiteral("json"));
}

QString CliRunner::usageText()
{
    return CliRunner::tr("usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...\n"
              "       urbis                  open the desktop application\n"
              "commands:\n"
              "  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)\n"
              "  demo                                  create the demo workspace in the data dir\n"
              "  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)\n"
              "  import FILE... [--title T]            validate, normalise and catalog files (urbis import --help)\n"
              "  remote add|list|remove|test           S3-compatible remotes (urbis remote --help)\n"
              "  sync [NAME] [--push] [--pull]         share the catalog through a remote (urbis sync --help)\n"
              "  send ID --to URL [--token-env VAR]    post a dataset to a REST ingestion endpoint (urbis send --help)\n"
              "  kpi eval FILE.json [--city C] [--grain G]  evaluate KPI definitions or a dashboard (urbis kpi --help)\n"
              "  stream record URL | serve DATASET     record a live feed, replay a dataset as one (urbis stream --help)\n"
              "  sim run wildfire|flood --config S.json [--out DIR]  run a scenario headless (urbis sim --help)\n"
              "global options:\n"
              "  --data-dir DIR   workspace folder (default: $URBIS_DATA_DIR or ~/.local/share/urbis)\n"
              "  --json           machine-readable output on stdout\n"
              "  --quiet          no messages on stderr\n"
              "  --version        print versions and exit\n"
              "exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable input, 3 remote or I/O failure");
}

int CliRunner::run(const QStringList &args)
{
    Result<CommandLine> cl = CommandLine::parse(args, CatalogCommand::options() + ValidateCommand::options() + ImportCommand::options() + RemoteCommand::options() + SyncCommand::options() + SendCommand::options() + KpiCommand::options() + StreamCommand::options() + SimCommand::options());
    if (!cl) {
        CliContext ctx{CommandLine()};
        return ctx.usage(cl.error().message, usageText());
    }
    CliContext ctx(*cl);
    if (cl->isSet(QStringLiteral("data-dir")) && cl->value(QStringLiteral("data-dir")).trimmed().isEmpty())
        return ctx.usage(CliRunner::tr("--data-dir is empty (an unset variable?); give a folder"), usageText());
    // Library chatter (migrations, ...) stays out of scripted output unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("urbis.*.info=false"));
    const QStringList words = cl->positional();
    if (cl->isSet(QStringLiteral("version")))
        return printVersion(ctx);
    const QString command = words.value(0);
    if (command.isEmpty() && !cl->isSet(QStringLiteral("help")))
        return ctx.usage(CliRunner::tr("no command given"), usageText());
    if (cl->isSet(QStringLiteral("help")) || command == QLatin1String("help")) {
        ctx.out() << (command == QLatin1String("catalog")    ? CatalogCommand::usageText()
                      : command == QLatin1String("validate") ? ValidateCommand::usageText()
                      : command == QLatin1String("import")   ? ImportCommand::usageText()
                      : command == QLatin1String("remote")   ? RemoteCommand::usageText()
                      : command == QLatin1String("sync")     ? SyncCommand::usageText()
                      : command == QLatin1String("send")     ? SendCommand::usageText()
                      : command == QLatin1String("kpi")      ? KpiCommand::usageText()
                      : command == QLatin1String("stream")   ? StreamCommand::usageText()
                      : command == QLatin1String("sim")      ? SimCommand::usageText()
                                                             : usageText())
                  << '\n';
        return ExitOk;
    }
    if (Result<CommandLine> strict = CommandLine::parse(args, optionsFor(command)); !strict)
        return ctx.usage(strict.error().message, usageText());
    if (command == QLatin1String("catalog"))
        return CatalogCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("demo"))
        return DemoCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("validate"))
        return ValidateCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("import"))
        return ImportCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("remote"))
        return RemoteCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("sync"))
        return SyncCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("send"))
        return SendCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("kpi"))
        return KpiCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("stream"))
        return StreamCommand::run(ctx, words.mid(1));
    if (command == QLatin1String("sim"))
        return SimCommand::run(ctx, words.mid(1));
    if (kPlanned.contains(command))
        return ctx.fail(Error(Error::Code::Unsupported, CliRunner::tr("\"%1\" is not available in this build yet").arg(command)));
    return ctx.usage(CliRunner::tr("unknown command \"%1\"").arg(command), usageText());
}

} // namespace urbis
