#pragma once

#include "../util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace urbis {

/**
 * One field of a Frictionless Table Schema: name, type (string, number, integer, boolean, date,
 * time, datetime, year, geopoint, geojson, any, plus yearmonth), format, constraints and missing
 * values, with the Urbis extensions unit (UCUM or UN/CEFACT code) and description.
 */
class TableField
{
public:
    struct Constraints
    {
        bool required = false;
        bool unique = false;
        QJsonValue minimum; ///< undefined when absent; compared in the field's type
        QJsonValue maximum;
        std::optional<int> minLength, maxLength;
        QString pattern;    ///< anchored: the whole cell must match
        QJsonArray enumValues; ///< cast with the field's type before comparing; empty = no enum
    };

    /** What reading one cell found. */
    struct Cell
    {
        bool missing = false;   ///< the cell is one of the missing values (null)
        bool typeError = false; ///< not missing and not castable to the type
        QVariant value;         ///< the cast value (invalid when missing or type error)
        QStringList violations; ///< names of violated constraints, in Frictionless order:
                                ///< required, minLength, maxLength, minimum, maximum, pattern, enum
    };

    QString name;
    QString type = QStringLiteral("string");
    QString format = QStringLiteral("default");
    Constraints constraints;
    QStringList missingValues{QString()}; ///< the schema's list unless the field has its own
    QString unit;
    QString description;
    QJsonObject extra; ///< other descriptor keys (trueValues, falseValues, decimalChar, groupChar, bareNumber, ...)

    /** Reads a Frictionless field descriptor; InvalidData naming the key when it is malformed. */
    static Result<TableField> fromJson(const QJsonObject &descriptor, const QStringList &schemaMissingValues = {QString()});
    QJsonObject toJson() const;

    /** Casts and checks one cell (everything but unique, which needs the whole column). */
    Cell read(const QString &cell) const;
};

} // namespace urbis
