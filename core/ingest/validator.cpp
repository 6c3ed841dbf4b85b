#include "validator.h"

#include "csvreader.h"
#include "tablechecker.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>

namespace urbis {

namespace {

// Collects errors through the pick / skip filters and stops at the limit.
class ErrorSink
{
public:
    explicit ErrorSink(const ValidationOptions &o) : m_o(o) {}
    bool full() const { return m_o.limitErrors > 0 && m_errors.size() >= m_o.limitErrors; }
    void add(const QList<ValidationError> &errors)
    {
        for (const ValidationError &e : errors) {
            if (full())
                return;
            if (wanted(e))
                m_errors << e;
        }
    }
    QList<ValidationError> take() { return std::move(m_errors); }

private:
    bool matches(const ValidationError &e, const QStringList &list) const
    {
        if (list.contains(e.type))
            return true;
        const QStringList tags = e.tags();
        return std::any_of(tags.cbegin(), tags.cend(), [&](const QString &t) { return list.contains(t); });
    }
    bool wanted(const ValidationError &e) const
    {
        return (m_o.pickErrors.isEmpty() || matches(e, m_o.pickErrors)) && !matches(e, m_o.skipErrors);
    }
    const ValidationOptions &m_o;
    QList<ValidationError> m_errors;
};

ValidationError general(const char *type, const QString &message, const QString &note = {})
{
    ValidationError e;
    e.type = QLatin1String(type);
    e.message = message;
    e.note = note;
    return e;
}

Result<ValidationReport> run(Result<CsvReader> reader, const std::optional<TableSchema> &schema, const ValidationOptions &o,
                             Feedback *feedback)
{
    QElapsedTimer timer;
    timer.start();
    ValidationReport report;
    ErrorSink sink(o);
    if (!reader) {
        if (reader.error().code == Error::Code::Io)
            return reader.error();
        sink.add({general("source-error", reader.error().message, reader.error().detail)});
        report.errors = sink.take();
        return report;
    }
    const bool header = o.header.value_or(reader->dialect().header);
    TableChecker checker(schema, o.schemaSync, o.extraChecks.contains(QStringLiteral("duplicate-row")));
    CsvReader::Row row;
    bool first = true;
    while (!sink.full()) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, Validator::tr("Validation cancelled"));
        Result<bool> more = reader->next(row);
        if (!more) {
            const bool encoding = more.error().detail.contains(QLatin1String("encoding-error"));
            sink.add({general(encoding ? "encoding-error" : "source-error", more.error().message, more.error().detail)});
            break;
        }
        if (!*more)
            break;
        if (first) {
            first = false;
            if (header) {
                sink.add(checker.checkHeader(row.cells));
                continue;
            }
            checker.useHeaderless(int(row.cells.size()));
        }
        ++report.rows;
        sink.add(checker.checkRow(row.number, row.cells));
        if (feedback && (report.rows & 0x3fff) == 0 && reader->size() > 0)
            feedback->setProgress(100.0 * double(reader->bytesRead()) / double(reader->size()));
    }
    if (first)
        sink.add({general("source-error", Validator::tr("The source is empty"), QStringLiteral("the source is empty"))});
    const bool limited = sink.full();
    QList<ValidationError> errors = sink.take();
    if (limited) {
        report.warnings << QStringLiteral("reached error limit: %1").arg(o.limitErrors);
    } else {
        // Foreign-key errors are found at the end; merge them into row order and filter them too.
        errors += checker.finish();
        std::stable_sort(errors.begin(), errors.end(), [](const ValidationError &a, const ValidationError &b) {
            return a.rowNumber.value_or(0) < b.rowNumber.value_or(0);
        });
        ErrorSink filtered(o);
        filtered.add(errors);
        errors = filtered.take();
    }
    report.errors = errors;
    report.fields = checker.fieldCount();
    report.bytes = reader->bytesRead();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace

Validator::Validator(std::optional<TableSchema> schema, ValidationOptions options)
    : m_schema(std::move(schema)), m_options(std::move(options))
{
}

Result<ValidationReport> Validator::validateFile(const QString &path, Feedback *feedback) const
{
    Result<ValidationReport> report = run(CsvReader::open(path, m_options.dialect), m_schema, m_options, feedback);
    if (!report)
        return report;
    // The sha256 identifies exactly what was validated (it becomes the blob's address on import).
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        report->sha256 = QString::fromLatin1(hash.result().toHex());
        report->bytes = f.size();
    }
    return report;
}

Result<ValidationReport> Validator::validateData(const QByteArray &data, Feedback *feedback) const
{
    Result<ValidationReport> report = run(CsvReader::fromData(data, m_options.dialect), m_schema, m_options, feedback);
    if (report) {
        report->sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        report->bytes = data.size();
    }
    return report;
}

} // namespace urbis
