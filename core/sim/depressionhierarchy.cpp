#include "depressionhierarchy.h"

#include <algorithm>
#include <numeric>
#include <queue>

namespace urbis {

namespace {
constexpr int kUnlabelled = -1;

struct Queued
{
    float z;
    quint32 seq; // insertion order breaks ties, so equal elevations flood deterministically
    quint32 cell;
};
struct Higher
{
    bool operator()(const Queued &a, const Queued &b) const { return a.z != b.z ? a.z > b.z : a.seq > b.seq; }
};

int findRoot(std::vector<int> &up, int x)
{
    while (up[size_t(x)] != x) {
        up[size_t(x)] = up[size_t(up[size_t(x)])];
        x = up[size_t(x)];
    }
    return x;
}
} // namespace

DepressionHierarchy::DepressionHierarchy(const FloatGrid &elevation, const ByteGrid &walls, bool openBoundary)
    : m_width(elevation.width()), m_height(elevation.height()), m_label(size_t(elevation.size()), kUnlabelled)
{
    for (size_t i = 0; i < m_label.size(); ++i) {
        if (!walls.isEmpty() && walls.cells()[i])
            m_label[i] = kWall;
    }
    std::vector<quint32> seeds;
    if (openBoundary) {
        for (int r = 0; r < m_height; ++r) {
            for (int c = 0; c < m_width; ++c) {
                const size_t i = elevation.index(c, r);
                const bool edge = r == 0 || c == 0 || r == m_height - 1 || c == m_width - 1;
                if (edge && m_label[i] == kUnlabelled) {
                    m_label[i] = kOutside;
                    seeds.push_back(quint32(i));
                }
            }
        }
    }
    seedPits(elevation, seeds);
    std::vector<Edge> edges;
    const std::vector<quint32> order = flood(elevation, seeds, edges);
    join(edges);
    measure(elevation, order);
}

template <typename F> void DepressionHierarchy::forNeighbours(size_t cell, F &&f) const
{
    const int r = int(cell / size_t(m_width));
    const int c = int(cell % size_t(m_width));
    const size_t w = size_t(m_width);
    if (c > 0 && m_label[cell - 1] != kWall)
        f(cell - 1);
    if (c + 1 < m_width && m_label[cell + 1] != kWall)
        f(cell + 1);
    if (r > 0 && m_label[cell - w] != kWall)
        f(cell - w);
    if (r + 1 < m_height && m_label[cell + w] != kWall)
        f(cell + w);
}

void DepressionHierarchy::seedPits(const FloatGrid &elevation, std::vector<quint32> &seeds)
{
    // A pit is a flat (one or more connected cells of equal elevation) with no lower neighbour and no
    // neighbour on the open edge at its level. A whole flat is one pit, so a level plain is one
    // depression, not one per cell.
    const float *z = elevation.data();
    std::vector<std::uint8_t> seen(m_label.size(), 0);
    std::vector<size_t> flat;
    for (size_t start = 0; start < m_label.size(); ++start) {
        if (m_label[start] != kUnlabelled || seen[start])
            continue;
        flat.assign(1, start);
        seen[start] = 1;
        bool drains = false;
        for (size_t k = 0; k < flat.size(); ++k) {
            forNeighbours(flat[k], [&](size_t n) {
                if (z[n] < z[start] || (m_label[n] == kOutside && z[n] <= z[start]))
                    drains = true;
                else if (z[n] == z[start] && m_label[n] == kUnlabelled && !seen[n]) {
                    seen[n] = 1;
                    flat.push_back(n);
                }
            });
        }
        if (drains)
            continue;
        const int leaf = int(m_nodes.size());
        m_nodes.push_back(Node{});
        m_nodes.back().base = z[start];
        for (const size_t cell : flat) {
            m_label[cell] = leaf;
            seeds.push_back(quint32(cell));
        }
    }
    m_leaves = int(m_nodes.size());
}

std::vector<quint32> DepressionHierarchy::flood(const FloatGrid &elevation, const std::vector<quint32> &seeds,
                                                std::vector<Edge> &edges)
{
    const float *z = elevation.data();
    std::priority_queue<Queued, std::vector<Queued>, Higher> queue;
    quint32 seq = 0;
    for (const quint32 cell : seeds)
        queue.push({z[cell], seq++, cell});
    std::vector<quint32> order;
    order.reserve(m_label.size());
    while (!queue.empty()) {
        const size_t c = queue.top().cell;
        queue.pop();
        order.push_back(quint32(c));
        const int own = m_label[c];
        forNeighbours(c, [&](size_t n) {
            if (m_label[n] == kUnlabelled) {
                // Every lower cell is already labelled (it floods from its own pit first), so the
                // path from the pit to here never goes down: water here drains to this pit.
                m_label[n] = own;
                queue.push({z[n], seq++, quint32(n)});
            } else if (m_label[n] != own) {
                edges.push_back({std::max(double(z[c]), double(z[n])), own, m_label[n]});
            }
        });
    }
    return order;
}

void DepressionHierarchy::join(std::vector<Edge> &edges)
{
    const int outside = m_leaves; // the union-find's id for "off the grid"
    for (Edge &e : edges) {
        e.a = e.a == kOutside ? outside : e.a;
        e.b = e.b == kOutside ? outside : e.b;
        if (e.a > e.b)
            std::swap(e.a, e.b);
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return x.z != y.z ? x.z < y.z : (x.a != y.a ? x.a < y.a : x.b < y.b);
    });
    std::vector<int> up(size_t(m_leaves) + 1);
    std::iota(up.begin(), up.end(), 0);
    std::vector<int> top(up.begin(), up.end()); // union-find root -> hierarchy node
    for (const Edge &e : edges) {
        const int ra = findRoot(up, e.a), rb = findRoot(up, e.b);
        if (ra == rb)
            continue;
        const int outsideRoot = findRoot(up, outside);
        if (ra == outsideRoot || rb == outsideRoot) {
            const int inner = ra == outsideRoot ? rb : ra;
            Node &n = m_nodes[size_t(top[size_t(inner)])];
            n.outlet = e.z;
            n.toOutside = true;
            up[size_t(inner)] = outsideRoot;
            continue;
        }
        const int a = top[size_t(ra)], b = top[size_t(rb)];
        const int parent = int(m_nodes.size());
        Node p;
        p.children[0] = a;
        p.children[1] = b;
        p.base = e.z;
        m_nodes[size_t(a)].outlet = m_nodes[size_t(b)].outlet = e.z;
        m_nodes[size_t(a)].parent = m_nodes[size_t(b)].parent = parent;
        m_nodes[size_t(a)].across = e.b; // e.a lies in ra's set, e.b in rb's
        m_nodes[size_t(b)].across = e.a;
        m_nodes.push_back(p);
        up[size_t(rb)] = ra;
        top[size_t(ra)] = parent;
    }
}

