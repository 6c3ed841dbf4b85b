#include "importcommand.h"

#include "ingest/importjob.h"
#include "progressprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace urbis {

namespace {

const char *statusName(ImportOutcome::Status s)
{
    switch (s) {
    case ImportOutcome::Status::Imported: return "imported";
    case ImportOutcome::Status::Duplicate: return "duplicate";
    case ImportOutcome::Status::Refused: return "refused";
    }
    return "refused";
}

} // namespace

QList<OptionSpec> ImportCommand::options()
{
    return {{QStringLiteral("title"), true},       {QStringLiteral("city"), true},
            {QStringLiteral("domain"), true},      {QStringLiteral("schema"), true},
            {QStringLiteral("allow-invalid"), false}, {QStringLiteral("new-version"), false},
            {QStringLiteral("description"), true}, {QStringLiteral("license"), true},
            {QStringLiteral("source"), true},      {QStringLiteral("layer"), true},
            {QStringLiteral("allow-duplicate"), false}};
}

QString ImportCommand::usageText()
{
    return tr("usage: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]\n"
              "                    [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]\n"
              "Validates, normalises (GeoPackage or tiled GeoTIFF) and stores each file with its original and its\n"
              "validation report; prints the new dataset ids. Data with errors is refused unless --allow-invalid.\n"
              "A file imported before (same bytes) is not stored twice; --new-version adds the file as the next\n"
              "version of the latest dataset with the same title.\n"
              "exit codes: 0 imported (or already there), 1 refused (invalid data), 2 usage error or unreadable input, 3 I/O failure");
}

int ImportCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(tr("import needs at least one file"), usageText());
    const CommandLine &cl = ctx.line();
    ImportRequest base;
    base.metadata.title = cl.value(QStringLiteral("title")).trimmed();
    base.metadata.city = cl.value(QStringLiteral("city")).trimmed();
    base.metadata.description = cl.value(QStringLiteral("description"));
    base.metadata.license = cl.value(QStringLiteral("license")).trimmed();
    base.metadata.source = cl.value(QStringLiteral("source")).trimmed();
    if (cl.isSet(QStringLiteral("domain"))) {
        base.metadata.domain = cl.value(QStringLiteral("domain")).trimmed().toLower();
        if (!DatasetRecord::domains().contains(base.metadata.domain))
            return ctx.usage(tr("Unknown domain \"%1\"; one of: %2").arg(base.metadata.domain, DatasetRecord::domains().join(QStringLiteral(", "))),
                             usageText());
    }
    if (cl.isSet(QStringLiteral("layer")))
        base.layers << cl.value(QStringLiteral("layer"));
    base.allowInvalid = cl.isSet(QStringLiteral("allow-invalid"));
    base.allowDuplicate = cl.isSet(QStringLiteral("allow-duplicate"));
    if (cl.isSet(QStringLiteral("schema"))) {
        Result<TableSchema> s = TableSchema::load(cl.value(QStringLiteral("schema")));
        if (!s) {
            Error e = s.error();
            e.code = Error::Code::InvalidArgument;
            return ctx.fail(e);
        }
        base.schema = *s;
    }
    for (const QString &file : args)
        if (!QFileInfo(file).isFile())
            return ctx.fail(Error(Error::Code::InvalidArgument, tr("Cannot read %1: no such file").arg(file)));

    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Workspace &w = **ws;
    ImportJob job(w.catalog(), w.store(), w.workDir());
    int exit = ExitOk;
    QJsonArray results;
    for (const QString &file : args) {
        ImportRequest request = base;
        request.path = file;
        if (args.size() > 1 && !base.metadata.title.isEmpty())
            request.metadata.title = QStringLiteral("%1 (%2)").arg(base.metadata.title, QFileInfo(file).fileName());
        if (cl.isSet(QStringLiteral("new-version"))) {
            const QString title = request.metadata.title.isEmpty() ? QFileInfo(file).completeBaseName() : request.metadata.title;
            Result<QString> previous = w.catalog().latestByTitle(title);
            if (!previous)
                return ctx.fail(previous.error());
            request.newVersionOf = *previous;
        }
        Feedback feedback;
        Result<ImportOutcome> outcome = [&] {
            ProgressPrinter progress(&feedback, tr("Importing %1").arg(QFileInfo(file).fileName()), !ctx.quiet());
            return job.run(request, &feedback);
        }();
        if (!outcome) {
            // One broken file must not hide what happened to the others (already in the catalog).
            Error e = outcome.error();
            if (e.code == Error::Code::NotFound)
                e.code = Error::Code::InvalidArgument;
            exit = std::max(exit, CliContext::exitCodeFor(e));
            if (ctx.json())
                results.append(QJsonObject{{QStringLiteral("file"), file},
                                           {QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("id"), QJsonValue()},
                                           {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), e.message},
                                                                                 {QStringLiteral("detail"), e.detail}}}});
            else
                ctx.info(e.detail.isEmpty() ? QStringLiteral("%1: %2").arg(file, e.message)
                                            : QStringLiteral("%1: %2 (%3)").arg(file, e.message, e.detail));
            continue;
        }
        if (outcome->status == ImportOutcome::Status::Refused)
            exit = std::max<int>(exit, outcome->record.id.isEmpty() && outcome->report.rows == 0 && outcome->report.fields == 0
                                           ? ExitUsage  // nothing readable at all
                                           : ExitInvalidData);
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("file"), file},
                          {QStringLiteral("status"), QLatin1String(statusName(outcome->status))},
                          {QStringLiteral("id"), outcome->record.id.isEmpty() ? QJsonValue() : QJsonValue(outcome->record.id)},
                          {QStringLiteral("schemaSampled"), outcome->schemaSampled},
                          {QStringLiteral("report"), outcome->report.toJson()}};
            if (!outcome->sameTitleId.isEmpty())
                o.insert(QStringLiteral("sameTitle"), outcome->sameTitleId);
            results.append(o);
        } else {
            if (!outcome->record.id.isEmpty())
                ctx.out() << outcome->record.id << '\n';
            explain(ctx, file, *outcome);
        }
    }
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("imports"), results}}));
    return exit;
}

