#pragma once

#include "../util/result.h"
#include "grid.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>

#include <functional>

namespace urbis {

class SimControl;

/** A value over time, linear between points, 0 outside: an inflow hydrograph or a rainfall intensity. */
struct TimeSeriesPoint
{
    double timeSec = 0;
    double value = 0;
};

struct FloodParams
{
    enum class Scheme {
        LocalInertial, ///< explicit 2-D local-inertial shallow water (Bates et al. 2010), adaptive time step
        FillAndSpill   ///< depressions fill and spill to their lowest outlet; water only moves downhill
    };
    Scheme scheme = Scheme::LocalInertial;
    double stepSeconds = 60; ///< simulated time per reported step (frame); the scheme may sub-step
    int steps = 120;
    double manningN = 0.035;       ///< s/m^(1/3)
    QList<TimeSeriesPoint> inflow; ///< m^3/s entering at inflowCell
    QPoint inflowCell{-1, -1};
    QList<TimeSeriesPoint> rainfall; ///< mm/h over every cell
    bool openBoundary = true;        ///< water reaching the edge leaves the grid (counted as outflow)
    quint64 seed = 0;                ///< recorded for provenance; the schemes are deterministic
};

struct FloodInputs
{
    double cellSize = 30; ///< metres
    FloatGrid elevation;  ///< metres; defines the grid size
    ByteGrid barriers;    ///< non-zero = wall water cannot enter; empty = none
};

struct FloodStep
{
    int step = 0;
    double timeSec = 0;
    double floodedAreaM2 = 0; ///< cells deeper than 1 cm
    double volumeM3 = 0;      ///< water on the grid
    double inflowM3 = 0;      ///< cumulative inflow + rain
    double outflowM3 = 0;     ///< cumulative water that left the grid
    double maxDepth = 0;
};

struct FloodResult
{
    FloatGrid depth;    ///< at the last step, metres
    FloatGrid maxDepth; ///< maximum over all steps, metres
    QList<FloodStep> steps;
    qint64 cellUpdates = 0;
};

/**
 * Water on a DEM (documented in docs/simulation.md). Conserves volume: at every step
 * volume = inflow - outflow (within float rounding); the fill-and-spill scheme never moves water
 * to a higher water surface. Deterministic.
 */
class FloodModel
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FloodModel)
public:
    using StepCallback = std::function<void(const FloodStep &step, const FloatGrid &depth)>;

    static Result<void> check(const FloodInputs &inputs, const FloodParams &params);
    static Result<FloodResult> run(const FloodInputs &inputs, const FloodParams &params,
                                   SimControl *control = nullptr, const StepCallback &onStep = {});
};

} // namespace urbis
