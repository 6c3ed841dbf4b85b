#include "fieldinfo.h"

namespace urbis {

QJsonObject FieldInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

FieldInfo FieldInfo::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("type")).toString(QStringLiteral("any")),
            o.value(QStringLiteral("unit")).toString(), o.value(QStringLiteral("description")).toString()};
}

} // namespace urbis
