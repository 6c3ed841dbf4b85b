#include "floodmodel.h"

#include "fillspill.h"
#include "localinertial.h"
#include "simcontrol.h"

#include <cmath>

namespace urbis {

namespace {
constexpr double kFloodedDepth = 0.01; // metres: shallower water is not counted as flooded area

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

bool validSeries(const QList<TimeSeriesPoint> &series)
{
    for (qsizetype i = 0; i < series.size(); ++i) {
        const TimeSeriesPoint &p = series[i];
        if (!std::isfinite(p.timeSec) || !std::isfinite(p.value) || p.value < 0)
            return false;
        if (i > 0 && p.timeSec < series[i - 1].timeSec)
            return false;
    }
    return true;
}

template <typename Scheme>
Result<FloodResult> runScheme(Scheme &scheme, const FloodInputs &inputs, const FloodParams &params,
                              SimControl *control, const FloodModel::StepCallback &onStep)
{
    const Error cancelled(Error::Code::Cancelled, FloodModel::tr("The flood simulation was cancelled."));
    const int w = inputs.elevation.width(), h = inputs.elevation.height();
    const double cellArea = inputs.cellSize * inputs.cellSize;
    FloodResult result;
    result.depth = FloatGrid(w, h, 0.0f);
    result.maxDepth = FloatGrid(w, h, 0.0f);
    for (int step = 1; step <= params.steps; ++step) {
        const double percent = 100.0 * (step - 1) / params.steps;
        const auto keepGoing = [control, percent] { return !control || control->checkpoint(percent); };
        if (!scheme.advanceTo(step * params.stepSeconds, keepGoing))
            return cancelled;
        scheme.writeDepth(result.depth, result.maxDepth);
        FloodStep s;
        s.step = step;
        s.timeSec = step * params.stepSeconds;
        qint64 flooded = 0;
        for (const float d : result.depth.cells()) {
            flooded += d > kFloodedDepth;
            s.maxDepth = std::max(s.maxDepth, double(d));
        }
        s.floodedAreaM2 = double(flooded) * cellArea;
        s.volumeM3 = scheme.volume();
        s.inflowM3 = scheme.inflow();
        s.outflowM3 = scheme.outflow();
        result.steps.append(s);
        if (onStep)
            onStep(s, result.depth);
        // After the callback, so a paused run shows the step it stopped at.
        if (control && !control->checkpoint(100.0 * step / params.steps))
            return cancelled;
    }
    result.cellUpdates = scheme.cellUpdates();
    return result;
}
} // namespace

Result<void> FloodModel::check(const FloodInputs &inputs, const FloodParams &params)
{
    const FloatGrid &z = inputs.elevation;
    if (z.isEmpty())
        return invalid(tr("The elevation grid is empty."));
    if (qint64(z.width()) * z.height() >= (qint64(1) << 31))
        return invalid(tr("The grid of %1 × %2 cells is too large.").arg(z.width()).arg(z.height()));
    if (!inputs.barriers.isEmpty() &&
        (inputs.barriers.width() != z.width() || inputs.barriers.height() != z.height()))
        return invalid(tr("The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).")
                           .arg(inputs.barriers.width())
                           .arg(inputs.barriers.height())
                           .arg(z.width())
                           .arg(z.height()));
    if (!std::isfinite(inputs.cellSize) || inputs.cellSize <= 0)
        return invalid(tr("The cell size must be a positive number of metres."));
    if (params.steps < 1)
        return invalid(tr("A flood run needs at least one step."));
    if (!std::isfinite(params.stepSeconds) || params.stepSeconds <= 0)
        return invalid(tr("The step length must be a positive number of seconds."));
    if (!std::isfinite(params.manningN) || params.manningN < 0)
        return invalid(tr("Manning's n must be zero or more."));
    if (!validSeries(params.inflow) || !validSeries(params.rainfall))
        return invalid(tr("Inflow and rainfall need times in order and values of zero or more."));
    if (!params.inflow.isEmpty()) {
        const QPoint c = params.inflowCell;
        if (!z.contains(c.x(), c.y()))
            return invalid(tr("The inflow cell (%1, %2) is outside the grid.").arg(c.x()).arg(c.y()));
        if (!inputs.barriers.isEmpty() && inputs.barriers.at(c.x(), c.y()))
            return invalid(tr("The inflow cell (%1, %2) is inside a wall.").arg(c.x()).arg(c.y()));
    }
    for (const float v : z.cells()) {
        if (!std::isfinite(v))
            return invalid(tr("The elevation grid has cells without a value."));
    }
    return {};
}

Result<FloodResult> FloodModel::run(const FloodInputs &inputs, const FloodParams &params, SimControl *control,
                                    const StepCallback &onStep)
{
    if (Result<void> ok = check(inputs, params); !ok)
        return ok.error();
    if (params.scheme == FloodParams::Scheme::FillAndSpill) {
        FillSpill scheme(inputs, params);
        return runScheme(scheme, inputs, params, control, onStep);
    }
    LocalInertial scheme(inputs, params);
    return runScheme(scheme, inputs, params, control, onStep);
}

} // namespace urbis
