#pragma once

#include "factcube.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace urbis {

/**
 * What one scan of one stored GeoPackage table reads: the time column, the grouping columns and
 * the measures (SQL expressions over quoted, checked column names; numbers and literals only as
 * bound parameters), under one row condition. The same spec on the same blob gives the same cube,
 * which is what the cache key says.
 */
struct FactScanSpec
{
    enum class TimeKind { None, IsoText, Year, YearMonth };
    struct Measure
    {
        QString sql;               ///< e.g. ("collected" - "recycled"), parameters as ?
        QList<QVariant> params;
        FactCube::MeasureKind kind = FactCube::MeasureKind::Numeric;
        bool operator==(const Measure &) const = default;
    };

    QString path;        ///< the GeoPackage file (a content-addressed blob: never changes)
    QString table;       ///< checked against gpkg_contents
    QString timeColumn;  ///< empty with TimeKind::None
    TimeKind timeKind = TimeKind::None;
    QStringList dims;    ///< grouping columns
    QList<Measure> measures;
    QString where;       ///< SQL condition with ? parameters; empty = every row
    QList<QVariant> whereParams;

    /** Index of `m` in measures, appending it when new. */
    int addMeasure(const Measure &m);
    /** Identifies the cube this spec yields from the blob `sha256`. */
    QByteArray cacheKey(const QString &sha256) const;
    /** The SELECT, ending in a rowid range for the worker's share. */
    QString sql() const;
    static QString quoted(const QString &identifier);
};

} // namespace urbis
