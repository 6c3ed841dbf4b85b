#include "remotecommand.h"

#include "storage/remote/remotecredentials.h"
#include "storage/remote/remoteprofiles.h"
#include "storage/s3/s3client.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urbis {

QList<OptionSpec> RemoteCommand::options()
{
    return {{QStringLiteral("endpoint"), true}, {QStringLiteral("bucket"), true},       {QStringLiteral("region"), true},
            {QStringLiteral("prefix"), true},   {QStringLiteral("virtual-host"), false}, {QStringLiteral("replace"), false},
            {QStringLiteral("sse"), true},      {QStringLiteral("ca-bundle"), true}};
}

QString RemoteCommand::usageText()
{
    return tr("usage: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]\n"
              "                        [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]\n"
              "       urbis remote list\n"
              "       urbis remote remove NAME\n"
              "       urbis remote test NAME      reach the bucket with the keys sync would use\n"
              "keys: the system keyring, else AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN);\n"
              "SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 of a 32-byte key)");
}

int RemoteCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (verb == QLatin1String("list") && args.size() == 1)
        return list(ctx);
    if ((verb == QLatin1String("remove") || verb == QLatin1String("test")) && args.size() == 2) {
        Result<Workspace *> ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        if (verb == QLatin1String("test"))
            return test(ctx, args.at(1));
        if (Result<void> removed = RemoteProfiles((*ws)->dataDir()).remove(args.at(1)); !removed)
            return ctx.fail(removed.error());
        RemoteCredentials::forget(args.at(1));
        ctx.info(tr("Remote \"%1\" removed").arg(args.at(1)));
        return ExitOk;
    }
    return ctx.usage(verb.isEmpty() ? tr("remote needs add, list, remove or test") : tr("unknown use of remote: %1").arg(args.join(u' ')),
                     usageText());
}

int RemoteCommand::add(CliContext &ctx, const QStringList &args)
{
    const CommandLine &line = ctx.line();
    if (args.size() != 1 || !line.isSet(QStringLiteral("endpoint")) || !line.isSet(QStringLiteral("bucket")))
        return ctx.usage(tr("remote add needs a NAME, --endpoint and --bucket"), usageText());
    RemoteProfile p;
    p.name = args.at(0);
    p.endpoint = QUrl(line.value(QStringLiteral("endpoint")), QUrl::StrictMode);
    p.bucket = line.value(QStringLiteral("bucket"));
    p.region = line.value(QStringLiteral("region"), p.region);
    p.prefix = line.value(QStringLiteral("prefix"));
    p.pathStyle = !line.isSet(QStringLiteral("virtual-host"));
    p.serverSideEncryption = line.value(QStringLiteral("sse"));
    p.caBundle = line.value(QStringLiteral("ca-bundle"));
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    if (Result<void> added = RemoteProfiles((*ws)->dataDir()).add(p, line.isSet(QStringLiteral("replace"))); !added)
        return ctx.fail(added.error());
    if (ctx.json())
        ctx.printJson(QJsonDocument(p.toJson()));
    else
        ctx.info(tr("Remote \"%1\" added: %2, bucket %3").arg(p.name, p.endpoint.toString(), p.bucket));
    return ExitOk;
}

int RemoteCommand::list(CliContext &ctx)
{
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<QList<RemoteProfile>> all = RemoteProfiles((*ws)->dataDir()).list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const RemoteProfile &p : std::as_const(*all))
            arr.append(p.toJson());
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("remotes"), arr}}));
        return ExitOk;
    }
    for (const RemoteProfile &p : std::as_const(*all))
        ctx.out() << p.name << '\t' << p.endpoint.toString() << '\t' << p.bucket
                  << (p.prefix.isEmpty() ? QString() : u'/' + p.prefix) << '\t' << p.region << '\n';
    if (all->isEmpty())
        ctx.info(tr("No remotes yet: urbis remote add NAME --endpoint URL --bucket B"));
    return ExitOk;
}

int RemoteCommand::test(CliContext &ctx, const QString &name)
{
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<RemoteProfile> p = RemoteProfiles((*ws)->dataDir()).find(name);
    if (!p)
        return ctx.fail(p.error());
    Result<s3::Credentials> keys = RemoteCredentials::forRemote(name);
    if (!keys)
        return ctx.fail(keys.error());
    s3::S3Endpoint endpoint = p->s3Endpoint();
    endpoint.maxAttempts = 2; // a test should answer quickly
    s3::S3Client client(endpoint, *keys);
    // One page of one key: proves the endpoint, the bucket and the keys without listing everything.
    QByteArray query = "list-type=2&max-keys=1";
    if (!p->prefix.isEmpty())
        query += "&prefix=" + s3::SigV4Signer::uriEncode(p->prefix.toUtf8(), false);
    Result<s3::S3Response> listed = client.request("GET", {}, query);
    if (!listed)
        return ctx.fail(listed.error());
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("remote"), name},
                                                {QStringLiteral("ok"), true},
                                                {QStringLiteral("keys"), RemoteCredentials::sourceOf(name)}}));
    else
        ctx.out() << tr("%1: bucket %2 reachable (keys from the %3)").arg(name, p->bucket, RemoteCredentials::sourceOf(name)) << '\n';
    return ExitOk;
}

} // namespace urbis
