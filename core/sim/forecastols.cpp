#include "forecastols.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace urbis {

std::optional<ForecastOls> ForecastOls::fit(const QList<QList<double>> &x, const QList<double> &y)
{
    const qsizetype n = y.size();
    if (x.size() != n || n == 0)
        return std::nullopt;
    const qsizetype p = x.first().size();
    if (p == 0 || n <= p)
        return std::nullopt;

    // [X'X | I] reduced to [I | (X'X)^-1]; X'y carried along as an extra column.
    QList<QList<double>> a(p, QList<double>(2 * p + 1, 0.0));
    for (qsizetype r = 0; r < n; ++r) {
        if (x[r].size() != p)
            return std::nullopt;
        for (qsizetype i = 0; i < p; ++i) {
            for (qsizetype j = 0; j < p; ++j)
                a[i][j] += x[r][i] * x[r][j];
            a[i][2 * p] += x[r][i] * y[r];
        }
    }
    double scale = 0;
    for (qsizetype i = 0; i < p; ++i) {
        a[i][p + i] = 1.0;
        scale = std::max(scale, std::fabs(a[i][i]));
    }
    for (qsizetype col = 0; col < p; ++col) {
        qsizetype pivot = col;
        for (qsizetype r = col + 1; r < p; ++r)
            if (std::fabs(a[r][col]) > std::fabs(a[pivot][col]))
                pivot = r;
        if (std::fabs(a[pivot][col]) <= 1e-12 * scale)
            return std::nullopt;
        std::swap(a[col], a[pivot]);
        const double inv = 1.0 / a[col][col];
        for (double &v : a[col])
            v *= inv;
        for (qsizetype r = 0; r < p; ++r) {
            if (r == col || a[r][col] == 0.0)
                continue;
            const double f = a[r][col];
            for (qsizetype j = 0; j <= 2 * p; ++j)
                a[r][j] -= f * a[col][j];
        }
    }

    ForecastOls ols;
    for (qsizetype i = 0; i < p; ++i) {
        ols.m_coef.append(a[i][2 * p]);
        ols.m_inverse.append(a[i].mid(p, p));
    }
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= double(n);
    double sst = 0;
    for (qsizetype r = 0; r < n; ++r) {
        const double e = y[r] - ols.predict(x[r]);
        ols.m_sse += e * e;
        sst += (y[r] - mean) * (y[r] - mean);
    }
    ols.m_dof = int(n - p);
    ols.m_s = std::sqrt(ols.m_sse / ols.m_dof);
    ols.m_r2 = sst > 0 ? 1.0 - ols.m_sse / sst : 1.0;
    return ols;
}

double ForecastOls::predict(const QList<double> &row) const
{
    double v = 0;
    for (qsizetype i = 0; i < m_coef.size() && i < row.size(); ++i)
        v += m_coef[i] * row[i];
    return v;
}

double ForecastOls::leverage(const QList<double> &row) const
{
    double h = 0;
    for (qsizetype i = 0; i < m_inverse.size(); ++i)
        for (qsizetype j = 0; j < m_inverse.size(); ++j)
            h += row.value(i) * m_inverse[i][j] * row.value(j);
    return std::max(0.0, h);
}

double ForecastOls::predictionStdError(const QList<double> &row) const
{
    return m_s * std::sqrt(1.0 + leverage(row));
}

double ForecastOls::coefficientStdError(int i) const
{
    if (i < 0 || i >= m_inverse.size())
        return 0;
    return m_s * std::sqrt(std::max(0.0, m_inverse[i][i]));
}

} // namespace urbis