void DepressionHierarchy::measure(const FloatGrid &elevation, const std::vector<quint32> &order)
{
    // Each cell belongs to the lowest node (from its pit upwards) whose outlet is above it. The
    // flood visits cells in rising elevation, so each pit's pointer only ever climbs.
    const float *z = elevation.data();
    std::vector<int> current(static_cast<size_t>(m_leaves));
    std::iota(current.begin(), current.end(), 0);
    std::vector<int> owner(order.size(), -1);
    std::vector<size_t> count(m_nodes.size() + 1, 0);
    m_draining.assign(size_t(m_leaves), 0);
    for (size_t k = 0; k < order.size(); ++k) {
        const int leaf = m_label[order[k]];
        if (leaf == kOutside) {
            ++m_drainingOutside;
            continue;
        }
        ++m_draining[size_t(leaf)];
        int node = current[size_t(leaf)];
        while (node >= 0 && m_nodes[size_t(node)].outlet <= z[order[k]])
            node = m_nodes[size_t(node)].parent;
        current[size_t(leaf)] = node;
        owner[k] = node;
        if (node >= 0) {
            ++count[size_t(node) + 1];
            ++m_nodes[size_t(node)].subCount;
            m_nodes[size_t(node)].subSum += z[order[k]];
        }
    }
    std::partial_sum(count.begin(), count.end(), count.begin());
    m_ownStart = count;
    m_ownZ.resize(count.back());
    for (size_t k = 0; k < order.size(); ++k) {
        if (owner[k] >= 0)
            m_ownZ[count[size_t(owner[k])]++] = z[order[k]];
    }
    // Children come before their parents in m_nodes, so one forward pass sums the subtrees.
    for (Node &n : m_nodes) {
        double childVolume = 0;
        for (const int child : n.children) {
            if (child < 0)
                continue;
            n.subCount += m_nodes[size_t(child)].subCount;
            n.subSum += m_nodes[size_t(child)].subSum;
            childVolume += fullVolume(child);
        }
        // Clamped: rounding in the sums must not give a depression a negative volume.
        n.capacity = n.outlet == kNoOutlet
                         ? kNoOutlet
                         : std::max(n.outlet * double(n.subCount) - n.subSum - childVolume, 0.0);
    }
}

double DepressionHierarchy::fullVolume(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return n.outlet == kNoOutlet ? kNoOutlet : n.outlet * double(n.subCount) - n.subSum;
}

} // namespace urbis
