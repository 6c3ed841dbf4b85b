#pragma once

#include "sim/impactrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace urbis {

class ScenarioRun;

/**
 * One per-step figure of a run that charts and the compare view show: the burned or flooded area
 * (live, from the frames) and, once the run finished, each impact metric's total (buildings,
 * road metres, people). A plain value.
 */
struct ScenarioKpi
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioKpi)
public:
    static inline const QString kAreaId = QStringLiteral("area");

    QString id;            ///< kAreaId or the impact metric's name
    QString label;         ///< axis title, translated: "area (ha)", "buildings (count)"
    QString name;          ///< for titles, translated: "area", "buildings"
    QString unit;          ///< after the divisor: "ha", "m", "people"; empty for counts
    double divisor = 1;    ///< from the series' values to the label's unit
    QList<QPointF> series; ///< (step, value), ascending steps

    /** The area first, then the impact metrics in the order the run reported them. */
    static QList<ScenarioKpi> of(const ScenarioRun &run);
    /** The value at the largest step <= `step` of an ascending series; 0 before it. */
    static double valueAt(const QList<QPointF> &series, int step);
    /** "Affected at step 40: buildings 12 count (residential 8, farm 4)"; empty without impact records. */
    static QString impactText(const QList<ImpactRecord> &records, int step);
};

} // namespace urbis
