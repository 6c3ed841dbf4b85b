#include "holtwinters.h"

#include "forecastols.h"
#include "forecastoptimizer.h"
#include "forecaststats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace urbis {

namespace {

struct State
{
    double level = 0;
    double trend = 0;
    std::vector<double> season; ///< season[t % m] is s_{t-m} when observation t is processed
};

struct Params
{
    double alpha = 0, beta = 0, gamma = 0;
};

/** Classical decomposition of the first full seasons; see the class comment. */
State initialState(const std::vector<double> &y, int m)
{
    const int seasons = std::min(4, int(y.size()) / m);
    const int n = seasons * m;
    const int half = m / 2;
    std::vector<double> sum(size_t(m), 0.0);
    std::vector<int> count(size_t(m), 0);
    for (int t = half; t + half <= n - 1; ++t) {
        double ma = 0;
        if (m % 2 == 0) {
            ma = 0.5 * (y[size_t(t - half)] + y[size_t(t + half)]);
            for (int k = t - half + 1; k < t + half; ++k)
                ma += y[size_t(k)];
        } else {
            for (int k = t - half; k <= t + half; ++k)
                ma += y[size_t(k)];
        }
        sum[size_t(t % m)] += y[size_t(t)] - ma / m;
        ++count[size_t(t % m)];
    }
    State s;
    s.season.assign(size_t(m), 0.0);
    double mean = 0;
    for (int j = 0; j < m; ++j) {
        s.season[size_t(j)] = count[size_t(j)] ? sum[size_t(j)] / count[size_t(j)] : 0.0;
        mean += s.season[size_t(j)] / m;
    }
    for (double &v : s.season)
        v -= mean;

    QList<QList<double>> x;
    QList<double> deseasonalised;
    for (int t = 0; t < n; ++t) {
        x.append({1.0, double(t)});
        deseasonalised.append(y[size_t(t)] - s.season[size_t(t % m)]);
    }
    if (const auto ols = ForecastOls::fit(x, deseasonalised)) {
        s.trend = ols->coefficients().at(1);
        s.level = ols->coefficients().at(0) - s.trend; // the state one period before the first value
    } else {
        s.level = deseasonalised.first();
    }
    return s;
}

/** Runs the recursion; returns the SSE of one-step errors and leaves the final state in `state`. */
double run(const std::vector<double> &y, int m, const Params &p, State &state,
           std::vector<double> *fitted = nullptr)
{
    double sse = 0;
    for (size_t t = 0; t < y.size(); ++t) {
        double &s = state.season[t % size_t(m)];
        const double yhat = state.level + state.trend + s;
        const double e = y[t] - yhat;
        sse += e * e;
        if (fitted)
            fitted->push_back(yhat);
        const double level = p.alpha * (y[t] - s) + (1 - p.alpha) * (state.level + state.trend);
        const double trend = p.beta * (level - state.level) + (1 - p.beta) * state.trend;
        s = p.gamma * (y[t] - state.level - state.trend) + (1 - p.gamma) * s;
        state.level = level;
        state.trend = trend;
    }
    return sse;
}

double logistic(double u)
{
    return 1.0 / (1.0 + std::exp(-u));
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

// alpha, beta, g in (0, 1) with gamma = g (1 - alpha): the admissible box of the component form.
Params fromUnit(double a, double b, double g)
{
    return {a, b, g * (1 - a)};
}

Params fitParams(const std::vector<double> &y, int m, const State &init)
{
    auto sseAt = [&](const Params &p) {
        State s = init;
        return run(y, m, p, s);
    };
    double best = std::numeric_limits<double>::max();
    QList<double> start;
    for (double a : {0.1, 0.3, 0.5, 0.7, 0.9})
        for (double b : {0.01, 0.1, 0.3})
            for (double g : {0.05, 0.3, 0.6}) {
                const double v = sseAt(fromUnit(a, b, g));
                if (v < best) {
                    best = v;
                    start = {logit(a), logit(b), logit(g)};
                }
            }
    auto objective = [&](const QList<double> &u) {
        return sseAt(fromUnit(logistic(u[0]), logistic(u[1]), logistic(u[2])));
    };
    ForecastOptimizer::Minimum min = ForecastOptimizer::nelderMead(objective, start, 0.5);
    // A restart from the optimum escapes a simplex that collapsed early (cheap, still deterministic).
    min = ForecastOptimizer::nelderMead(objective, min.x, 0.25);
    return fromUnit(logistic(min.x[0]), logistic(min.x[1]), logistic(min.x[2]));
}

} // namespace

QList<std::optional<double>> HoltWinters::interpolate(const QList<std::optional<double>> &values)
{
    QList<std::optional<double>> out = values;
    int last = -1;
    for (int i = 0; i < out.size(); ++i) {
        if (!out[i])
            continue;
        if (last >= 0 && i - last > 1) {
            const double a = *out[last], b = *out[i];
            for (int k = last + 1; k < i; ++k)
                out[k] = a + (b - a) * (k - last) / double(i - last);
        }
        last = i;
    }
    return out;
}

double HoltWinters::varianceFactor(double alpha, double beta, double gamma, int m, int h)
{
    const double b = alpha * beta;
    const double k = std::floor((h - 1) / double(m));
    return 1.0 + (h - 1) * (alpha * alpha + alpha * b * h + b * b * h * (2.0 * h - 1) / 6.0) +
           gamma * k * (2 * alpha + gamma + b * m * (k + 1));
}

Result<ForecastResult> HoltWinters::fit(const ForecastSeries &history, const ForecastSpec &spec, int m)
{
    if (m < 2)
        return Error(Error::Code::InvalidArgument, tr("Holt-Winters needs a season of at least 2 periods"));
    const int first = history.firstValue(), last = history.lastValue();
    const int n = first < 0 ? 0 : last - first + 1;
    if (n < kMinimumSeasons * m)
        return Error(Error::Code::InvalidData,
                     tr("Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3")
                         .arg(kMinimumSeasons)
                         .arg(kMinimumSeasons * m)
                         .arg(n));
    const ForecastSeries h = history.mid(first, last);
    const QList<std::optional<double>> filled = interpolate(h.values());
    std::vector<double> y;
    y.reserve(size_t(n));
    for (const auto &v : filled)
        y.push_back(*v);

    const State init = initialState(y, m);
    const Params p = fitParams(y, m, init);
    State state = init;
    std::vector<double> fitted;
    const double sse = run(y, m, p, state, &fitted);
    const int dof = std::max(1, n - (m + 4));
    const double sigma = std::sqrt(sse / dof);

    ForecastResult r;
    r.method = ForecastMethod::HoltWinters;
    r.grain = h.grain();
    r.confidence = spec.confidence;
    r.seasonLength = m;
    r.parameters.insert(QStringLiteral("alpha"), p.alpha);
    r.parameters.insert(QStringLiteral("beta"), p.beta);
    r.parameters.insert(QStringLiteral("gamma"), p.gamma);
    r.parameters.insert(QStringLiteral("level"), state.level);
    r.parameters.insert(QStringLiteral("trend"), state.trend);
    r.parameters.insert(QStringLiteral("sigma"), sigma);
    r.parameters.insert(QStringLiteral("dof"), dof);
    for (int i = 0; i < n; ++i)
        r.fitted.append({h.start(i), h.label(i), h.value(i), fitted[size_t(i)]});
    r.measureAccuracy();

    const double z = ForecastStats::normalQuantile((1.0 + spec.confidence) / 2.0);
    for (int k = 1; k <= spec.horizon; ++k) {
        const int t = n - 1 + k;
        const double value = state.level + k * state.trend + state.season[size_t(t % m)];
        const double half = z * sigma * std::sqrt(varianceFactor(p.alpha, p.beta, p.gamma, m, k));
        r.forecast.append({h.start(t), h.label(t), value, value - half, value + half});
    }
    const int gaps = n - h.nonNullCount();
    if (gaps > 0)
        r.notes << tr("%n missing period(s) were interpolated linearly for Holt-Winters.", nullptr, gaps);
    return r;
}

} // namespace urbis
