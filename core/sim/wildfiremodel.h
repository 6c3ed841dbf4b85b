#pragma once

#include "../util/result.h"
#include "grid.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>

#include <functional>

namespace urbis {

class SimControl;

/** A fuel class: how fast fire spreads through it on flat ground, without wind, when dry. */
struct FuelType
{
    int code = 0; ///< value in the fuel grid; 0 is never burnable
    QString name;
    double spreadRate = 0;           ///< m/min, flat, no wind, dry fuel
    double extinctionMoisture = 0.3; ///< dead-fuel moisture fraction at which it no longer spreads
};

struct WildfireParams
{
    double windSpeed = 0;       ///< m/s, 10 m above open ground (the wind functions assume that height)
    double windFromDeg = 0;     ///< meteorological: where the wind comes FROM, 0 = north, 90 = east
    double fuelMoisture = 0.08; ///< dead-fuel moisture fraction
    double stepMinutes = 1;     ///< simulated time per step (one frame per step)
    int steps = 120;
    quint64 seed = 0;               ///< drives the stochastic parts (spotting); same seed, same output
    double spottingProbability = 0; ///< per burning cell and step; 0 = no spotting
    QList<FuelType> fuels = defaultFuels();

    /** A small documented table (grass, shrub, timber litter, urban, water/rock) - see docs/simulation.md. */
    static QList<FuelType> defaultFuels();
};

struct WildfireInputs
{
    double cellSize = 30;    ///< metres
    FloatGrid elevation;     ///< metres; empty = flat
    ByteGrid fuel;           ///< FuelType codes; defines the grid size
    ByteGrid barriers;       ///< non-zero = fire cannot enter (roads, rivers); empty = none
    QList<QPoint> ignitions; ///< (col, row) cells burning at step 0
};

struct WildfireStep
{
    int step = 0;
    qint64 burnedCells = 0; ///< cells with arrival <= step
    double areaM2 = 0;
    double perimeterM =
        0; ///< cell edges between burned and unburned (or outside) cells, incl. around unburned islands
};

struct WildfireResult
{
    IntGrid arrivalStep;       ///< step at which each cell ignites; -1 = unburned
    QList<WildfireStep> steps; ///< one per step, 1..steps
    qint64 cellUpdates = 0; ///< candidate arrival times evaluated (the benchmark's unit, docs/simulation.md)
};

/**
 * Fire spread on a raster (documented in docs/simulation.md): a spread rate per cell from its fuel,
 * moisture, the slope towards each neighbour (from the elevation) and the wind's component along
 * that direction (elliptical spread), burning in time order so each step's frame is final when it is
 * reported. Deterministic: the same inputs, params and seed give the same arrival grid, bit for bit.
 */
class WildfireModel
{
    Q_DECLARE_TR_FUNCTIONS(urbis::WildfireModel)
public:
    /** Called after each step with the arrival grid so far (cells burning later are still -1). */
    using StepCallback = std::function<void(const WildfireStep &step, const IntGrid &arrivalSoFar)>;

    /** InvalidArgument: grids of different sizes, ignition outside the grid, unknown fuel code, steps < 1,
     * ... */
    static Result<void> check(const WildfireInputs &inputs, const WildfireParams &params);
    static Result<WildfireResult> run(const WildfireInputs &inputs, const WildfireParams &params,
                                      SimControl *control = nullptr, const StepCallback &onStep = {});
};

} // namespace urbis
