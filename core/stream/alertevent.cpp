#include "alertevent.h"

#include <QDateTime>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace urbis {

QJsonObject AlertEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("timeMs"), double(timeMs)},
        // For people reading the log; timeMs is what is read back.
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("ruleId"), ruleId},
        {QStringLiteral("ruleName"), ruleName},
        {QStringLiteral("severity"), AlertRule::severityName(severity)},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("measure"), measure},
        {QStringLiteral("value"), std::isfinite(value) ? QJsonValue(value) : QJsonValue()},
        {QStringLiteral("raised"), raised},
        {QStringLiteral("message"), message}};
    return o;
}

AlertEvent AlertEvent::fromJson(const QJsonObject &o)
{
    AlertEvent e;
    e.timeMs = qint64(o.value(QLatin1String("timeMs")).toDouble());
    e.ruleId = o.value(QLatin1String("ruleId")).toString();
    e.ruleName = o.value(QLatin1String("ruleName")).toString();
    e.severity = AlertRule::severityFromName(o.value(QLatin1String("severity")).toString())
                     .value_or(AlertRule::Severity::Warning);
    e.entity = o.value(QLatin1String("entity")).toString();
    e.measure = o.value(QLatin1String("measure")).toString();
    const QJsonValue v = o.value(QLatin1String("value"));
    e.value = v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    e.raised = o.value(QLatin1String("raised")).toBool(true);
    e.message = o.value(QLatin1String("message")).toString();
    return e;
}

} // namespace urbis
