#pragma once

#include "../util/result.h"

#include <QString>

#include <vector>

namespace urbis {

class Database;

/**
 * Fills an empty SQLite R*Tree (2 dimensions, no auxiliary columns, as a GeoPackage spatial index)
 * in one pass by writing its shadow tables `<name>_node`, `<name>_rowid` and `<name>_parent`
 * directly, packed with Sort-Tile-Recursive. SQLite's own inserts cost ~10 µs per row because each
 * one walks and splits the tree; this is a sort plus one sequential write.
 *
 * The caller owns the transaction, and the table must have no triggers writing to it meanwhile.
 * The tree SQLite reads back is the same as if every entry had been inserted: coordinates are
 * stored as float32 rounded outward, exactly as SQLite rounds them.
 */
class RTreeBulkLoad
{
public:
    struct Entry
    {
        qint64 id;
        double minX, maxX, minY, maxY;
    };

    /**
     * Loads `entries` into the R*Tree virtual table `rtreeName` of `db`. InvalidArgument when the
     * tree is not empty or its shadow tables are not what SQLite's R*Tree writes; Database errors pass
     * through. Consumes `entries` (it is sorted in place and freed).
     */
    static Result<void> load(Database &db, const QString &rtreeName, std::vector<Entry> entries);
};

} // namespace urbis
