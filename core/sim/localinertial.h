#pragma once

#include "floodmodel.h"

#include <functional>
#include <vector>

namespace urbis {

/**
 * The local-inertial shallow-water scheme of Bates, Horritt & Fewtrell (2010) on the DEM grid
 * (docs/simulation.md): unit-width discharges on cell faces updated with the water-surface slope
 * and a semi-implicit Manning friction term, depths from the flux divergence, an adaptive time step
 * from the CFL condition, and outgoing fluxes scaled down where they would empty a cell below zero.
 * Depths and the volume bookkeeping are in double so the volume balance holds to rounding.
 * Expects inputs that passed FloodModel::check(). Single-threaded; one per run.
 */
class LocalInertial
{
public:
    LocalInertial(const FloodInputs &inputs, const FloodParams &params);

    /** Runs sub-steps up to time `t` (seconds); false if `keepGoing` said stop. */
    bool advanceTo(double t, const std::function<bool()> &keepGoing);
    /** Current depth; `maxDepth` keeps the maximum over every sub-step. */
    void writeDepth(FloatGrid &depth, FloatGrid &maxDepth) const;

    double volume() const;
    double inflow() const { return m_inflow; }
    double outflow() const { return m_outflow; }
    qint64 cellUpdates() const { return m_updates; }

    static constexpr double kAlpha = 0.7;         ///< CFL coefficient (Bates et al. use 0.2-0.7)
    static constexpr double kMinFlowDepth = 1e-4; ///< metres; shallower faces carry no flow

private:
    void updateFluxes(double dt);
    void limitFluxes(double dt);
    void applyFluxes(double dt);
    void addSources(double t0, double t1);
    double faceFlux(double q, double etaFrom, double etaTo, double flowDepth) const;

    int m_w;
    int m_h;
    double m_dx;
    double m_n2;
    bool m_open;
    QList<TimeSeriesPoint> m_inflowSeries;
    QList<TimeSeriesPoint> m_rainSeries;
    qsizetype m_inflowCell = -1;
    qint64 m_wetCells = 0; ///< cells that are not walls: where rain lands
    std::vector<double> m_z;
    std::vector<double> m_depth;
    std::vector<std::uint8_t> m_wall;
    std::vector<double> m_qx;    ///< m^2/s east, (w + 1) faces per row
    std::vector<double> m_qy;    ///< m^2/s south, (h + 1) rows of w faces
    std::vector<double> m_scale; ///< outflow scale per cell for the current sub-step
    std::vector<float> m_max;
    double m_slopeCoef = 0;    ///< g dt / dx of the current sub-step
    double m_frictionCoef = 0; ///< g dt n^2
    double m_time = 0;
    double m_hMax = 0;
    double m_inflow = 0;
    double m_outflow = 0;
    qint64 m_updates = 0;
};

} // namespace urbis
