#include "rtreebulkload.h"

#include "../util/database.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace urbis {

namespace {

// The on-disk layout is SQLite's (ext/rtree/rtree.c): a node is a blob of a fixed size, a 4-byte
// header (big-endian u16 depth, meaningful only in the root, then big-endian u16 cell count) and cells
// of an 8-byte big-endian rowid (leaves) or child node number, then minX, maxX, minY, maxY as
// big-endian float32. The root is always node 1.
constexpr int kHeaderBytes = 4;
constexpr int kCellBytes = 8 + 4 * 4;
// SQLite refuses deeper trees as corrupt (RTREE_MAX_DEPTH).
constexpr int kMaxDepth = 40;

/** One cell as stored: a rowid or a child index within the level below, and the float box. */
struct Cell
{
    qint64 id;
    float minX, maxX, minY, maxY;
};

// The rounding SQLite applies on insert (rtreeValueDown/Up): the stored float box must contain the
// double box, or a query for the exact coordinates would miss the row. nextafter is the tightest
// such float; SQLite's own multiply-by-(1±2^-23) lands on the same or a neighbouring value, and both
// contain the double.
float roundDown(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) > d)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

float roundUp(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) < d)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

void putU16(char *p, int v)
{
    p[0] = char((v >> 8) & 0xff);
    p[1] = char(v & 0xff);
}

void putU32(char *p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = char((v >> (24 - 8 * i)) & 0xff);
}

void putI64(char *p, qint64 v)
{
    const auto u = static_cast<std::uint64_t>(v);
    for (int i = 0; i < 8; ++i)
        p[i] = char((u >> (56 - 8 * i)) & 0xff);
}

/** One level of the tree: its cells in node order, and each node as a range of them. */
struct Level
{
    std::vector<Cell> cells;
    std::vector<std::pair<std::size_t, std::size_t>> nodes; ///< first cell, cell count
};

/**
 * Sort-Tile-Recursive packing of one level: sort by x centre, cut into vertical slices of S nodes'
 * worth of cells (S = ceil(sqrt(node count))), sort each slice by y centre and cut it into nodes
 * of `maxCells`. Every node but the last of each slice is full, which keeps the tree shallow and
 * the boxes square-ish.
 */
void pack(Level &level, std::size_t maxCells)
{
    std::vector<Cell> &c = level.cells;
    const std::size_t n = c.size();
    const std::size_t nodeCount = (n + maxCells - 1) / maxCells;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodeCount))));
    const std::size_t sliceCells = slices * maxCells;
    // Sums instead of centres: same order, no division.
    std::sort(c.begin(), c.end(), [](const Cell &a, const Cell &b) { return a.minX + a.maxX < b.minX + b.maxX; });
    for (std::size_t s = 0; s < n; s += sliceCells) {
        const std::size_t end = std::min(n, s + sliceCells);
        std::sort(c.begin() + std::ptrdiff_t(s), c.begin() + std::ptrdiff_t(end),
                  [](const Cell &a, const Cell &b) { return a.minY + a.maxY < b.minY + b.maxY; });
        for (std::size_t first = s; first < end; first += maxCells)
            level.nodes.emplace_back(first, std::min(maxCells, end - first));
    }
}

/** The cells of the level above: one per node, its box the union of the node's cells. */
std::vector<Cell> parentsOf(const Level &level)
{
    std::vector<Cell> up;
    up.reserve(level.nodes.size());
    for (std::size_t i = 0; i < level.nodes.size(); ++i) {
        const auto [first, count] = level.nodes[i];
        Cell box = level.cells[first];
        for (std::size_t k = first + 1; k < first + count; ++k) {
            const Cell &x = level.cells[k];
            box.minX = std::min(box.minX, x.minX);
            box.maxX = std::max(box.maxX, x.maxX);
            box.minY = std::min(box.minY, x.minY);
            box.maxY = std::max(box.maxY, x.maxY);
        }
        box.id = qint64(i);
        up.push_back(box);
    }
    return up;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("urbis::RTreeBulkLoad", text);
}

} // namespace

