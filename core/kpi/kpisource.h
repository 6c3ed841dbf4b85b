#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace urbis {

/**
 * Where a KPI's facts come from: one or more catalog datasets read as one table (their rows are
 * unioned, so eight cities' air-quality datasets make one fact table). A formula names a source by
 * its alias (`sum(pop.population)`); the first source's alias may be empty and is the default.
 *
 * Datasets are named by id or exact title (the latest version is used), or selected by the catalog:
 * every latest dataset of `domain` (and `city`, when set) that has all `requiredFields`.
 */
struct KpiSource
{
    QString alias;            ///< [a-z][a-z0-9_]* or empty for the default source
    QStringList datasets;     ///< ids or exact titles; empty = select by domain/city
    QString domain;           ///< selection by catalog domain (energy, mobility, waste, air, …)
    QString city;             ///< optional narrowing of the selection
    QStringList requiredFields; ///< a selected dataset must have all of these
    QString timeField;        ///< empty = the first date/datetime field, else a "year"/"month" field

    QJsonObject toJson() const;
    static KpiSource fromJson(const QJsonObject &o);
    bool operator==(const KpiSource &) const = default;
};

} // namespace urbis
