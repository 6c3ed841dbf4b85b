#pragma once

#include "alertrule.h"

#include <QJsonObject>
#include <QMetaType>

namespace urbis {

/** An alert raised or cleared for one entity by one rule. */
struct AlertEvent
{
    qint64 timeMs = 0; ///< the sample time that raised / cleared it (NoData: the check time that raised it,
                       ///< the receive time of the sample that cleared it)
    QString ruleId;
    QString ruleName;
    AlertRule::Severity severity = AlertRule::Severity::Warning;
    QString entity;
    QString measure;
    double value = 0;   ///< NaN for NoData
    bool raised = true; ///< false: cleared
    QString message;    ///< for users, translated

    QJsonObject toJson() const;
    /** Lenient: absent keys keep their defaults (AlertLog checks timeMs and ruleId first). */
    static AlertEvent fromJson(const QJsonObject &o);
};

} // namespace urbis

Q_DECLARE_METATYPE(urbis::AlertEvent)
