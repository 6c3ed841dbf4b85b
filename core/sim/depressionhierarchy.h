#pragma once

#include "grid.h"

#include <limits>
#include <vector>

namespace urbis {

/**
 * The depressions of a DEM and how they nest, for the fill-and-spill flood scheme (after Barnes,
 * Callaghan & Wickert 2020): a priority flood from every pit (and from the grid edge when the
 * boundary is open) labels each cell with the pit its water drains to along a non-ascending path;
 * where two labels meet, the lower meeting point is an outlet. Joining depressions at their outlets
 * in elevation order gives a binary tree: a node fills to its outlet, then spills into its sibling,
 * and once both are full they fill together as their parent. 4-connected, so water never slips
 * between two wall cells touching at a corner. Built once per run; read-only afterwards.
 */
class DepressionHierarchy
{
public:
    static constexpr int kWall = -2;
    static constexpr int kOutside = -3; ///< drains straight off the (open) grid edge
    static constexpr double kNoOutlet = std::numeric_limits<double>::infinity();

    struct Node
    {
        int parent = -1;            ///< -1: a root, which spills off the grid (toOutside) or never spills
        int children[2] = {-1, -1}; ///< none for a pit (leaf)
        int across = -1;            ///< the leaf on the far side of the outlet, where overflow goes
        bool toOutside = false;
        double outlet = kNoOutlet; ///< spill elevation, metres
        double base = 0;           ///< the pit's elevation, or the children's shared outlet
        double capacity = 0;       ///< m^3 per m^2 of cell: from base (children full) up to the outlet
        qint64 subCount = 0;       ///< cells of the subtree below the outlet
        double subSum = 0;         ///< and their summed elevation
    };

    DepressionHierarchy(const FloatGrid &elevation, const ByteGrid &walls, bool openBoundary);

    const std::vector<Node> &nodes() const { return m_nodes; }
    int leafCount() const { return m_leaves; }
    /** A leaf, kWall or kOutside. */
    int label(size_t cell) const { return m_label[cell]; }
    /** Cells whose water drains to `leaf` (where rain on them goes). */
    qint64 drainingTo(int leaf) const { return m_draining[size_t(leaf)]; }
    qint64 drainingOutside() const { return m_drainingOutside; }
    /** Elevations of the cells a node floods first (above its children's outlet), sorted. */
    const float *ownBegin(int node) const { return m_ownZ.data() + m_ownStart[size_t(node)]; }
    const float *ownEnd(int node) const { return m_ownZ.data() + m_ownStart[size_t(node) + 1]; }
    /** Volume (per unit cell area) the subtree holds when filled to its outlet. */
    double fullVolume(int node) const;

private:
    struct Edge
    {
        double z;
        int a;
        int b;
    };
    void seedPits(const FloatGrid &elevation, std::vector<quint32> &seeds);
    std::vector<quint32> flood(const FloatGrid &elevation, const std::vector<quint32> &seeds,
                               std::vector<Edge> &edges);
    void join(std::vector<Edge> &edges);
    void measure(const FloatGrid &elevation, const std::vector<quint32> &order);
    template <typename F> void forNeighbours(size_t cell, F &&f) const;

    int m_width;
    int m_height;
    std::vector<int> m_label;
    std::vector<Node> m_nodes;
    int m_leaves = 0;
    std::vector<qint64> m_draining;
    qint64 m_drainingOutside = 0;
    std::vector<float> m_ownZ;
    std::vector<size_t> m_ownStart;
};

} // namespace urbis
