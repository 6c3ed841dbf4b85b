#include "sqlitetablefile.h"

#include "blobconnection.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace urbis {

namespace {

constexpr uint64_t kSqliteMaxLength = 1'000'000'000; // SQLITE_MAX_LENGTH's default: no row is longer

Error unsupported(const QString &why)
{
    return Error(Error::Code::Unsupported, why);
}

} // namespace

Result<std::unique_ptr<SqliteTableFile>> SqliteTableFile::open(const QString &path, const QString &table)
{
    std::unique_ptr<SqliteTableFile> f(new SqliteTableFile);
    if (Result<void> r = f->readHeader(path); !r)
        return r.error();
    if (Result<void> r = f->readSchema(path, table); !r)
        return r.error();
    if (Result<void> r = f->collectLeaves(); !r)
        return r.error();
    return f;
}

int SqliteTableFile::columnIndex(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name)
            return int(i);
    return -1;
}

Result<void> SqliteTableFile::readHeader(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot open the data of a dataset: %1").arg(path), m_file.errorString());
    const qint64 size = m_file.size();
    if (size < 512)
        return unsupported(QStringLiteral("too small for an SQLite file"));
    m_base = m_file.map(0, size);
    if (!m_base)
        return unsupported(QStringLiteral("cannot map the file: ") + m_file.errorString());
    if (std::memcmp(m_base, "SQLite format 3", 16) != 0)
        return unsupported(QStringLiteral("not an SQLite file"));
    m_pageSize = be16(m_base + 16);
    if (m_pageSize == 1)
        m_pageSize = 65536;
    if (m_pageSize < 512 || (m_pageSize & (m_pageSize - 1)) != 0)
        return unsupported(QStringLiteral("page size %1").arg(m_pageSize));
    m_usable = m_pageSize - m_base[20];
    if (m_usable < 480)
        return unsupported(QStringLiteral("usable page size %1").arg(m_usable));
    if (m_base[19] > 2)
        return unsupported(QStringLiteral("file format read version %1").arg(m_base[19]));
    // In WAL mode the newest pages may sit in the -wal file rather than here.
    if ((m_base[18] == 2 || m_base[19] == 2) && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return unsupported(QStringLiteral("the write-ahead log holds pages"));
    if (be32(m_base + 56) != SQLITE_UTF8)
        return unsupported(QStringLiteral("text is not UTF-8"));
    m_pageCount = uint32_t(std::min<qint64>(size / m_pageSize, UINT32_MAX));
    return {};
}

Result<void> SqliteTableFile::readSchema(const QString &path, const QString &table)
{
    BlobConnection c;
    if (Result<void> r = c.open(path); !r)
        return r.error();
    const QByteArray name = table.toUtf8();
    sqlite3_stmt *st = nullptr;
    const char *sql = "SELECT s.rootpage, l.wr FROM sqlite_schema s JOIN pragma_table_list l ON l.name = s.name AND l.schema = 'main'"
                      " WHERE s.type = 'table' AND s.name = ?";
    if (sqlite3_prepare_v2(c.db, sql, -1, &st, nullptr) != SQLITE_OK)
        return unsupported(QString::fromUtf8(sqlite3_errmsg(c.db)));
    sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    bool withoutRowid = true;
    if (sqlite3_step(st) == SQLITE_ROW) {
        m_root = uint32_t(sqlite3_column_int64(st, 0));
        withoutRowid = sqlite3_column_int(st, 1) != 0;
    }
    sqlite3_finalize(st);
    if (m_root < 1 || m_root > m_pageCount || withoutRowid)
        return unsupported(QStringLiteral("no rowid table %1").arg(table));
    // Affinity by SQLite's rules (datatype3.html 3.1): INT first, then text and blob, then REAL.
    if (sqlite3_prepare_v2(c.db, "SELECT name, dflt_value IS NULL, hidden, upper(type) = 'INTEGER' AND pk = 1,"
                                  " (SELECT count(*) FROM pragma_table_xinfo(?1) WHERE pk > 0),"
                                  " instr(upper(type), 'INT') = 0 AND instr(upper(type), 'CHAR') = 0 AND instr(upper(type), 'CLOB') = 0"
                                  " AND instr(upper(type), 'TEXT') = 0 AND instr(upper(type), 'BLOB') = 0"
                                  " AND (instr(upper(type), 'REAL') > 0 OR instr(upper(type), 'FLOA') > 0 OR instr(upper(type), 'DOUB') > 0)"
                                  " FROM pragma_table_xinfo(?1) ORDER BY cid", -1, &st, nullptr)
        != SQLITE_OK)
        return unsupported(QString::fromUtf8(sqlite3_errmsg(c.db)));
    sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    bool hidden = false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        m_columns.push_back({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), sqlite3_column_int(st, 1) != 0,
                             sqlite3_column_int(st, 3) != 0 && sqlite3_column_int(st, 4) == 1, sqlite3_column_int(st, 5) != 0});
        hidden = hidden || sqlite3_column_int(st, 2) != 0;
    }
    sqlite3_finalize(st);
    // Generated columns are computed, not stored, so records would not line up with the columns.
    if (hidden || m_columns.empty())
        return unsupported(QStringLiteral("hidden or generated columns"));
    return {};
}

