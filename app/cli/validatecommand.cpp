#include "validatecommand.h"

#include "ingest/validator.h"
#include "progressprinter.h"

#include <QFileInfo>
#include <QJsonArray>

namespace urbis {

QList<OptionSpec> ValidateCommand::options()
{
    return {{QStringLiteral("schema"), true},      {QStringLiteral("checks"), true, true},
            {QStringLiteral("limit-errors"), true}, {QStringLiteral("pick-errors"), true, true},
            {QStringLiteral("skip-errors"), true, true}, {QStringLiteral("no-header"), false},
            {QStringLiteral("no-city-checks"), false}};
}

QString ValidateCommand::usageText()
{
    return tr("usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]\n"
              "                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]\n"
              "checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,\n"
              "        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)\n"
              "exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input");
}

int ValidateCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.usage(tr("validate needs exactly one file"), usageText());
    const CommandLine &cl = ctx.line();
    ValidationOptions o;
    if (cl.isSet(QStringLiteral("limit-errors"))) {
        bool ok = false;
        o.limitErrors = cl.value(QStringLiteral("limit-errors")).toInt(&ok);
        if (!ok || o.limitErrors < 1)
            return ctx.usage(tr("--limit-errors needs a positive whole number"), usageText());
    }
    // NAME, NAME:FIELD or forbidden-value:FIELD=a|b|c
    for (const QString &spec : cl.values(QStringLiteral("checks"))) {
        const QString name = spec.section(QLatin1Char(':'), 0, 0);
        const QString arg = spec.section(QLatin1Char(':'), 1);
        static const QStringList known{QStringLiteral("duplicate-row"), QStringLiteral("deviated-value"),
                                       QStringLiteral("sequential-value"), QStringLiteral("truncated-value"),
                                       QStringLiteral("forbidden-value")};
        if (!known.contains(name))
            return ctx.usage(tr("Unknown check \"%1\"; available: %2").arg(name, known.join(QStringLiteral(", "))), usageText());
        const bool needsField = name == u"deviated-value" || name == u"sequential-value" || name == u"forbidden-value";
        if (needsField && arg.section(QLatin1Char('='), 0, 0).isEmpty())
            return ctx.usage(tr("The check %1 needs a field: --checks %1:FIELD").arg(name), usageText());
        o.extraChecks << name;
        if (needsField) {
            QJsonObject options{{QStringLiteral("fieldName"), arg.section(QLatin1Char('='), 0, 0)}};
            if (name == u"forbidden-value")
                options.insert(QStringLiteral("values"),
                               QJsonArray::fromStringList(arg.section(QLatin1Char('='), 1).split(QLatin1Char('|'))));
            o.checkOptions.insert(name, options);
        }
    }
    o.pickErrors = cl.values(QStringLiteral("pick-errors"));
    o.skipErrors = cl.values(QStringLiteral("skip-errors"));
    if (cl.isSet(QStringLiteral("no-header")))
        o.header = false;
    o.cityChecks = !cl.isSet(QStringLiteral("no-city-checks"));
    std::optional<TableSchema> schema;
    if (cl.isSet(QStringLiteral("schema"))) {
        Result<TableSchema> s = TableSchema::load(cl.value(QStringLiteral("schema")));
        if (!s) {
            Error e = s.error();
            e.code = Error::Code::InvalidArgument; // an unusable schema is unreadable input (exit 2)
            return ctx.fail(e);
        }
        schema = *s;
    }
    const QString file = args.first();
    if (!QFileInfo(file).isFile()) {
        return ctx.fail(Error(Error::Code::InvalidArgument, tr("Cannot read %1: no such file").arg(file)));
    }
    Feedback feedback;
    Result<ValidationReport> report = [&] {
        ProgressPrinter progress(&feedback, tr("Validating"), !ctx.quiet());
        return Validator(schema, o).validateFile(file, &feedback);
    }();
    if (!report) {
        Error e = report.error();
        if (e.code == Error::Code::Io)
            e.code = Error::Code::InvalidArgument; // unreadable input is exit 2 here (CLI.md)
        return ctx.fail(e);
    }
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(report->toJson()));
    } else {
        constexpr int shown = 50;
        for (int i = 0; i < std::min<qsizetype>(shown, report->errors.size()); ++i) {
            const ValidationError &e = report->errors.at(i);
            QString where = file;
            if (e.rowNumber)
                where += tr(", row %1").arg(*e.rowNumber);
            if (e.fieldNumber)
                where += e.fieldName.isEmpty() ? tr(", column %1").arg(*e.fieldNumber)
                                               : tr(", column %1 (%2)").arg(*e.fieldNumber).arg(e.fieldName);
            ctx.out() << where << ": " << e.type << ": " << e.message << '\n';
        }
        if (report->errors.size() > shown)
            ctx.out() << tr("... and %1 more errors (use --json for all)").arg(report->errors.size() - shown) << '\n';
        ctx.out() << (report->valid() ? tr("%1: valid (%2 rows, %3 fields)").arg(file).arg(report->rows).arg(report->fields)
                                      : tr("%1: invalid, %2 errors in %3 rows").arg(file).arg(report->errors.size()).arg(report->rows))
                  << '\n';
    }
    return report->valid() ? ExitOk : ExitInvalidData;
}

} // namespace urbis
