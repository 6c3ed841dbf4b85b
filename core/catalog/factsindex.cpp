#include "factsindex.h"

#include <algorithm>

namespace urbis {

int FactsIndex::intern(const QString &s)
{
    auto it = m_ids.constFind(s);
    if (it != m_ids.cend())
        return it.value();
    m_values << s;
    m_ids.insert(s, int(m_values.size() - 1));
    return int(m_values.size() - 1);
}

namespace {
const char *const kColumns = "pk, latest, time_start, time_end, year, city, domain, format, license,"
                             " west, south, east, north, created, modified, title";
// Past this many changed rows one scan is cheaper than a lookup per row.
constexpr qsizetype kIncrementalLimit = 2000;
} // namespace

FactsIndex::Row FactsIndex::readRow(const Statement &st)
{
    Row r;
    r.pk = st.int64(0);
    r.latest = st.int64(1) != 0;
    r.hasTime = !st.isNull(2);
    r.timeStart = st.int64(2);
    r.timeEnd = st.isNull(3) ? r.timeStart : st.int64(3);
    r.year = st.isNull(4) ? 0 : int(st.int64(4));
    r.city = intern(st.text(5));
    r.domain = intern(st.text(6));
    r.format = intern(st.text(7));
    r.license = intern(st.text(8));
    r.hasBox = !st.isNull(9);
    r.west = st.real(9);
    r.south = st.real(10);
    r.east = st.real(11);
    r.north = st.real(12);
    r.created = st.int64(13);
    r.modified = st.int64(14);
    r.title = st.text(15);
    return r;
}

Result<void> FactsIndex::refresh(Database &db)
{
    // data_version changes when *another* connection commits; our own writes are marked by Catalog.
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    const bool external = version->toLongLong() != m_dataVersion;
    if (m_dirty || external || m_changed.size() > kIncrementalLimit) {
        if (Result<void> r = reloadAll(db); !r)
            return r;
    } else if (!m_changed.isEmpty()) {
        if (Result<void> r = reloadChanged(db); !r)
            return r;
    }
    m_dataVersion = version->toLongLong();
    return {};
}

Result<void> FactsIndex::reloadAll(Database &db)
{
    Result<Statement> st = db.prepare(QStringLiteral("SELECT %1 FROM dataset_facts ORDER BY pk").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    std::vector<Row> rows;
    rows.reserve(m_rows.size() + 64);
    if (Result<void> r = st->forEachRow([&](const Statement &s) { rows.push_back(readRow(s)); }); !r)
        return r;
    m_rows = std::move(rows);
    m_byPk.clear();
    m_byPk.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_byPk.insert(m_rows[i].pk, qsizetype(i));
    m_dirty = false;
    m_changed.clear();
    return {};
}

Result<void> FactsIndex::reloadChanged(Database &db)
{
    Result<StatementRef> st = db.cached(QStringLiteral("SELECT %1 FROM dataset_facts WHERE pk = ?").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    for (qint64 pk : std::as_const(m_changed)) {
        (*st)->reset();
        (*st)->bind(1, pk);
        Result<bool> row = (*st)->step();
        if (!row)
            return row.error();
        const qsizetype at = indexOf(pk);
        if (!*row) {
            if (at >= 0) { // gone (a rolled-back insert or a delete): rebuild rather than shift indexes
                m_changed.clear();
                return reloadAll(db);
            }
            continue;
        }
        if (at >= 0) {
            m_rows[size_t(at)] = readRow(**st);
        } else {
            m_rows.push_back(readRow(**st));
            m_byPk.insert(pk, qsizetype(m_rows.size() - 1));
        }
    }
    m_changed.clear();
    return {};
}

std::vector<int> FactsIndex::ids(const QStringList &values) const
{
    std::vector<int> out;
    for (const QString &v : values)
        out.push_back(m_ids.value(v, -1));
    return out;
}

FactsIndex::Filter FactsIndex::filter(const CatalogQuery &q) const
{
    Filter f;
    f.latestOnly = !q.includeSuperseded;
    f.timed = q.from.isValid() || q.to.isValid();
    if (q.from.isValid())
        f.from = q.from.toMSecsSinceEpoch();
    if (q.to.isValid())
        f.to = q.to.toMSecsSinceEpoch();
    f.box = q.bbox;
    f.years = q.years;
    f.cities = ids(q.cities);
    f.domains = ids(q.domains);
    f.formats = ids(q.formats);
    f.licenses = ids(q.licenses);
    return f;
}

namespace {
bool inFacet(int id, const std::vector<int> &wanted)
{
    return wanted.empty() || std::find(wanted.cbegin(), wanted.cend(), id) != wanted.cend();
}
} // namespace

bool FactsIndex::accepts(const Row &r, const Filter &f) const
{
    if (f.latestOnly && !r.latest)
        return false;
    if (f.timed && (!r.hasTime || r.timeEnd < f.from || r.timeStart > f.to))
        return false;
    if (f.box.isValid() && (!r.hasBox || !f.box.intersects(Extent(r.west, r.south, r.east, r.north))))
        return false;
    if (!f.years.isEmpty() && !f.years.contains(r.year))
        return false;
    return inFacet(r.city, f.cities) && inFacet(r.domain, f.domains) && inFacet(r.format, f.formats)
           && inFacet(r.license, f.licenses);
}

} // namespace urbis
