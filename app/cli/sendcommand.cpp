#include "sendcommand.h"

#include "progressprinter.h"
#include "catalog/datasetassets.h"
#include "storage/localobjectstore.h"
#include "storage/rest/restingestclient.h"
#include "util/feedback.h"

#include <QJsonObject>

namespace urbis {

namespace {

const QString kDefaultTokenVariable = QStringLiteral("URBIS_INGEST_TOKEN");

} // namespace

QList<OptionSpec> SendCommand::options()
{
    return {{QStringLiteral("to"), true}, {QStringLiteral("token-env"), true}};
}

QString SendCommand::usageText()
{
    return tr("usage: urbis send ID --to URL [--token-env VAR]\n"
              "  posts the dataset's data and its catalog record (multipart/form-data: \"metadata\", \"file\")\n"
              "  to the REST ingestion endpoint URL (http or https)\n"
              "  --token-env VAR   environment variable holding the bearer token (default %1; none: no token)")
        .arg(kDefaultTokenVariable);
}

int SendCommand::run(CliContext &ctx, const QStringList &args)
{
    const CommandLine &line = ctx.line();
    if (args.size() != 1 || !line.isSet(QStringLiteral("to")))
        return ctx.usage(tr("send needs one dataset ID and --to URL"), usageText());
    // The variable's name on the command line, its value only in the environment: a token given
    // as an argument would show in `ps` and in shell history.
    const QString variable = line.value(QStringLiteral("token-env"), kDefaultTokenVariable);
    const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (line.isSet(QStringLiteral("token-env")) && token.isEmpty())
        return ctx.usage(tr("--token-env names %1, which is not set or empty").arg(variable), usageText());

    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<DatasetRecord> record = (*ws)->catalog().get(args.first());
    if (!record)
        return ctx.fail(record.error());
    const std::optional<AssetInfo> data = DatasetAssets::find(*record, QStringLiteral("data"));
    if (!data)
        return ctx.fail(Error(Error::Code::Unsupported, tr("Dataset %1 has no stored data to send").arg(record->id)));
    const LocalObjectStore &store = (*ws)->store();
    if (!store.contains(data->sha256))
        return ctx.fail(Error(Error::Code::NotFound, tr("The stored data of dataset %1 is missing (%2)").arg(record->id, data->sha256)));

    RestIngestRequest request;
    request.endpoint = QUrl(line.value(QStringLiteral("to")), QUrl::StrictMode);
    request.token = token;
    request.filePath = store.pathFor(data->sha256); // sent in place: the blob is never written
    request.fileName = DatasetAssets::exportFileName(*record, *data);
    request.mediaType = data->mediaType;
    request.metadata = record->toJson();
    Feedback feedback;
    const Result<RestIngestResult> sent = [&] {
        ProgressPrinter progress(&feedback, tr("Sending %1").arg(record->title), !ctx.quiet());
        return RestIngestClient().send(request, &feedback);
    }();
    if (!sent)
        return ctx.fail(sent.error());
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), record->id},
                                                {QStringLiteral("status"), sent->status},
                                                {QStringLiteral("bytes"), sent->bytesSent},
                                                {QStringLiteral("location"),
                                                 sent->location.isEmpty() ? QJsonValue() : QJsonValue(sent->location)}}));
        return ExitOk;
    }
    const QString where = request.endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    ctx.out() << (sent->location.isEmpty()
                      ? tr("Sent %1 (%2) to %3: HTTP %4, %5 bytes").arg(record->title, record->id, where).arg(sent->status).arg(sent->bytesSent)
                      : tr("Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6")
                            .arg(record->title, record->id, where)
                            .arg(sent->status)
                            .arg(sent->bytesSent)
                            .arg(sent->location))
              << Qt::endl;
    return ExitOk;
}

} // namespace urbis
