#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace urbis {

/**
 * What a replay reads from a stored GeoPackage: its first table (as the KPI scan and the preview
 * take it), the columns with what JSON they become, the time column that orders the rows and the
 * row count. A plain value, read once on the caller's thread; ReplayReadAhead runs the query.
 */
struct ReplayTable
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ReplayTable)
public:
    enum class Kind {
        Value,    ///< numbers as numbers, text as strings, as SQLite holds them
        Boolean,  ///< 0/1 as false/true
        DateTime, ///< ISO 8601 UTC
        Point,    ///< a GeoPackage geometry: its point adds lat/lon when the table lacks them
        Skip      ///< blobs and non-point geometries: left out
    };
    struct Column
    {
        QString name;
        Kind kind = Kind::Value;
    };

    QString path;
    QString table;
    QList<Column> columns;
    QString timeColumn; ///< empty: rows in table order
    qint64 rows = 0;

    static Result<ReplayTable> open(const QString &gpkgPath);
    /** SELECT of the columns, in time order (rows without a time last), then in table order. */
    QString selectSql() const;
};

} // namespace urbis
