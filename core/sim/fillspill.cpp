#include "fillspill.h"

#include "seriesintegral.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {
constexpr double kMmPerHourToMPerSecond = 1.0 / (1000.0 * 3600.0);
constexpr double kDry = -std::numeric_limits<double>::infinity();
} // namespace

FillSpill::FillSpill(const FloodInputs &inputs, const FloodParams &params)
    : m_tree(inputs.elevation, inputs.barriers, params.openBoundary), m_z(inputs.elevation),
      m_area(inputs.cellSize * inputs.cellSize), m_inflowSeries(params.inflow), m_rainSeries(params.rainfall)
{
    if (!params.inflow.isEmpty())
        m_inflowCell = qsizetype(inputs.elevation.index(params.inflowCell.x(), params.inflowCell.y()));
    m_openCells = m_tree.drainingOutside();
    for (int leaf = 0; leaf < m_tree.leafCount(); ++leaf)
        m_openCells += m_tree.drainingTo(leaf);
    const size_t nodes = m_tree.nodes().size();
    m_water.assign(nodes, 0);
    m_full.assign(nodes, 0);
    m_excess.assign(nodes, 0);
    m_level.assign(nodes, kDry);
    m_depth.assign(size_t(inputs.elevation.size()), 0);
}

bool FillSpill::advanceTo(double t, const std::function<bool()> &keepGoing)
{
    // Everything received since the start, in metres over one cell; the equilibrium does not
    // depend on the order in which it arrived.
    const double rain = SeriesIntegral::over(m_rainSeries, 0, t) * kMmPerHourToMPerSecond;
    const double inflow = m_inflowCell >= 0 ? SeriesIntegral::over(m_inflowSeries, 0, t) / m_area : 0.0;
    std::vector<double> input(size_t(m_tree.leafCount()));
    for (int leaf = 0; leaf < m_tree.leafCount(); ++leaf)
        input[size_t(leaf)] = rain * double(m_tree.drainingTo(leaf));
    double outside = rain * double(m_tree.drainingOutside());
    if (m_inflowCell >= 0) {
        const int leaf = m_tree.label(size_t(m_inflowCell));
        (leaf >= 0 ? input[size_t(leaf)] : outside) += inflow;
    }
    m_outflow = outside;
    route(input);
    if (keepGoing && !keepGoing())
        return false;
    paint();
    m_inflow = (rain * double(m_openCells) + inflow) * m_area;
    m_outflow *= m_area;
    return true;
}

void FillSpill::route(const std::vector<double> &input)
{
    const std::vector<DepressionHierarchy::Node> &nodes = m_tree.nodes();
    std::fill(m_water.begin(), m_water.end(), 0.0);
    std::fill(m_full.begin(), m_full.end(), 0);
    std::fill(m_excess.begin(), m_excess.end(), 0.0);
    // Children come before parents: each node sees its children settled.
    for (size_t i = 0; i < nodes.size(); ++i) {
        const DepressionHierarchy::Node &n = nodes[i];
        double in = 0;
        bool open = true; // a parent only takes water once both children are full
        if (i < size_t(m_tree.leafCount())) {
            in = input[i];
        } else {
            const int a = n.children[0], b = n.children[1];
            // Overflow from one side first fills what is left on the other side.
            if (m_excess[size_t(a)] > 0 && !m_full[size_t(b)])
                m_excess[size_t(a)] = pour(nodes[size_t(a)].across, m_excess[size_t(a)], b);
            if (m_excess[size_t(b)] > 0 && !m_full[size_t(a)])
                m_excess[size_t(b)] = pour(nodes[size_t(b)].across, m_excess[size_t(b)], a);
            open = m_full[size_t(a)] && m_full[size_t(b)];
            in = m_excess[size_t(a)] + m_excess[size_t(b)];
        }
        if (!open)
            continue;
        m_water[i] = std::min(in, n.capacity);
        m_excess[i] = in - m_water[i];
        m_full[i] = in >= n.capacity;
        if (n.parent < 0 && n.toOutside)
            m_outflow += m_excess[i];
    }
}

double FillSpill::pour(int node, double volume, int stopAt)
{
    const std::vector<DepressionHierarchy::Node> &nodes = m_tree.nodes();
    for (;;) {
        const DepressionHierarchy::Node &n = nodes[size_t(node)];
        const double take = std::min(volume, n.capacity - m_water[size_t(node)]);
        m_water[size_t(node)] += take;
        volume -= take;
        if (volume <= 0)
            return 0;
        m_full[size_t(node)] = 1;
        if (node == stopAt)
            return volume;
        const DepressionHierarchy::Node &p = nodes[size_t(n.parent)];
        const int sibling = p.children[0] == node ? p.children[1] : p.children[0];
        node = m_full[size_t(sibling)] ? n.parent : n.across;
    }
}

double FillSpill::levelOf(int node) const
{
    // The surface where the water above the base fills the node's cells: with k cells below the
    // level L, volume = k L - (their elevations) ; walk the sorted cells until L fits.
    const DepressionHierarchy::Node &n = m_tree.nodes()[size_t(node)];
    double count = 0, sum = 0;
    if (n.children[0] >= 0) {
        for (const int child : n.children)
            count += double(m_tree.nodes()[size_t(child)].subCount);
        sum = count * n.base;
    }
    const double water = m_water[size_t(node)];
    for (const float *z = m_tree.ownBegin(node); z != m_tree.ownEnd(node); ++z) {
        if (count > 0 && (water + sum) / count <= *z)
            break;
        count += 1;
        sum += *z;
    }
    return (water + sum) / count;
}

void FillSpill::paint()
{
    const std::vector<DepressionHierarchy::Node> &nodes = m_tree.nodes();
    // Parents after children in the list, so walk it backwards: a wet parent floods its children.
    for (size_t i = nodes.size(); i-- > 0;) {
        const DepressionHierarchy::Node &n = nodes[i];
        if (n.parent >= 0 && m_level[size_t(n.parent)] != kDry)
            m_level[i] = m_level[size_t(n.parent)];
        else if (m_full[i] && n.outlet != DepressionHierarchy::kNoOutlet)
            m_level[i] = n.outlet;
        else if (m_water[i] > 0)
            m_level[i] = levelOf(int(i));
        else
            m_level[i] = kDry;
    }
    double sum = 0;
    const float *z = m_z.data();
    for (size_t c = 0; c < m_depth.size(); ++c) {
        const int leaf = m_tree.label(c);
        const double d = leaf >= 0 ? std::max(m_level[size_t(leaf)] - double(z[c]), 0.0) : 0.0;
        m_depth[c] = d;
        sum += d;
    }
    m_volume = sum * m_area;
    m_updates += qint64(m_depth.size());
}

void FillSpill::writeDepth(FloatGrid &depth, FloatGrid &maxDepth) const
{
    for (size_t i = 0; i < m_depth.size(); ++i) {
        depth.cells()[i] = float(m_depth[i]);
        maxDepth.cells()[i] = std::max(maxDepth.cells()[i], depth.cells()[i]);
    }
}

} // namespace urbis
