#include "democommand.h"

#include "progressprinter.h"
#include "workspace/demoworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace urbis {

int DemoCommand::run(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return ctx.usage(QCoreApplication::translate("urbis::DemoCommand", "demo takes no arguments"),
                         QCoreApplication::translate("urbis::DemoCommand", "usage: urbis demo [--data-dir DIR]"));
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Feedback feedback;
    Result<DemoWorkspace::Summary> s = [&] {
        ProgressPrinter progress(&feedback, QCoreApplication::translate("urbis::DemoCommand", "Creating demo"), !ctx.quiet());
        return DemoWorkspace::create(**ws, &feedback);
    }();
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(s->created)},
                                                {QStringLiteral("existing"), QJsonArray::fromStringList(s->existing)},
                                                {QStringLiteral("dataDir"), (*ws)->dataDir()}}));
    } else {
        for (const QString &id : std::as_const(s->created))
            ctx.out() << id << '\n';
        ctx.info(QCoreApplication::translate("urbis::DemoCommand", "%1 demo datasets created, %2 already present in %3")
                     .arg(s->created.size())
                     .arg(s->existing.size())
                     .arg((*ws)->dataDir()));
    }
    return ExitOk;
}

} // namespace urbis