Result<void> RTreeBulkLoad::load(Database &db, const QString &rtreeName, std::vector<Entry> entries)
{
    const QString nodeTable = quoted(rtreeName + QStringLiteral("_node"));
    const QString rowidTable = quoted(rtreeName + QStringLiteral("_rowid"));
    const QString parentTable = quoted(rtreeName + QStringLiteral("_parent"));

    // The node size is fixed when the tree is created (from the page size) and SQLite reads it back
    // from the root's length; every node must have that length.
    QByteArray rootBlob;
    {
        Result<Statement> root = db.prepare(QStringLiteral("SELECT data FROM %1 WHERE nodeno = 1").arg(nodeTable));
        if (!root)
            return root.error();
        Result<bool> hasRoot = root->step();
        if (!hasRoot)
            return hasRoot.error();
        if (!*hasRoot)
            return Error(Error::Code::InvalidArgument, tr("The R*Tree %1 has no root node").arg(rtreeName));
        rootBlob = root->blob(0);
    } // finalized before the table it reads is written
    const int nodeSize = int(rootBlob.size());
    if (nodeSize < kHeaderBytes + 2 * kCellBytes)
        return Error(Error::Code::InvalidArgument, tr("The R*Tree %1 has a root node of %2 bytes").arg(rtreeName).arg(nodeSize));
    if (rootBlob.at(0) != 0 || rootBlob.at(1) != 0 || rootBlob.at(2) != 0 || rootBlob.at(3) != 0)
        return Error(Error::Code::InvalidArgument, tr("The R*Tree %1 is not empty").arg(rtreeName));
    for (const QString &table : {rowidTable, parentTable}) {
        Result<QVariant> rows = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows)
            return rows.error();
        if (rows->toLongLong() != 0)
            return Error(Error::Code::InvalidArgument, tr("The R*Tree %1 is not empty").arg(rtreeName));
    }
    if (entries.empty())
        return {}; // the empty root is already the right tree

    const auto maxCells = static_cast<std::size_t>((nodeSize - kHeaderBytes) / kCellBytes);

    // Levels bottom up; the top one has a single node, the root.
    std::vector<Level> levels(1);
    levels[0].cells.reserve(entries.size());
    for (const Entry &e : entries)
        levels[0].cells.push_back({e.id, roundDown(e.minX), roundUp(e.maxX), roundDown(e.minY), roundUp(e.maxY)});
    // The floats are all that is needed from here. The peak is this moment, 64 bytes an entry (GDAL's
    // page cache is already gone when GpkgWriter calls this); afterwards 24 + 16 (leafOf).
    std::vector<Entry>().swap(entries);
    pack(levels[0], maxCells);
    while (levels.back().nodes.size() > 1) {
        Level up;
        up.cells = parentsOf(levels.back());
        pack(up, maxCells);
        levels.push_back(std::move(up));
    }
    const int depth = int(levels.size()) - 1;
    if (depth > kMaxDepth)
        return Error(Error::Code::InvalidArgument, tr("Too many entries for the R*Tree %1").arg(rtreeName));

    // Node numbers: the root is 1, then each level below in order.
    std::vector<qint64> firstNodeNo(levels.size());
    firstNodeNo[std::size_t(depth)] = 1;
    for (int l = depth - 1; l >= 0; --l)
        firstNodeNo[std::size_t(l)] = firstNodeNo[std::size_t(l + 1)] + qint64(levels[std::size_t(l + 1)].nodes.size());

    Result<Statement> putNode = db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(nodeno, data) VALUES(?, ?)").arg(nodeTable));
    if (!putNode)
        return putNode.error();
    Result<Statement> putRowid = db.prepare(QStringLiteral("INSERT INTO %1(rowid, nodeno) VALUES(?, ?)").arg(rowidTable));
    if (!putRowid)
        return putRowid.error();
    Result<Statement> putParent = db.prepare(QStringLiteral("INSERT INTO %1(nodeno, parentnode) VALUES(?, ?)").arg(parentTable));
    if (!putParent)
        return putParent.error();

    // The leaf of each rowid, written last in rowid order: in the tree's (spatial) order the inserts
    // land all over the _rowid B-tree and spill SQLite's page cache (7 s instead of 1 s for 1M rows).
    std::vector<std::pair<qint64, qint64>> leafOf;
    leafOf.reserve(levels[0].cells.size());
    QByteArray blob(nodeSize, '\0');
    for (int l = depth; l >= 0; --l) {
        const Level &level = levels[std::size_t(l)];
        for (std::size_t i = 0; i < level.nodes.size(); ++i) {
            const qint64 nodeNo = firstNodeNo[std::size_t(l)] + qint64(i);
            const auto [first, count] = level.nodes[i];
            blob.fill('\0');
            char *p = blob.data();
            putU16(p, l == depth ? depth : 0);
            putU16(p + 2, int(count));
            p += kHeaderBytes;
            for (std::size_t k = first; k < first + count; ++k, p += kCellBytes) {
                const Cell &c = level.cells[k];
                const qint64 target = l == 0 ? c.id : firstNodeNo[std::size_t(l - 1)] + c.id;
                putI64(p, target);
                putU32(p + 8, std::bit_cast<std::uint32_t>(c.minX));
                putU32(p + 12, std::bit_cast<std::uint32_t>(c.maxX));
                putU32(p + 16, std::bit_cast<std::uint32_t>(c.minY));
                putU32(p + 20, std::bit_cast<std::uint32_t>(c.maxY));
                if (l == 0) {
                    leafOf.emplace_back(target, nodeNo);
                } else if (Result<void> done = putParent->bind(1, target).bind(2, nodeNo).exec(); !done) {
                    return done.error();
                }
            }
            if (Result<void> done = putNode->bind(1, nodeNo).bind(2, blob).exec(); !done)
                return done.error();
        }
    }
    std::vector<Level>().swap(levels);
    std::sort(leafOf.begin(), leafOf.end());
    for (const auto &[rowid, nodeNo] : leafOf)
        if (Result<void> done = putRowid->bind(1, rowid).bind(2, nodeNo).exec(); !done)
            return done.error();
    return {};
}

} // namespace urbis
