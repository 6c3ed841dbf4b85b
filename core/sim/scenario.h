#pragma once

#include "../util/result.h"
#include "floodmodel.h"
#include "gridspec.h"
#include "scenarioimpact.h"
#include "scenarioprovenance.h"
#include "wildfiremodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QPolygon>

#include <optional>

namespace urbis {

/**
 * A reproducible simulation: what to run (wildfire or flood), on which grid, from which inputs
 * (synthetic, or catalog datasets by id or exact title), with which parameters and random seed.
 * Saved as JSON in the shape of CLI.md's "Scenario file" (every key of the minimal form, plus
 * id, name, description and the model parameters; see docs/simulation.md). A plain value.
 */
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Scenario)
public:
    enum class Type { Wildfire, Flood };
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);

    QString id;          ///< lower-case letters, digits, '-'; derived from the content when the file has none
    QString name;
    QString description;
    Type type = Type::Wildfire;
    quint64 seed = 0;
    int steps = 120;
    GridSpec grid;

    // Inputs. An empty dataset name means the synthetic default.
    QString terrainDataset;         ///< "flat" when empty (elevation 0 everywhere)
    QString fuelDataset;            ///< "uniform" when empty
    int uniformFuel = 0;            ///< the fuel code of "uniform"; 0 = the first burnable default class
    QList<QPolygon> barrierLines;   ///< polylines in cell coordinates (col, row)
    QStringList barrierDatasets;    ///< vector layers (roads, rivers) burnt onto the grid

    // Wildfire.
    double windSpeed = 0;           ///< m/s
    double windDirection = 0;       ///< degrees the wind blows FROM, 0 = north, 90 = east
    double moisture = 0.08;         ///< dead-fuel moisture fraction
    double stepMinutes = 1;
    double spotting = 0;            ///< probability per burning cell and step
    QList<QPoint> ignitions;

    // Flood.
    FloodParams::Scheme scheme = FloodParams::Scheme::LocalInertial;
    double stepSeconds = 60;
    double manning = 0.035;
    QPoint inflowCell{-1, -1};
    QList<TimeSeriesPoint> inflow;   ///< m^3/s at inflowCell
    QList<TimeSeriesPoint> rainfall; ///< mm/h on every cell
    bool openBoundary = true;
    // After the run: the hazard intersected with these layers, per step (ImpactAnalysis).
    QList<ScenarioImpact> impacts;

    ScenarioProvenance provenance;   ///< of the last run; informative, not an input

    QString displayName() const { return name.isEmpty() ? id : name; }

    QJsonObject toJson() const;
    /**
     * Reads CLI.md's minimal form and the full form; unknown keys, wrong types and values out of
     * range are InvalidData errors naming the key. Runs check().
     */
    static Result<Scenario> fromJson(const QJsonObject &o);
    /** Consistency: ignitions and inflow inside the grid, a flood has water, ... */
    Result<void> check() const;

    WildfireParams wildfireParams() const;
    FloodParams floodParams() const;
    /** "wildfire-" or "flood-" plus 12 hex digits of the hash of the scenario's content. */
    QString contentId() const;
    static bool isValidId(const QString &id);

    bool operator==(const Scenario &other) const;
};

} // namespace urbis
