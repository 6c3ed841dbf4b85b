#pragma once

#include "csvdialect.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace urbis {

/** What a validation checks and reports (Frictionless options plus Urbis defaults). */
struct ValidationOptions
{
    int limitErrors = 0;       ///< stop after this many errors; 0 = no limit
    QStringList pickErrors;    ///< only these types or tags (#row, #cell, #header, ...); empty = all
    QStringList skipErrors;    ///< never these types or tags
    QStringList extraChecks;   ///< optional checks to add: duplicate-row, deviated-value, sequential-value, truncated-value, forbidden-value
    QJsonObject checkOptions;  ///< per optional check, e.g. {"deviated-value": {"fieldName": "pm10", "interval": 3}} (CityChecker::Options)
    bool schemaSync = false;   ///< match schema fields to header labels by name instead of position
    bool cityChecks = true;    ///< the city-data checks (CityChecker); off = Frictionless baseline only
    std::optional<CsvDialect> dialect; ///< sniffed when unset; header defaults to true
    std::optional<bool> header;        ///< overrides the dialect's header flag
};

} // namespace urbis
