#pragma once

#include <QList>

#include <functional>

namespace urbis {

/**
 * Nelder-Mead minimisation for the few smoothing parameters of a forecast model. Deterministic:
 * the start, the initial simplex and the tie-breaking are fixed, so one input always gives the same
 * parameters (reproducible scenarios need that). Any thread.
 */
class ForecastOptimizer
{
public:
    using Objective = std::function<double(const QList<double> &)>;

    struct Minimum
    {
        QList<double> x;
        double value = 0;
        int evaluations = 0;
    };

    /**
     * Minimises `f` from `start` with an initial simplex of `step` along each axis; stops when the
     * simplex values agree to `tolerance` (relative) or after `maxEvaluations`.
     */
    static Minimum nelderMead(const Objective &f, const QList<double> &start, double step,
                              int maxEvaluations = 600, double tolerance = 1e-12);
};

} // namespace urbis
