#pragma once

#include <QJsonObject>
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

    /** The distinct dimension tuples of the values, in first-seen order (one empty tuple without dimensions). */
    QList<QMap<QString, QString>> dimensionTuples() const
    {
        QList<QMap<QString, QString>> out;
        for (const KpiValue &v : values)
            if (!out.contains(v.dims))
                out << v.dims;
        return out;
    }
    /** {"field": "value", ...}, as the JSON outputs write a tuple. */
    static QJsonObject dimsJson(const QMap<QString, QString> &dims)
    {
        QJsonObject o;
        for (auto it = dims.begin(); it != dims.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
};

} // namespace urbis
