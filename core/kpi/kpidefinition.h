#pragma once

#include "../util/result.h"
#include "kpisource.h"
#include "timegrain.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/**
 * One key performance indicator as a climate officer configures it: what it measures (formula over
 * the sources' fields), how it is grouped (time grain and dimensions), and how a value is judged
 * (target, baseline, direction, traffic-light thresholds). A plain value type; JSON is the shape of
 * CLI.md's KPI definition file (the minimal form there is accepted: `dataset` for one source).
 */
class KpiDefinition
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiDefinition)
public:
    enum class Direction { LowerIsBetter, HigherIsBetter };
    enum class DivisionByZero { Null, Error }; ///< x / 0: no value for that period, or the evaluation fails

    QString id;          ///< [A-Za-z0-9._-]+, unique within a file or dashboard
    QString name;
    QString description;
    QString domain;      ///< energy, mobility, waste, air, water, climate, hazard, other
    QString category;    ///< KpiCategory code, may be empty
    QString unit;        ///< of the result; the checker compares it with the formula's unit
    QString formula;     ///< see Formula for the language
    QList<KpiSource> sources;
    TimeGrain grain = TimeGrain::Month;
    QStringList dimensions; ///< fields of the default source to group by ("cityName", "station")
    std::optional<double> target;
    QDate targetDate;
    std::optional<double> baseline;
    int baselineYear = 0;
    Direction direction = Direction::LowerIsBetter;
    /**
     * Traffic-light bands, ascending. Lower-is-better [a, b]: ≤ a good, ≤ b warn, else bad.
     * Higher-is-better [a, b]: ≥ b good, ≥ a warn, else bad. One value: good or bad on that side.
     * None: the target alone decides good/bad; no target either: no status.
     */
    QList<double> thresholds;
    QString frequency; ///< how often it should be recalculated: "hourly", "daily", "monthly", … (informative)
    DivisionByZero divisionByZero = DivisionByZero::Null;

    /** "good", "warn", "bad", or an empty string for no status (no value, nothing to judge by). */
    QString statusOf(std::optional<double> value) const;

    QJsonObject toJson() const;
    /** InvalidData with the offending key when the object is not a usable definition. */
    static Result<KpiDefinition> fromJson(const QJsonObject &o);
    /** Checks what the JSON reader cannot: id syntax, non-empty formula, at least one source, sorted thresholds. */
    Result<void> validate() const;

    static QString directionName(Direction d); ///< "lower" / "higher"
    bool operator==(const KpiDefinition &) const = default;
};

} // namespace urbis
