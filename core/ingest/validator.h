#pragma once

#include "../util/feedback.h"
#include "tableschema.h"
#include "validationoptions.h"
#include "validationreport.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Validates a table or vector file (any format SourceOpener reads) against a Table Schema (or,
 * without one, its structure only) with the baseline, optional and city-data checks (IngestPass),
 * streaming: memory is bounded by the unique / key columns, not by the file. Runs on the calling
 * thread; pass a Feedback for progress and cancel (a cancelled run returns Error::Code::Cancelled).
 *
 * Problems of the data are in the report; an Error means the validation itself could not run
 * (unreadable file, cancelled).
 */
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Validator)

public:
    explicit Validator(std::optional<TableSchema> schema = {}, ValidationOptions options = {});

    Result<ValidationReport> validateFile(const QString &path, Feedback *feedback = nullptr) const;
    Result<ValidationReport> validateData(const QByteArray &data, Feedback *feedback = nullptr) const;

private:
    std::optional<TableSchema> m_schema;
    ValidationOptions m_options;
};

} // namespace urbis
