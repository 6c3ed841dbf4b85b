#include "kpisource.h"

#include <QJsonArray>

namespace urbis {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList toList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

QJsonObject KpiSource::toJson() const
{
    QJsonObject o;
    if (!alias.isEmpty())
        o[QStringLiteral("alias")] = alias;
    if (!datasets.isEmpty())
        o[QStringLiteral("datasets")] = toArray(datasets);
    if (!domain.isEmpty())
        o[QStringLiteral("domain")] = domain;
    if (!city.isEmpty())
        o[QStringLiteral("city")] = city;
    if (!requiredFields.isEmpty())
        o[QStringLiteral("requiredFields")] = toArray(requiredFields);
    if (!timeField.isEmpty())
        o[QStringLiteral("timeField")] = timeField;
    return o;
}

KpiSource KpiSource::fromJson(const QJsonObject &o)
{
    KpiSource s;
    s.alias = o.value(QStringLiteral("alias")).toString();
    s.datasets = toList(o.value(QStringLiteral("datasets")));
    s.datasets += toList(o.value(QStringLiteral("dataset")));
    s.domain = o.value(QStringLiteral("domain")).toString();
    s.city = o.value(QStringLiteral("city")).toString();
    s.requiredFields = toList(o.value(QStringLiteral("requiredFields")));
    s.timeField = o.value(QStringLiteral("timeField")).toString();
    return s;
}

} // namespace urbis
