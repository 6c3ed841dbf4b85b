#include "wildfiremodel.h"

#include "firespread.h"
#include "simcontrol.h"
#include "simrandom.h"

#include <cmath>
#include <set>

namespace urbis {

namespace {
constexpr qint64 kMaxCells = qint64(1) << 30; // padded indices must stay within int

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0;
}
} // namespace

QList<FuelType> WildfireParams::defaultFuels()
{
    // No-wind, flat, dry rates from Rothermel's (1972) equations with Anderson's (1982) fuel models
    // 1, 6, 8 and 9, rounded; extinction moistures from the same models (docs/simulation.md).
    return {
        {1, QCoreApplication::translate("urbis::WildfireParams", "Grass"), 3.3, 0.12},
        {2, QCoreApplication::translate("urbis::WildfireParams", "Shrub"), 1.2, 0.25},
        {3, QCoreApplication::translate("urbis::WildfireParams", "Timber litter"), 0.15, 0.30},
        {4, QCoreApplication::translate("urbis::WildfireParams", "Urban vegetation"), 0.57, 0.25},
        {5, QCoreApplication::translate("urbis::WildfireParams", "Water or rock"), 0.0, 0.30},
    };
}

Result<void> WildfireModel::check(const WildfireInputs &inputs, const WildfireParams &params)
{
    const int w = inputs.fuel.width(), h = inputs.fuel.height();
    if (inputs.fuel.isEmpty())
        return invalid(tr("The fuel grid is empty."));
    if (qint64(w + 4) * qint64(h + 4) > kMaxCells)
        return invalid(tr("The grid of %1 × %2 cells is too large.").arg(w).arg(h));
    if (!inputs.elevation.isEmpty() && (inputs.elevation.width() != w || inputs.elevation.height() != h))
        return invalid(tr("The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).")
                           .arg(inputs.elevation.width())
                           .arg(inputs.elevation.height())
                           .arg(w)
                           .arg(h));
    if (!inputs.barriers.isEmpty() && (inputs.barriers.width() != w || inputs.barriers.height() != h))
        return invalid(tr("The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).")
                           .arg(inputs.barriers.width())
                           .arg(inputs.barriers.height())
                           .arg(w)
                           .arg(h));
    if (!std::isfinite(inputs.cellSize) || inputs.cellSize <= 0)
        return invalid(tr("The cell size must be a positive number of metres."));
    if (params.steps < 1)
        return invalid(tr("A wildfire run needs at least one step."));
    if (!std::isfinite(params.stepMinutes) || params.stepMinutes <= 0)
        return invalid(tr("The step length must be a positive number of minutes."));
    if (!finiteNonNegative(params.windSpeed) || !std::isfinite(params.windFromDeg))
        return invalid(tr("The wind speed must be zero or more and its direction a number of degrees."));
    if (!finiteNonNegative(params.fuelMoisture))
        return invalid(tr("The fuel moisture must be a fraction of zero or more."));
    if (!(params.spottingProbability >= 0 && params.spottingProbability <= 1))
        return invalid(tr("The spotting probability must be between 0 and 1."));
    std::set<int> codes;
    for (const FuelType &fuel : params.fuels) {
        if (fuel.code < 0 || fuel.code > 255 || !codes.insert(fuel.code).second)
            return invalid(tr("Fuel code %1 is out of range or listed twice.").arg(fuel.code));
        if (!finiteNonNegative(fuel.spreadRate) || !std::isfinite(fuel.extinctionMoisture) ||
            fuel.extinctionMoisture <= 0)
            return invalid(
                tr("Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.")
                    .arg(fuel.code));
    }
    bool known[256] = {};
    known[0] = true; // no fuel: never burns, needs no table entry
    for (const int code : codes)
        known[code] = true;
    for (const std::uint8_t code : inputs.fuel.cells()) {
        if (!known[code])
            return invalid(tr("The fuel grid holds code %1, which is not in the fuel table.").arg(code));
    }
    for (const float z : inputs.elevation.cells()) {
        if (!std::isfinite(z))
            return invalid(tr("The elevation grid has cells without a value."));
    }
    if (inputs.ignitions.isEmpty())
        return invalid(tr("A wildfire run needs at least one ignition point."));
    for (const QPoint &p : inputs.ignitions) {
        if (!inputs.fuel.contains(p.x(), p.y()))
            return invalid(tr("The ignition at (%1, %2) is outside the grid.").arg(p.x()).arg(p.y()));
    }
    return {};
}

Result<WildfireResult> WildfireModel::run(const WildfireInputs &inputs, const WildfireParams &params,
                                          SimControl *control, const StepCallback &onStep)
{
    if (Result<void> ok = check(inputs, params); !ok)
        return ok.error();
    const Error cancelled(Error::Code::Cancelled, tr("The wildfire simulation was cancelled."));
    FireSpread fire(inputs, params);
    SimRandom random(params.seed);
    const double cellArea = inputs.cellSize * inputs.cellSize;
    WildfireResult result;
    for (int step = 1; step <= params.steps; ++step) {
        const double percent = 100.0 * (step - 1) / params.steps;
        const auto keepGoing = [control, percent] { return !control || control->checkpoint(percent); };
        if (!fire.isOut() && !fire.burnStep(step, keepGoing))
            return cancelled;
        if (params.spottingProbability > 0)
            fire.spot(step, random);
        const WildfireStep s{step, fire.burnedCells(), double(fire.burnedCells()) * cellArea,
                             double(fire.perimeterEdges()) * inputs.cellSize};
        result.steps.append(s);
        if (onStep)
            onStep(s, fire.arrival());
        // After the callback, so a paused run shows the step it stopped at.
        if (control && !control->checkpoint(100.0 * step / params.steps))
            return cancelled;
    }
    result.cellUpdates = fire.cellUpdates();
    result.arrivalStep = fire.takeArrival();
    return result;
}

} // namespace urbis
