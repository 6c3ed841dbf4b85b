#include "localinertial.h"

#include "seriesintegral.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace urbis {

namespace {
constexpr double kG = 9.81;
constexpr double kMmPerHourToMPerSecond = 1.0 / (1000.0 * 3600.0);
constexpr int kCheckEvery = 32; // sub-steps between cancel checks

// x^(1/3) for x > 0: a bit-level first guess (within 3.2 %) and two Halley steps (within 1e-14).
// Pure arithmetic, so it is the same on every platform, and several times faster than std::cbrt,
// which took a third of the run time.
inline double cubeRoot(double x)
{
    double y = std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) / 3 + 0x2A9F7893782DA1CEull);
    for (int i = 0; i < 2; ++i) {
        const double y3 = y * y * y;
        y *= (y3 + 2 * x) / (2 * y3 + x);
    }
    return y;
}
} // namespace

LocalInertial::LocalInertial(const FloodInputs &inputs, const FloodParams &params)
    : m_w(inputs.elevation.width()), m_h(inputs.elevation.height()), m_dx(inputs.cellSize),
      m_n2(params.manningN * params.manningN), m_open(params.openBoundary), m_inflowSeries(params.inflow),
      m_rainSeries(params.rainfall)
{
    const size_t n = size_t(m_w) * size_t(m_h);
    m_z.assign(inputs.elevation.cells().begin(), inputs.elevation.cells().end());
    m_depth.assign(n, 0);
    m_wall.assign(n, 0);
    if (!inputs.barriers.isEmpty()) {
        for (size_t i = 0; i < n; ++i)
            m_wall[i] = inputs.barriers.cells()[i] != 0;
    }
    m_wetCells = qint64(std::count(m_wall.begin(), m_wall.end(), 0));
    m_qx.assign(size_t(m_w + 1) * size_t(m_h), 0);
    m_qy.assign(size_t(m_w) * size_t(m_h + 1), 0);
    m_scale.assign(n, 1);
    m_max.assign(n, 0);
    if (!params.inflow.isEmpty())
        m_inflowCell = qsizetype(inputs.elevation.index(params.inflowCell.x(), params.inflowCell.y()));
}

inline double LocalInertial::faceFlux(double q, double etaFrom, double etaTo, double flowDepth) const
{
    // Bates et al. (2010) eq. 11, explicit in the surface slope and implicit in the friction:
    // (q - g h dt S) / (1 + g dt n^2 |q| / h^(7/3)), with the fraction cleared to one division.
    const double h73 = flowDepth * flowDepth * cubeRoot(flowDepth);
    return (q - m_slopeCoef * flowDepth * (etaTo - etaFrom)) * h73 / (h73 + m_frictionCoef * std::abs(q));
}

void LocalInertial::updateFluxes(double dt)
{
    m_slopeCoef = kG * dt / m_dx;
    m_frictionCoef = kG * dt * m_n2;
    const double *z = m_z.data();
    const double *h = m_depth.data();
    const std::uint8_t *wall = m_wall.data();
    // Between cells a and b (b east or south of a); outside the grid the bed continues level and dry.
    auto inner = [&](double q, size_t a, size_t b) {
        if (wall[a] || wall[b])
            return 0.0;
        const double ea = z[a] + h[a], eb = z[b] + h[b];
        const double flowDepth = std::max(ea, eb) - std::max(z[a], z[b]);
        return flowDepth > kMinFlowDepth ? faceFlux(q, ea, eb, flowDepth) : 0.0;
    };
    auto edge = [&](double q, size_t c, bool outwardIsPositive) {
        if (!m_open || wall[c] || h[c] <= kMinFlowDepth)
            return 0.0;
        const double inside = z[c] + h[c];
        const double out =
            outwardIsPositive ? faceFlux(q, inside, z[c], h[c]) : faceFlux(q, z[c], inside, h[c]);
        return outwardIsPositive ? std::max(out, 0.0) : std::min(out, 0.0); // never inflow
    };
    for (int r = 0; r < m_h; ++r) {
        double *qx = m_qx.data() + size_t(r) * size_t(m_w + 1);
        const size_t row = size_t(r) * size_t(m_w);
        qx[0] = edge(qx[0], row, false);
        for (int i = 1; i < m_w; ++i)
            qx[i] = inner(qx[i], row + size_t(i) - 1, row + size_t(i));
        qx[m_w] = edge(qx[m_w], row + size_t(m_w) - 1, true);
    }
    const size_t w = size_t(m_w);
    for (int c = 0; c < m_w; ++c) {
        m_qy[size_t(c)] = edge(m_qy[size_t(c)], size_t(c), false);
        m_qy[size_t(m_h) * w + size_t(c)] =
            edge(m_qy[size_t(m_h) * w + size_t(c)], size_t(m_h - 1) * w + size_t(c), true);
    }
    for (int j = 1; j < m_h; ++j) {
        for (size_t c = 0; c < w; ++c)
            m_qy[size_t(j) * w + c] =
                inner(m_qy[size_t(j) * w + c], size_t(j - 1) * w + c, size_t(j) * w + c);
    }
}

