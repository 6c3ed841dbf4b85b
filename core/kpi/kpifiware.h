#pragma once

#include "../util/result.h"
#include "kpidefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace urbis {

/**
 * A KPI definition as a FIWARE Smart Data Models "KeyPerformanceIndicator" entity
 * (dataModel.KeyPerformanceIndicator) in NGSI-LD normalized form: every attribute is a Property
 * object `{"type": "Property", "value": …}` and the entity carries its `@context`, so a context
 * broker (Orion-LD, Scorpio, Stellio) accepts it as `application/ld+json`.
 *
 * Mapping (model attribute <- KpiDefinition):
 *   id                   "urn:ngsi-ld:KeyPerformanceIndicator:<id>"
 *   name, description    name, description
 *   category             ["quantitative", <KpiCategory code>] (the model's list is open; ours follow its own word)
 *   process              domain (the model wants process or product: the urban process evaluated)
 *   calculationMethod    "automatic" (the model's enum: Urbis computes it)
 *   calculationFormula   formula (the Urbis formula language, docs/kpi-formulas.md)
 *   calculationFrequency frequency, when set
 *   organization, effectiveSince, kpiValue (+ unitCode), currentStanding: from Extras, when given
 * What the model has no attribute for is kept under the "urbis:" prefix (expanded by the
 * context to urbisNamespace()): urbis:unit, urbis:grain, urbis:dimensions, urbis:thresholds,
 * urbis:target, urbis:targetDate, urbis:baseline, urbis:baselineYear, urbis:direction,
 * urbis:sources (KpiSource JSON), urbis:divisionByZero. toEntity() then fromEntity() gives back an
 * equal KpiDefinition.
 *
 * Stateless; any thread.
 */
class KpiFiware
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiFiware)
public:
    /** What the entity may say beyond the definition. */
    struct Extras
    {
        QString organization;           ///< subject organisation (the city administration)
        QDateTime effectiveSince;       ///< when the organisation adopted the KPI; invalid = omitted
        std::optional<double> kpiValue; ///< the current value
        QString status;                 ///< "good", "warn", "bad" -> currentStanding good / fair / bad
        bool operator==(const Extras &) const = default;
    };

    static QString entityType();       ///< "KeyPerformanceIndicator"
    static QString entityIdPrefix();   ///< "urn:ngsi-ld:KeyPerformanceIndicator:"
    static QString urbisNamespace();   ///< the IRI the "urbis:" prefix expands to
    /** NGSI-LD core context, the Smart Data Models KPI context and the "urbis" prefix. */
    static QJsonArray context();

    static QJsonObject toEntity(const KpiDefinition &kpi, const Extras &extras = {});
    /**
     * Reads an entity in normalized or key-values form. InvalidData naming the entity and
     * attribute when it is not a KeyPerformanceIndicator or an attribute has the wrong shape.
     * The definition is not validate()d: entities from other systems may lack Urbis sources.
     */
    static Result<KpiDefinition> fromEntity(const QJsonObject &entity, Extras *extras = nullptr);

    /** {"type": "Property", "value": value}. */
    static QJsonObject property(const QJsonValue &value);
    /** The value of a normalized Property, or the attribute itself in key-values form; undefined when absent. */
    static QJsonValue propertyValue(const QJsonValue &attribute);
    /** The UN/CEFACT common code of a unit ("µg/m3" -> "GQ", "kWh" -> "KWH"), empty when none is known. */
    static QString unitCode(const QString &unit);
    /** "good" -> "good", "warn" -> "fair", "bad" -> "bad" (the model's currentStanding words). */
    static QString standing(const QString &status);
};

} // namespace urbis
