#include "forecastoptimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace urbis {

ForecastOptimizer::Minimum ForecastOptimizer::nelderMead(const Objective &f, const QList<double> &start,
                                                         double step, int maxEvaluations, double tolerance)
{
    const qsizetype n = start.size();
    Minimum m;
    auto eval = [&](const QList<double> &x) {
        ++m.evaluations;
        const double v = f(x);
        return std::isfinite(v) ? v : std::numeric_limits<double>::max();
    };
    QList<QList<double>> simplex{start};
    QList<double> values{eval(start)};
    for (qsizetype i = 0; i < n; ++i) {
        QList<double> x = start;
        x[i] += step;
        simplex.append(x);
        values.append(eval(x));
    }
    QList<int> order(n + 1);
    auto along = [n](const QList<double> &a, const QList<double> &b, double t) {
        QList<double> x(n);
        for (qsizetype i = 0; i < n; ++i)
            x[i] = a[i] + t * (b[i] - a[i]);
        return x;
    };

    while (m.evaluations < maxEvaluations) {
        std::iota(order.begin(), order.end(), 0);
        // Stable on index, so equal values keep a fixed order.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[a] < values[b]; });
        const int best = order.first(), worst = order.last(), second = order[n - 1];
        if (std::fabs(values[worst] - values[best]) <= tolerance * (std::fabs(values[best]) + 1e-300))
            break;
        QList<double> centroid(n, 0.0);
        for (int k : order.mid(0, n))
            for (qsizetype i = 0; i < n; ++i)
                centroid[i] += simplex[k][i] / double(n);

        const QList<double> reflected = along(centroid, simplex[worst], -1.0);
        const double fr = eval(reflected);
        if (fr < values[best]) {
            const QList<double> expanded = along(centroid, simplex[worst], -2.0);
            const double fe = eval(expanded);
            if (fe < fr) {
                simplex[worst] = expanded;
                values[worst] = fe;
            } else {
                simplex[worst] = reflected;
                values[worst] = fr;
            }
            continue;
        }
        if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
            continue;
        }
        const bool outside = fr < values[worst];
        const QList<double> contracted = along(centroid, outside ? reflected : simplex[worst], 0.5);
        const double fc = eval(contracted);
        if (fc < (outside ? fr : values[worst])) {
            simplex[worst] = contracted;
            values[worst] = fc;
            continue;
        }
        for (int k : order.mid(1)) {
            simplex[k] = along(simplex[best], simplex[k], 0.5);
            values[k] = eval(simplex[k]);
        }
    }
    const auto bestIt = std::min_element(values.cbegin(), values.cend());
    m.x = simplex[int(bestIt - values.cbegin())];
    m.value = *bestIt;
    return m;
}

} // namespace urbis
