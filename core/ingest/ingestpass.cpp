#include "ingestpass.h"

#include "errorsink.h"
#include "gpkgwriter.h"
#include "tablechecker.h"

#include <QElapsedTimer>

namespace urbis {

namespace {

ValidationError general(const char *type, const QString &message, const QString &note = {})
{
    ValidationError e;
    e.type = QLatin1String(type);
    e.message = message;
    e.note = note;
    return e;
}

bool isEncodingError(const Error &e)
{
    return e.detail.contains(QLatin1String("encoding-error"));
}

} // namespace

IngestPass::IngestPass(Settings settings) : m_settings(std::move(settings)) {}

ValidationReport IngestPass::unreadable(const Error &openError)
{
    ValidationReport report;
    report.errors << general(isEncodingError(openError) ? "encoding-error" : "source-error", openError.message, openError.detail);
    return report;
}

Result<ValidationReport> IngestPass::run(RecordSource &source, Feedback *feedback)
{
    QElapsedTimer timer;
    timer.start();
    const ValidationOptions &o = m_settings.validation;
    ValidationReport report;
    ErrorSink sink(o);
    TableChecker checker(m_settings.schema, o.schemaSync, o.extraChecks.contains(QStringLiteral("duplicate-row")));
    const QStringList labels = source.labels();
    if (source.hasHeaderRow())
        sink.add(checker.checkHeader(labels));
    else
        checker.useHeaderless(int(labels.size()));

    std::optional<CityChecker> city;
    if (m_settings.cityChecks) {
        TableSchema effective;
        if (m_settings.schema) {
            effective = *m_settings.schema;
        } else {
            effective.fields = checker.fields();
        }
        CityChecker::Options co = m_settings.city;
        co.checks += o.extraChecks;
        for (auto it = o.checkOptions.constBegin(); it != o.checkOptions.constEnd(); ++it)
            co.checkOptions.insert(it.key(), it.value());
        co.checks.removeAll(QStringLiteral("duplicate-row"));
        if (co.sourceCrs.isEmpty())
            co.sourceCrs = source.crs();
        co.sourceHasGeometry = co.sourceHasGeometry || source.hasGeometry();
        city.emplace(std::move(effective), std::move(co));
        // Advisory findings (missing units, CRS) are notices: they neither count toward the error
        // limit nor make the table invalid.
        for (const ValidationError &e : city->checkSchema())
            (e.isAdvisory() ? report.notices : report.errors) << e;
        sink.add(report.errors);
        report.errors.clear();
    }

    SourceRow row;
    bool limited = false;
    for (;;) {
        if (sink.full()) {
            limited = true;
            if (!m_writer)
                break; // an import still loads every row; only the report stops growing
        }
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        Result<bool> more = source.next(row);
        if (!more) {
            sink.add({general(isEncodingError(more.error()) ? "encoding-error" : "source-error", more.error().message,
                              more.error().detail)});
            report.warnings << tr("Reading stopped at row %1: %2").arg(row.number + 1).arg(more.error().message);
            break;
        }
        if (!*more)
            break;
        ++report.rows;
        sink.add(checker.checkRow(row.number, row.cells));
        if (city)
            sink.add(city->checkRow(row.number, checker.values(), row.wkb));
        if (m_writer && !row.cells.isEmpty()) {
            if (Result<void> w = m_writer->write(checker.values().variants(), row.wkb); !w)
                return w.error();
        }
        if (feedback && (report.rows & 0x3fff) == 0 && source.size() > 0)
            feedback->setProgress(100.0 * double(source.bytesRead()) / double(source.size()));
    }
    if (labels.isEmpty() && report.rows == 0)
        sink.add({general("source-error", tr("The source is empty"), QStringLiteral("the source is empty"))});
    limited = limited || sink.full();
    QList<ValidationError> errors = sink.take();
    if (limited) {
        report.warnings << QStringLiteral("reached error limit: %1").arg(o.limitErrors);
    } else {
        errors += checker.finish();
        if (city)
            errors += city->finish();
        errors = ErrorSink::merged(std::move(errors), o);
    }
    report.errors = errors;
    report.fields = checker.fieldCount();
    report.bytes = source.bytesRead();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace urbis
