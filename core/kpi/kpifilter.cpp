#include "kpifilter.h"

#include <QJsonArray>

namespace urbis {

QJsonObject KpiFilter::toJson() const
{
    QJsonObject o;
    if (!cities.isEmpty())
        o[QStringLiteral("cities")] = QJsonArray::fromStringList(cities);
    if (from.isValid())
        o[QStringLiteral("from")] = from.toString(Qt::ISODate);
    if (to.isValid())
        o[QStringLiteral("to")] = to.toString(Qt::ISODate);
    if (grain)
        o[QStringLiteral("grain")] = timeGrainName(*grain);
    if (!domain.isEmpty())
        o[QStringLiteral("domain")] = domain;
    if (!dimensionValues.isEmpty()) {
        QJsonObject dims;
        for (auto it = dimensionValues.begin(); it != dimensionValues.end(); ++it)
            dims[it.key()] = QJsonArray::fromStringList(it.value());
        o[QStringLiteral("dimensions")] = dims;
    }
    return o;
}

KpiFilter KpiFilter::fromJson(const QJsonObject &o)
{
    const auto list = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out.append(e.toString());
        return out;
    };
    KpiFilter f;
    f.cities = list(o.value(QStringLiteral("cities")));
    f.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.grain = timeGrainFromName(o.value(QStringLiteral("grain")).toString());
    f.domain = o.value(QStringLiteral("domain")).toString();
    const QJsonObject dims = o.value(QStringLiteral("dimensions")).toObject();
    for (auto it = dims.begin(); it != dims.end(); ++it)
        f.dimensionValues.insert(it.key(), list(it.value()));
    return f;
}

} // namespace urbis
