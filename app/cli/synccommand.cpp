#include "synccommand.h"

#include "progressprinter.h"
#include "storage/remote/remotecredentials.h"
#include "storage/remote/remoteprofiles.h"
#include "storage/sync/syncengine.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urbis {

QList<OptionSpec> SyncCommand::options()
{
    return {{QStringLiteral("push"), false},     {QStringLiteral("pull"), false},      {QStringLiteral("dry-run"), false},
            {QStringLiteral("with-data"), false}, {QStringLiteral("bbox"), true},       {QStringLiteral("from"), true},
            {QStringLiteral("to"), true},         {QStringLiteral("fetch"), true},      {QStringLiteral("conflicts"), false},
            {QStringLiteral("resolve"), true},    {QStringLiteral("keep"), true},       {QStringLiteral("part-size"), true},
            {QStringLiteral("concurrency"), true}, {QStringLiteral("bwlimit"), true}};
}

QString SyncCommand::usageText()
{
    return tr("usage: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]\n"
              "                  [--bbox W,S,E,N] [--from T] [--to T]\n"
              "       urbis sync [NAME] --fetch ID              bring the data of one pulled dataset\n"
              "       urbis sync [NAME] --conflicts             list datasets changed here and there\n"
              "       urbis sync [NAME] --resolve ID --keep mine|theirs|both\n"
              "transfers: --part-size MIB (default 8, at least 5), --concurrency N (default 4),\n"
              "           --bwlimit RATE (bytes per second; K, M or G suffixes: 10M)\n"
              "Without --push or --pull both directions run. Pulled datasets bring their metadata;\n"
              "their data comes with --with-data, for those in --bbox / --from..--to, or with --fetch.\n"
              "NAME may be left out when there is one remote (urbis remote list).");
}

namespace {
Result<RemoteProfile> pickRemote(const QString &dataDir, const QString &name)
{
    RemoteProfiles profiles(dataDir);
    if (!name.isEmpty())
        return profiles.find(name);
    Result<QList<RemoteProfile>> all = profiles.list();
    if (!all)
        return all.error();
    if (all->size() == 1)
        return all->first();
    return Error(Error::Code::InvalidArgument, all->isEmpty() ? SyncCommand::tr("No remote yet: urbis remote add NAME --endpoint URL --bucket B")
                                                              : SyncCommand::tr("Several remotes: name the one to sync with"));
}
} // namespace

