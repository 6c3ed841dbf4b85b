#pragma once

#include "validationerror.h"

#include <QList>

namespace urbis {

/** The result of validating one table, serialised in the Frictionless report shape (CLI.md). */
struct ValidationReport
{
    QList<ValidationError> errors;
    QList<ValidationError> notices; ///< advisory findings (ValidationError::isAdvisory); "notices" in JSON
    qint64 rows = 0;     ///< data rows read
    int fields = 0;
    qint64 bytes = 0;
    QString sha256;
    double seconds = 0;
    QStringList warnings; ///< e.g. "reached error limit: 3"

    bool valid() const { return errors.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace urbis
