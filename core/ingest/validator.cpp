#include "validator.h"

#include "ingestpass.h"
#include "schemainference.h"
#include "sourceopener.h"
#include "../util/sha256.h"

#include <QFile>
#include <QTemporaryDir>

namespace urbis {

Validator::Validator(std::optional<TableSchema> schema, ValidationOptions options)
    : m_schema(std::move(schema)), m_options(std::move(options))
{
}

Result<ValidationReport> Validator::validateFile(const QString &path, Feedback *feedback) const
{
    SourceOpener::Options so;
    so.dialect = m_options.dialect;
    so.header = m_options.header;
    Result<std::unique_ptr<RecordSource>> source = SourceOpener::open(path, so);
    ValidationReport report;
    if (!source) {
        if (source.error().code == Error::Code::Io || source.error().code == Error::Code::NotFound)
            return source.error();
        report = IngestPass::unreadable(source.error());
    } else {
        IngestPass::Settings settings;
        settings.schema = m_schema;
        settings.validation = m_options;
        settings.cityChecks = m_options.cityChecks;
        // Without a declared schema there is nowhere to declare units or a CRS: saying they are
        // missing would flag every plain file.
        if (!m_schema)
            settings.city.skip << QStringLiteral("unit-missing") << QStringLiteral("crs-missing");
        // Value checks compare numbers: without a schema the cells would all be text ("any").
        const bool typed = m_options.extraChecks.contains(QStringLiteral("deviated-value")) ||
                           m_options.extraChecks.contains(QStringLiteral("sequential-value"));
        if (!m_schema && typed) {
            Result<SchemaInference> inferred = SchemaInference::infer(**source, {}, feedback);
            if (!inferred)
                return inferred.error();
            settings.schema = inferred->schema();
        }
        Result<ValidationReport> r = IngestPass(settings).run(**source, feedback);
        if (!r)
            return r;
        report = *r;
    }
    // The sha256 identifies exactly what was validated (it becomes the blob's address on import).
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        Sha256 hash;
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = f.read(buf.data(), buf.size())) > 0;)
            hash.addData(QByteArrayView(buf.constData(), n));
        report.sha256 = hash.hexResult();
        report.bytes = f.size();
    }
    return report;
}

Result<ValidationReport> Validator::validateData(const QByteArray &data, Feedback *feedback) const
{
    // Readers sniff by name and content; a work file gives them both, whatever the caller holds.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(Error::Code::Io, tr("Cannot create a temporary folder"), dir.errorString());
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return Error(Error::Code::Io, tr("Cannot write a temporary file"), f.errorString());
    f.close();
    return validateFile(path, feedback);
}

} // namespace urbis