void LocalInertial::limitFluxes(double dt)
{
    const size_t w = size_t(m_w);
    const double area = m_dx * m_dx;
    for (int r = 0; r < m_h; ++r) {
        const double *qx = m_qx.data() + size_t(r) * (w + 1);
        for (size_t c = 0; c < w; ++c) {
            const size_t i = size_t(r) * w + c;
            const double top = m_qy[i], bottom = m_qy[i + w];
            const double out = std::max(-qx[c], 0.0) + std::max(qx[c + 1], 0.0) + std::max(-top, 0.0) +
                               std::max(bottom, 0.0);
            const double outVolume = out * m_dx * dt;
            const double available = m_depth[i] * area;
            m_scale[i] = outVolume > available ? available / outVolume : 1.0;
        }
    }
    // Each face's flux is scaled by the cell it drains, so both sides see the same (conserved) value.
    for (int r = 0; r < m_h; ++r) {
        double *qx = m_qx.data() + size_t(r) * (w + 1);
        const double *scale = m_scale.data() + size_t(r) * w;
        for (size_t f = 0; f <= w; ++f) {
            if (qx[f] > 0)
                qx[f] *= scale[f - 1]; // f > 0: the west edge face never flows east
            else if (qx[f] < 0)
                qx[f] *= scale[f]; // f < w likewise
        }
    }
    for (size_t f = 0; f < m_qy.size(); ++f) {
        if (m_qy[f] > 0)
            m_qy[f] *= m_scale[f - w];
        else if (m_qy[f] < 0)
            m_qy[f] *= m_scale[f];
    }
}

void LocalInertial::applyFluxes(double dt)
{
    const size_t w = size_t(m_w);
    const double k = dt / m_dx;
    double hMax = 0;
    for (int r = 0; r < m_h; ++r) {
        const double *qx = m_qx.data() + size_t(r) * (w + 1);
        const double *qTop = m_qy.data() + size_t(r) * w;
        const double *qBottom = qTop + w;
        double *h = m_depth.data() + size_t(r) * w;
        float *hiwater = m_max.data() + size_t(r) * w;
        for (size_t c = 0; c < w; ++c) {
            // Limited fluxes cannot take more than the cell holds; max() only drops rounding dust.
            const double v = std::max(h[c] + k * (qx[c] - qx[c + 1] + qTop[c] - qBottom[c]), 0.0);
            h[c] = v;
            hMax = std::max(hMax, v);
            hiwater[c] = std::max(hiwater[c], float(v));
        }
        m_outflow += (std::max(-qx[0], 0.0) + std::max(qx[w], 0.0)) * m_dx * dt;
    }
    for (size_t c = 0; c < w; ++c)
        m_outflow += (std::max(-m_qy[c], 0.0) + std::max(m_qy[size_t(m_h) * w + c], 0.0)) * m_dx * dt;
    m_hMax = hMax;
}

void LocalInertial::addSources(double t0, double t1)
{
    const double area = m_dx * m_dx;
    const double rain = SeriesIntegral::over(m_rainSeries, t0, t1) * kMmPerHourToMPerSecond;
    if (rain > 0) {
        for (size_t i = 0; i < m_depth.size(); ++i) {
            if (!m_wall[i])
                m_depth[i] += rain;
        }
        m_inflow += rain * area * double(m_wetCells);
        m_hMax += rain;
    }
    if (m_inflowCell >= 0) {
        const double volume = SeriesIntegral::over(m_inflowSeries, t0, t1);
        m_depth[size_t(m_inflowCell)] += volume / area;
        m_inflow += volume;
        m_hMax = std::max(m_hMax, m_depth[size_t(m_inflowCell)]);
    }
}

bool LocalInertial::advanceTo(double t, const std::function<bool()> &keepGoing)
{
    int sinceCheck = 0;
    while (m_time < t) {
        double dt = t - m_time;
        if (m_hMax > kMinFlowDepth)
            dt = std::min(dt, kAlpha * m_dx / std::sqrt(kG * m_hMax));
        const bool last = dt >= t - m_time;
        updateFluxes(dt);
        limitFluxes(dt);
        applyFluxes(dt);
        addSources(m_time, last ? t : m_time + dt);
        m_time = last ? t : m_time + dt;
        m_updates += qint64(m_w) * m_h;
        if (++sinceCheck == kCheckEvery) {
            sinceCheck = 0;
            if (keepGoing && !keepGoing())
                return false;
        }
    }
    return true;
}

void LocalInertial::writeDepth(FloatGrid &depth, FloatGrid &maxDepth) const
{
    for (size_t i = 0; i < m_depth.size(); ++i) {
        depth.cells()[i] = float(m_depth[i]);
        // The sub-step maxima miss the rain and inflow added at the very end of earlier steps,
        // which only `maxDepth` remembers.
        maxDepth.cells()[i] = std::max({maxDepth.cells()[i], float(m_max[i]), depth.cells()[i]});
    }
}

double LocalInertial::volume() const
{
    double sum = 0;
    for (const double v : m_depth)
        sum += v;
    return sum * m_dx * m_dx;
}

} // namespace urbis
