#pragma once

#include "timegrain.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace urbis {

/**
 * Filters applied on top of a KPI's own definition: a dashboard's common filters, or the CLI's
 * --city/--from/--to/--grain. They never change what is read from the facts (the engine's cache
 * serves them), only which cached cells are combined.
 */
struct KpiFilter
{
    QStringList cities;            ///< catalog city of the source datasets; empty = all
    QDate from, to;                ///< inclusive, UTC days; invalid = open
    std::optional<TimeGrain> grain; ///< overrides the definition's grain
    QString domain;                ///< only KPIs of this domain (dashboards); empty = all
    QMap<QString, QStringList> dimensionValues; ///< keep only these values of a dimension

    bool isEmpty() const { return cities.isEmpty() && !from.isValid() && !to.isValid() && !grain && domain.isEmpty() && dimensionValues.isEmpty(); }
    QJsonObject toJson() const;
    static KpiFilter fromJson(const QJsonObject &o);
    bool operator==(const KpiFilter &) const = default;
};

} // namespace urbis