Result<void> SqliteTableFile::collectLeaves()
{
    // Depth first, children left to right, so the leaves come out in rowid order.
    std::vector<uint32_t> stack{m_root};
    std::vector<bool> seen(size_t(m_pageCount) + 1);
    while (!stack.empty()) {
        const uint32_t n = stack.back();
        stack.pop_back();
        // A page listed twice would count its rows twice (or loop): not a sound b-tree.
        if (n < 1 || n > m_pageCount || seen[n])
            return unsupported(QStringLiteral("page %1 is out of place").arg(n));
        seen[n] = true;
        const unsigned char *p = page(n);
        const uint32_t hdr = n == 1 ? 100 : 0;
        if (p[hdr] == 0x0D) {
            m_leaves.push_back(n);
            continue;
        }
        if (p[hdr] != 0x05)
            return unsupported(QStringLiteral("page %1 is not a table page").arg(n));
        const uint32_t cells = be16(p + hdr + 3);
        const uint32_t pointers = hdr + 12;
        if (pointers + 2 * cells > m_usable)
            return unsupported(QStringLiteral("page %1 has too many cells").arg(n));
        stack.push_back(be32(p + hdr + 8)); // the right-most child comes last
        for (uint32_t i = cells; i-- > 0;) {
            const uint32_t cell = be16(p + pointers + 2 * i);
            if (cell < pointers + 2 * cells || cell + 4 > m_usable)
                return unsupported(QStringLiteral("page %1 has a cell out of place").arg(n));
            stack.push_back(be32(p + cell));
        }
    }
    return {};
}

bool SqliteTableFile::overflow(const unsigned char *local, uint32_t localSize, uint64_t payloadSize, std::string &scratch) const
{
    // A payload larger than the file, or than SQLite's own limit, cannot be real; refusing it also
    // bounds the allocation and the time a damaged chain can cost.
    if (payloadSize > std::min<uint64_t>(uint64_t(m_pageCount) * m_usable, kSqliteMaxLength))
        return false;
    scratch.assign(reinterpret_cast<const char *>(local), localSize);
    uint32_t next = be32(local + localSize);
    uint64_t remaining = payloadSize - localSize;
    uint32_t hops = 0;
    while (remaining > 0) {
        if (next < 1 || next > m_pageCount || ++hops > m_pageCount)
            return false;
        const unsigned char *p = page(next);
        const auto take = uint32_t(std::min<uint64_t>(remaining, m_usable - 4));
        scratch.append(reinterpret_cast<const char *>(p + 4), take);
        remaining -= take;
        next = be32(p);
    }
    return true;
}

} // namespace urbis
