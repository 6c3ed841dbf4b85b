#pragma once

#include "../util/result.h"
#include "sqliterecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace urbis {

/**
 * One rowid table of an SQLite file, read straight from its b-tree pages as the file format
 * (https://www.sqlite.org/fileformat2.html) lays them out. Scanning millions of rows this way costs
 * a fraction of stepping SQLite's virtual machine, which is most of a KPI scan's time.
 *
 * Only for files that never change while read (content-addressed blobs). Whatever it does not
 * expect (a WAL with content, UTF-16 text, WITHOUT ROWID or generated columns, a page that does
 * not parse) gives Unsupported, so the caller can ask SQLite itself, which then also reports
 * damage in its own words.
 */
class SqliteTableFile
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SqliteTableFile)
public:
    struct Column
    {
        QString name;
        bool defaultIsNull = true; ///< what a row written before an ALTER TABLE ADD COLUMN holds
        bool rowid = false;        ///< the INTEGER PRIMARY KEY: the rowid, a NULL in the record
        bool realAffinity = false; ///< SQLite stores whole numbers here as integers and reads them back as reals
    };

    static Result<std::unique_ptr<SqliteTableFile>> open(const QString &path, const QString &table);

    const std::vector<Column> &columns() const { return m_columns; }
    /** Position of `name` in the table's records, -1 when it has no such column. */
    int columnIndex(const QString &name) const;
    /** The table's leaf pages in rowid order. */
    const std::vector<uint32_t> &leaves() const { return m_leaves; }

    /**
     * Calls row(payload, size) for every row of one leaf page, in order, until it returns false.
     * A row that spills onto overflow pages is put together in `scratch`. False when the page does
     * not parse.
     */
    template <class RowFn>
    bool forEachRow(uint32_t leaf, std::string &scratch, RowFn &&row) const;

private:
    SqliteTableFile() = default;
    Result<void> readHeader(const QString &path);
    Result<void> readSchema(const QString &path, const QString &table);
    Result<void> collectLeaves();
    const unsigned char *page(uint32_t n) const { return m_base + size_t(n - 1) * m_pageSize; }
    static uint32_t be16(const unsigned char *p) { return uint32_t(p[0]) << 8 | p[1]; }
    static uint32_t be32(const unsigned char *p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
    bool overflow(const unsigned char *local, uint32_t localSize, uint64_t payloadSize, std::string &scratch) const;

    QFile m_file;
    const unsigned char *m_base = nullptr;
    uint32_t m_pageSize = 0;
    uint32_t m_usable = 0; ///< page size less the reserved bytes at the end of every page
    uint32_t m_pageCount = 0;
    uint32_t m_root = 0;
    std::vector<Column> m_columns;
    std::vector<uint32_t> m_leaves;
};

template <class RowFn>
bool SqliteTableFile::forEachRow(uint32_t leaf, std::string &scratch, RowFn &&row) const
{
    if (leaf < 1 || leaf > m_pageCount)
        return false;
    const unsigned char *p = page(leaf);
    const uint32_t hdr = leaf == 1 ? 100 : 0;
    if (p[hdr] != 0x0D)
        return false;
    const uint32_t cells = be16(p + hdr + 3);
    const uint32_t pointers = hdr + 8;
    if (pointers + 2 * cells > m_usable)
        return false;
    // The largest payload kept whole on a leaf page, and the local share of a larger one.
    const uint32_t maxLocal = m_usable - 35;
    const uint32_t minLocal = (m_usable - 12) * 32 / 255 - 23;
    for (uint32_t i = 0; i < cells; ++i) {
        uint32_t pos = be16(p + pointers + 2 * i);
        if (pos < pointers + 2 * cells || pos >= m_usable)
            return false;
        uint64_t size = 0, rowid = 0;
        if (!SqliteRecord::varint(p, m_usable, pos, size) || !SqliteRecord::varint(p, m_usable, pos, rowid))
            return false;
        if (size <= maxLocal) {
            if (pos + size > m_usable)
                return false;
            if (!row(p + pos, uint32_t(size)))
                return true;
            continue;
        }
        const uint64_t k = minLocal + (size - minLocal) % (m_usable - 4);
        const auto local = uint32_t(k <= maxLocal ? k : minLocal);
        if (pos + local + 4 > m_usable || !overflow(p + pos, local, size, scratch))
            return false;
        if (!row(reinterpret_cast<const unsigned char *>(scratch.data()), uint32_t(scratch.size())))
            return true;
    }
    return true;
}

} // namespace urbis
