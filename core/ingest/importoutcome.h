#pragma once

#include "../catalog/datasetrecord.h"
#include "tableschema.h"
#include "validationreport.h"

namespace urbis {

/** What an ImportJob did. Refusals are outcomes, not errors: the report says why. */
struct ImportOutcome
{
    enum class Status {
        Imported,  ///< record holds the new catalog record
        Duplicate, ///< the same bytes were imported before: record is that dataset, nothing stored
        Refused    ///< the data has errors and allowInvalid was not set, or the file is unreadable
    };

    Status status = Status::Refused;
    DatasetRecord record;
    ValidationReport report;
    TableSchema schema;        ///< the schema used (given or inferred)
    bool schemaSampled = false;
    QString sameTitleId;       ///< an existing dataset with the same title but other content (offer a new version)
};

} // namespace urbis
