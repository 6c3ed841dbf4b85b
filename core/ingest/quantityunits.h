#pragma once

#include <QStringList>

/**
 * The usual city-sensor quantities (the field names of the OUP air-quality / weather scheme, Annex B
 * of the CLIMABOROUGH data requirements, plus common spellings) with the unit SchemaInference
 * suggests (UCUM) and the units CityChecker accepts for them (UCUM and UN/CEFACT Rec. 20 codes).
 * Field names match through fieldroles::normalized(); units compare case-insensitively, with
 * "µ"/"μ" read as "u" and "³" as "3", because sources spell "µg/m³" in many ways. Pure and thread-safe.
 */
namespace urbis::quantityunits {

struct Quantity
{
    const char *name;     ///< "mass concentration", for notes
    QString suggested;    ///< UCUM code
    QStringList accepted; ///< spellings that mean a unit of this quantity
};

/** The quantity a field name measures; nullptr for names not in the table (no unit check then). */
const Quantity *forField(const QString &fieldName);
/** Plane angle in degrees: latitude, longitude, wind direction. */
const Quantity &angle();
/** True when `unit` is one of the quantity's accepted units. */
bool accepts(const Quantity &quantity, const QString &unit);

} // namespace urbis::quantityunits
