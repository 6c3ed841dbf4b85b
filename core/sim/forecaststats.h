#pragma once

namespace urbis {

/**
 * Quantiles for prediction intervals: the standard normal and Student's t. Pure functions, any
 * thread. Precise to about 1e-12, far below what an interval needs, so tests can compare against
 * published tables.
 */
class ForecastStats
{
public:
    /** The p-quantile of N(0, 1), 0 < p < 1 (Acklam's rational approximation plus one Halley step). */
    static double normalQuantile(double p);
    /** P(T <= t) for Student's t with `dof` > 0 degrees of freedom. */
    static double studentTCdf(double t, double dof);
    /**
     * The p-quantile of Student's t with `dof` degrees of freedom, found by bisection on the CDF
     * (deterministic, no iteration-order surprises). Beyond 1e5 degrees of freedom the normal
     * quantile is returned: the two differ by less than 1e-5 there.
     */
    static double studentTQuantile(double p, double dof);
    /** Regularized incomplete beta function I_x(a, b) (continued fraction, modified Lentz). */
    static double incompleteBeta(double x, double a, double b);
};

} // namespace urbis
