#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/** One value of a KPI: a period ("2023", "2023-01", "2023-W05", "2023-01-31") and a dimension tuple. */
struct KpiValue
{
    QString period;
    QMap<QString, QString> dims; ///< dimension field -> value; empty when the KPI has no dimensions
    std::optional<double> value; ///< nullopt: no facts in the period, or x / 0 under the Null policy
    QString status;              ///< "good", "warn", "bad" or empty
    bool operator==(const KpiValue &) const = default;
};

/** What KpiEngine produced for one definition: values sorted by period, then dimensions. */
struct KpiResult
{
    QString id;
    QString unit;
    QStringList dimensions;
    QList<KpiValue> values;
    QStringList datasets;  ///< ids of the datasets actually read (provenance)
    qint64 factRows = 0;   ///< fact rows aggregated (0 when all came from the cache)
    bool fromCache = false;
};

} // namespace urbis
