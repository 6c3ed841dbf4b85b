#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace urbis {

/**
 * One finding of a validation, in the Frictionless report shape (CLI.md): rowNumber counts the header
 * as row 1 and is absent for header errors; fieldNumber is 1-based and absent for row errors.
 */
struct ValidationError
{
    QString type; ///< Frictionless name: blank-label, type-error, constraint-error, ... or an Urbis check
    std::optional<qint64> rowNumber;
    std::optional<int> fieldNumber;
    QString fieldName;
    QString cell;
    QString message;
    QString note;

    /** Frictionless tags of this type: "#header", "#label", "#row", "#cell", "#table", "#general". */
    QStringList tags() const;
    /**
     * True for findings about missing metadata (crs-missing, unit-missing): the data is not wrong,
     * so they are reported as notices and never make a table invalid or block an import.
     */
    bool isAdvisory() const;
    QJsonObject toJson() const;
};

} // namespace urbis
