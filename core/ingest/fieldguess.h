#pragma once

#include "tablefield.h"

namespace urbis {

/** SchemaInference's verdict on one column. */
struct FieldGuess
{
    TableField field;      ///< name, inferred type and format, unit / role hints
    double confidence = 0; ///< share of the non-missing sampled cells that cast to field.type (0..1; 1 when all missing)
    qint64 sampled = 0;    ///< cells looked at
    qint64 missing = 0;    ///< of those, missing values
    QStringList examples;  ///< up to three distinct non-missing cells, for the schema editor
};

} // namespace urbis
