#pragma once

#include "sim/floodmodel.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QPolygon>

namespace urbis {

/**
 * How the scenario form writes lists in plain text, one item per line: cells as "col, row";
 * polylines as cells separated by ";" ("10, 0; 10, 255"); time series as "seconds, value".
 * Parsing errors name the field and the line. Stateless.
 */
class ScenarioTextFields
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioTextFields)
public:
    static QString formatCells(const QList<QPoint> &cells);
    static Result<QList<QPoint>> parseCells(const QString &text, const QString &field);

    static QString formatPolylines(const QList<QPolygon> &lines);
    static Result<QList<QPolygon>> parsePolylines(const QString &text, const QString &field);

    static QString formatSeries(const QList<TimeSeriesPoint> &series);
    static Result<QList<TimeSeriesPoint>> parseSeries(const QString &text, const QString &field);
};

} // namespace urbis