int SyncCommand::run(CliContext &ctx, const QStringList &args)
{
    const CommandLine &line = ctx.line();
    if (args.size() > 1)
        return ctx.usage(tr("sync takes at most one remote name"), usageText());
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const QString dataDir = (*ws)->dataDir();
    Result<RemoteProfile> remote = pickRemote(dataDir, args.value(0));
    if (!remote)
        return ctx.fail(remote.error());
    if (line.isSet(QStringLiteral("conflicts")))
        return conflicts(ctx, remote->name);

    SyncOptions options;
    const bool push = line.isSet(QStringLiteral("push")), pull = line.isSet(QStringLiteral("pull"));
    options.push = push || !pull;
    options.pull = pull || !push;
    options.dryRun = line.isSet(QStringLiteral("dry-run"));
    options.withData = line.isSet(QStringLiteral("with-data"));
    if (line.isSet(QStringLiteral("bbox"))) {
        Result<Extent> box = Extent::parse(line.value(QStringLiteral("bbox")));
        if (!box)
            return ctx.usage(box.error().message, usageText());
        options.area = *box;
    }
    for (const auto &[name, target, bound] : {std::tuple{"from", &options.from, isotime::Bound::Start},
                                              std::tuple{"to", &options.to, isotime::Bound::End}}) {
        if (!line.isSet(QLatin1String(name)))
            continue;
        Result<QDateTime> t = isotime::parse(line.value(QLatin1String(name)), bound);
        if (!t)
            return ctx.usage(t.error().message, usageText());
        *target = *t;
    }
    if (line.isSet(QStringLiteral("part-size"))) {
        bool ok = false;
        const int mib = line.value(QStringLiteral("part-size")).toInt(&ok);
        if (!ok || mib < 5 || mib > 5120)
            return ctx.usage(tr("--part-size is in MiB, from 5 to 5120"), usageText());
        options.partSize = qint64(mib) * 1024 * 1024;
    }
    if (line.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        options.concurrency = line.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 64)
            return ctx.usage(tr("--concurrency is a number from 1 to 64"), usageText());
    }
    if (line.isSet(QStringLiteral("bwlimit"))) {
        QString rate = line.value(QStringLiteral("bwlimit")).trimmed().toUpper();
        qint64 unit = 1;
        if (rate.endsWith(u'K') || rate.endsWith(u'M') || rate.endsWith(u'G')) {
            unit = rate.endsWith(u'K') ? 1024 : rate.endsWith(u'M') ? 1024 * 1024 : 1024LL * 1024 * 1024;
            rate.chop(1);
        }
        bool ok = false;
        const double value = rate.toDouble(&ok);
        if (!ok || value <= 0)
            return ctx.usage(tr("--bwlimit needs a rate such as 500K or 10M"), usageText());
        options.bytesPerSecond = qint64(value * double(unit));
    }
    ConflictResolution how = ConflictResolution::KeepBoth;
    if (line.isSet(QStringLiteral("resolve"))) {
        const QString keep = line.value(QStringLiteral("keep"));
        if (keep == QLatin1String("mine"))
            how = ConflictResolution::KeepMine;
        else if (keep == QLatin1String("theirs"))
            how = ConflictResolution::KeepTheirs;
        else if (keep != QLatin1String("both"))
            return ctx.usage(tr("--resolve needs --keep mine, theirs or both"), usageText());
    }

    Result<s3::Credentials> keys = RemoteCredentials::forRemote(remote->name);
    if (!keys)
        return ctx.fail(keys.error());
    SyncEngine engine(dataDir, *remote, *keys, options);
    Feedback feedback;
    ProgressPrinter progress(&feedback, tr("Syncing with %1").arg(remote->name), !ctx.quiet());
    Result<SyncReport> report = line.isSet(QStringLiteral("resolve")) ? engine.resolve(line.value(QStringLiteral("resolve")), how, &feedback)
                                : line.isSet(QStringLiteral("fetch")) ? engine.fetch(line.value(QStringLiteral("fetch")), &feedback)
                                                                      : engine.run(&feedback);
    if (!report)
        return ctx.fail(report.error());
    return print(ctx, *report);
}

int SyncCommand::print(CliContext &ctx, const SyncReport &report)
{
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(report.toJson()));
    } else {
        for (const SyncAction &a : report.actions)
            ctx.out() << SyncAction::kindName(a.kind) << '\t' << a.lineage << '\t' << a.title << '\t' << a.bytes
                      << (a.detail.isEmpty() ? QString() : u'\t' + a.detail) << '\n';
        ctx.info(tr("%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s")
                     .arg(report.dryRun ? tr("dry run: would have ") : QString())
                     .arg(report.count(SyncAction::Kind::Push))
                     .arg(report.count(SyncAction::Kind::Pull))
                     .arg(report.count(SyncAction::Kind::Conflict))
                     .arg(report.count(SyncAction::Kind::Failed))
                     .arg(report.blobsUploaded)
                     .arg(report.blobsSkipped)
                     .arg(report.blobsDownloaded)
                     .arg(report.seconds, 0, 'f', 1));
    }
    return report.hasFailures() ? ExitIo : ExitOk;
}

int SyncCommand::conflicts(CliContext &ctx, const QString &remote)
{
    Result<SyncStatus> s = SyncEngine::status(ctx.dataDir(), remote);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const SyncConflict &c : s->conflicts)
            list.append(QJsonObject{{QStringLiteral("dataset"), c.lineage}, {QStringLiteral("title"), c.title},
                                    {QStringLiteral("detail"), c.detail}, {QStringLiteral("detected"), c.detected.toString(Qt::ISODate)}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("remote"), remote},
                                                {QStringLiteral("pending"), s->pending},
                                                {QStringLiteral("lastSync"), s->lastSync.isValid() ? QJsonValue(s->lastSync.toString(Qt::ISODate)) : QJsonValue()},
                                                {QStringLiteral("lastError"), s->lastError},
                                                {QStringLiteral("conflicts"), list}}));
        return ExitOk;
    }
    for (const SyncConflict &c : s->conflicts)
        ctx.out() << c.lineage << '\t' << c.title << '\t' << c.detail << '\n';
    ctx.info(tr("%n conflict(s); %1 dataset(s) waiting to be pushed", nullptr, int(s->conflicts.size())).arg(s->pending));
    return ExitOk;
}

} // namespace urbis
