#pragma once

#include "tablefield.h"

namespace urbis {

/**
 * A Frictionless Table Schema: fields, missing values, primary key and foreign keys (within the
 * same table or to other resources of a package), plus the Urbis extensions crs and timeZone.
 */
class TableSchema
{
public:
    struct ForeignKey
    {
        QStringList fields;
        QString resource; ///< empty = this table
        QStringList referenceFields;
    };

    QList<TableField> fields;
    QStringList missingValues{QString()};
    QStringList primaryKey;
    QList<ForeignKey> foreignKeys;
    QString crs;
    QString timeZone;

    static Result<TableSchema> fromJson(const QJsonObject &descriptor);
    /** Reads a schema file; Io / InvalidData errors name the file. */
    static Result<TableSchema> load(const QString &path);
    QJsonObject toJson() const;

    int indexOf(const QString &name) const; ///< -1 when absent
    QStringList fieldNames() const;
};

} // namespace urbis
