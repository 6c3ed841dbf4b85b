#include "scenarioprovenance.h"

#include <QJsonArray>

namespace urbis {

QJsonObject ScenarioProvenance::toJson() const
{
    QJsonArray list;
    for (const Input &i : inputs)
        list.append(QJsonObject{{QStringLiteral("role"), i.role},
                                {QStringLiteral("dataset"), i.id},
                                {QStringLiteral("title"), i.title},
                                {QStringLiteral("version"), i.version},
                                {QStringLiteral("sha256"), i.sha256}});
    // JSON numbers hold integers up to 2^53 exactly; larger seeds are written as text.
    const QJsonValue seedValue = seed <= (quint64(1) << 53) ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed));
    return {{QStringLiteral("inputs"), list},
            {QStringLiteral("seed"), seedValue},
            {QStringLiteral("engineVersion"), engineVersion}};
}

ScenarioProvenance ScenarioProvenance::fromJson(const QJsonObject &o)
{
    ScenarioProvenance p;
    for (const QJsonValue &v : o.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject i = v.toObject();
        p.inputs.append({i.value(QStringLiteral("role")).toString(), i.value(QStringLiteral("dataset")).toString(),
                         i.value(QStringLiteral("title")).toString(), i.value(QStringLiteral("version")).toInt(),
                         i.value(QStringLiteral("sha256")).toString()});
    }
    const QJsonValue seed = o.value(QStringLiteral("seed"));
    p.seed = seed.isString() ? seed.toString().toULongLong() : quint64(seed.toDouble());
    p.engineVersion = o.value(QStringLiteral("engineVersion")).toInt(kEngineVersion);
    return p;
}

} // namespace urbis
