#pragma once

#include <QList>

#include <optional>

namespace urbis {

/**
 * Ordinary least squares for the few columns a forecast or what-if model needs (intercept, slope,
 * a driver, a trend): y = X b + e. Solved through the normal equations by Gauss-Jordan with
 * partial pivoting, which is exact enough for 2-4 well-scaled columns; callers centre their
 * regressors when the scale is large. Keeps (X'X)^-1 for the leverage term of prediction intervals.
 * A plain value; any thread.
 */
class ForecastOls
{
public:
    /**
     * Fits `y` on the rows of `x` (each row has the same number of columns, usually starting with 1).
     * nullopt when there are no more rows than columns or X'X is singular (a constant regressor).
     */
    static std::optional<ForecastOls> fit(const QList<QList<double>> &x, const QList<double> &y);

    const QList<double> &coefficients() const { return m_coef; }
    /** Residual degrees of freedom: rows - columns (>= 1). */
    int dof() const { return m_dof; }
    /** Residual standard error s = sqrt(SSE / dof). */
    double residualStdError() const { return m_s; }
    double sse() const { return m_sse; }
    /** Coefficient of determination (1 when y is constant and fitted exactly). */
    double rSquared() const { return m_r2; }

    double predict(const QList<double> &row) const;
    /** x0' (X'X)^-1 x0: the leverage of a new row. */
    double leverage(const QList<double> &row) const;
    /** Standard error of a new observation at `row`: s * sqrt(1 + leverage). */
    double predictionStdError(const QList<double> &row) const;
    /** Standard error of coefficient `i`: s * sqrt((X'X)^-1_ii). */
    double coefficientStdError(int i) const;

private:
    QList<double> m_coef;
    QList<QList<double>> m_inverse; ///< (X'X)^-1
    int m_dof = 0;
    double m_s = 0;
    double m_sse = 0;
    double m_r2 = 0;
};

} // namespace urbis
