#pragma once

#include "../catalog/datasetrecord.h"
#include "tableschema.h"
#include "validationoptions.h"

#include <optional>

namespace urbis {

/** What to import and how: the file, the user's metadata, and the rules for bad or known data. */
struct ImportRequest
{
    QString path;
    DatasetRecord metadata;             ///< title, description, source, city, domain, license, ...; title defaults to the file name
    std::optional<TableSchema> schema;  ///< inferred from the whole file when absent
    ValidationOptions validation;
    QStringList layers;                 ///< vector files with several layers: which one (first when empty)
    bool allowInvalid = false;          ///< store data with errors (the report is kept with it)
    bool allowDuplicate = false;        ///< import a file whose exact bytes are in the catalog already
    QString newVersionOf;               ///< id of the dataset this becomes the next version of
};

} // namespace urbis
