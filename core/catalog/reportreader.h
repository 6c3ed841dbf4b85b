#pragma once

#include "../ingest/validationreport.h"
#include "datasetrecord.h"

#include <QCoreApplication>

namespace urbis {

class ObjectStore;

/**
 * Reads back the validation report an import stored beside the data (the "report" asset, written
 * by ValidationReport::toJson), so the details panel can show it with the import wizard's model.
 * Stateless; any thread (ObjectStore is thread-safe).
 */
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ReportReader)
public:
    /** Reads what ValidationReport::toJson writes; unknown keys are ignored. */
    static Result<ValidationReport> fromJson(const QByteArray &json);
    /** Loads and reads the report asset of `record`; NotFound when the record has none. */
    static Result<ValidationReport> load(const DatasetRecord &record, const ObjectStore &store);
};

} // namespace urbis
