#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace urbis {

/**
 * A condition on one measure that raises an alert, with hysteresis so a value hovering at the
 * threshold does not flap: an Above alert raised at `threshold` clears only below
 * threshold - hysteresis (Below: mirrored; RateOfChange: below rate - hysteresis).
 */
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AlertRule)
public:
    enum class Kind {
        Above,             ///< value > threshold
        Below,             ///< value < threshold
        RateOfChange,      ///< |Δvalue| per minute between consecutive samples > threshold
        NoData,            ///< nothing from the entity (or, with no entity, the stream) for noDataSecs
        OutsideConstraints ///< value breaks the minimum / maximum / enum of the dataset schema's field
    };
    enum class Severity { Info, Warning, Critical };

    QString id;   ///< stable; assigned from the name when empty
    QString name; ///< for users: "PM10 above EU daily limit"
    Kind kind = Kind::Above;
    QString measure; ///< FieldMapping measure key; empty for NoData
    QString entity;  ///< empty = every entity
    double threshold = 0;
    double hysteresis = 0;
    int noDataSecs = 60;
    Severity severity = Severity::Warning;
    bool enabled = true;

    static QString kindName(Kind k);         ///< "above", "below", "rate", "no-data", "constraints"
    static QString severityName(Severity s); ///< "info", "warning", "critical"
    static std::optional<Kind> kindFromName(const QString &name);
    static std::optional<Severity> severityFromName(const QString &name);
    /** "PM10 above EU limit" -> "pm10-above-eu-limit" (letters, digits, '-'); "rule" when nothing is left. */
    static QString idFromName(const QString &name);
    bool isValueRule() const { return kind != Kind::NoData; }
    /** InvalidArgument: no name, no measure for a value rule, a threshold that is not a number, negative
     *  hysteresis, a negative rate, or noDataSecs < 1 for a NoData rule. */
    Result<void> check() const;
    /** "pm10 > 50 (clears < 45)" etc., translated. */
    QString describe() const;

    QJsonObject toJson() const;
    /** InvalidData naming the key for a malformed or failing rule; the id comes from the name when absent. */
    static Result<AlertRule> fromJson(const QJsonObject &o);
    bool operator==(const AlertRule &) const = default;
};

} // namespace urbis
