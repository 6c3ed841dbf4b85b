#pragma once

#include "depressionhierarchy.h"
#include "floodmodel.h"

#include <functional>
#include <vector>

namespace urbis {

/**
 * The fill-and-spill flood scheme (docs/simulation.md): at each reported time the water that has
 * arrived so far (rain on every cell, the inflow at its cell) runs down to the depression it drains
 * to; a depression fills to its outlet, then overflows into the neighbour across that outlet, and
 * two full neighbours fill together up to their common outlet; what spills off an open edge is
 * outflow. Water never moves to a higher water surface, and there is no travel time: each frame is
 * the equilibrium for the volumes received. Expects inputs that passed FloodModel::check().
 */
class FillSpill
{
public:
    FillSpill(const FloodInputs &inputs, const FloodParams &params);

    bool advanceTo(double t, const std::function<bool()> &keepGoing);
    void writeDepth(FloatGrid &depth, FloatGrid &maxDepth) const;

    double volume() const { return m_volume; }
    double inflow() const { return m_inflow; }
    double outflow() const { return m_outflow; }
    qint64 cellUpdates() const { return m_updates; }

private:
    void route(const std::vector<double> &input);
    double pour(int leaf, double volume, int stopAt);
    double levelOf(int node) const;
    void paint();

    DepressionHierarchy m_tree;
    const FloatGrid &m_z;
    double m_area;
    QList<TimeSeriesPoint> m_inflowSeries;
    QList<TimeSeriesPoint> m_rainSeries;
    qsizetype m_inflowCell = -1;
    qint64 m_openCells = 0;      ///< cells that are not walls: where rain lands
    std::vector<double> m_water; ///< per node, in metres over one cell (volume / cell area)
    std::vector<std::uint8_t> m_full;
    std::vector<double> m_excess;
    std::vector<double> m_level; ///< per node: the surface over its cells, -inf = dry
    std::vector<double> m_depth;
    double m_volume = 0;
    double m_inflow = 0;
    double m_outflow = 0;
    qint64 m_updates = 0;
};

} // namespace urbis