void ImportCommand::explain(CliContext &ctx, const QString &file, const ImportOutcome &o)
{
    QString text;
    QTextStream err(&text);
    switch (o.status) {
    case ImportOutcome::Status::Duplicate:
        err << tr("%1: already imported as %2 (\"%3\", same sha256); nothing stored").arg(file, o.record.id, o.record.title);
        break;
    case ImportOutcome::Status::Refused: {
        constexpr int shown = 20;
        for (int i = 0; i < std::min<qsizetype>(shown, o.report.errors.size()); ++i) {
            const ValidationError &e = o.report.errors.at(i);
            err << file;
            if (e.rowNumber)
                err << tr(", row %1").arg(*e.rowNumber);
            if (e.fieldNumber)
                err << tr(", column %1").arg(*e.fieldNumber);
            err << ": " << e.type << ": " << e.message << '\n';
        }
        if (o.report.errors.size() > shown)
            err << tr("... and %1 more errors (urbis validate %2 --json lists all)").arg(o.report.errors.size() - shown).arg(file) << '\n';
        err << tr("%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.")
                   .arg(file).arg(o.report.errors.size())
            ;
        break;
    }
    case ImportOutcome::Status::Imported:
        err << tr("%1: imported as \"%2\" (%3 rows, %4 fields, %5)")
                   .arg(file, o.record.title).arg(o.record.featureCount).arg(o.record.fields.size())
                   .arg(DatasetRecord::validationName(o.record.validation))
            << '\n';
        if (o.schemaSampled)
            err << tr("  column types were inferred from a sample of the rows") << '\n';
        if (!o.report.errors.isEmpty())
            err << tr("  %1 findings kept in the validation report (urbis catalog show %2)").arg(o.report.errors.size()).arg(o.record.id) << '\n';
        if (!o.sameTitleId.isEmpty())
            err << tr("  note: dataset %1 has the same title; use --new-version to add files as its next version").arg(o.sameTitleId);
        break;
    }
    err.flush();
    ctx.info(text.trimmed());
}

} // namespace urbis
