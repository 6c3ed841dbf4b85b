// Catalog::search lives apart from the CRUD code in catalog.cpp to keep both files small.
//
// Candidates come from the index that narrows best (FTS5 for text, the R*Tree for a box alone, all
// rows otherwise); the other filters, facet counts, sorting and paging run over the in-memory
// FactsIndex; only the page's full records are read from the table.
#include "catalog.h"
#include "factsindex.h"
#include "ftsexpression.h"
#include "recordcolumns.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace urbis {

namespace {

struct Match
{
    const FactsIndex::Row *row;
    bool titleHit = false;
};

Result<std::vector<qint64>> pks(Database &db, const QString &sql, const QVariantList &binds)
{
    Result<Statement> st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));
    std::vector<qint64> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out.push_back(r.int64(0));
        });
        !e)
        return e.error();
    return out;
}

Result<std::vector<qint64>> ftsHits(Database &db, const QString &expression, const QString &userText)
{
    Result<std::vector<qint64>> r =
        pks(db, QStringLiteral("SELECT rowid FROM datasets_fts WHERE datasets_fts MATCH ?"), {expression});
    if (!r && (r.error().detail.contains(QLatin1String("fts5")) || r.error().detail.contains(QLatin1String("syntax"))
               || r.error().detail.contains(QLatin1String("no such column"))
               || r.error().detail.contains(QLatin1String("unterminated"))))
        return Error(Error::Code::InvalidArgument, Catalog::tr("The search text \"%1\" is not a valid query").arg(userText),
                     r.error().detail);
    return r;
}

Result<std::vector<qint64>> boxHits(Database &db, const Extent &b)
{
    const QString box = QStringLiteral("(minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
    if (b.crossesAntimeridian())
        return pks(db, QStringLiteral("SELECT id FROM datasets_rtree WHERE %1 OR %1").arg(box),
                   {180.0, b.west, b.north, b.south, b.east, -180.0, b.north, b.south});
    return pks(db, QStringLiteral("SELECT id FROM datasets_rtree WHERE %1").arg(box), {b.east, b.west, b.north, b.south});
}

QList<FacetCount> sorted(const std::vector<int> &counts, const FactsIndex &index)
{
    QList<FacetCount> out;
    for (size_t id = 0; id < counts.size(); ++id)
        if (counts[id] > 0 && !index.value(int(id)).isEmpty())
            out << FacetCount{index.value(int(id)), counts[id]};
    std::sort(out.begin(), out.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return out;
}

void sortMatches(std::vector<Match> &m, const CatalogQuery &q)
{
    const bool desc = q.descending;
    auto byKey = [desc](qint64 a, qint64 b, qint64 pa, qint64 pb) { return a != b ? (desc ? a > b : a < b) : pa < pb; };
    switch (q.sort) {
    case CatalogQuery::Sort::Title: {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(m.begin(), m.end(), [&](const Match &a, const Match &b) {
            const int c = collator.compare(a.row->title, b.row->title);
            return c != 0 ? (desc ? c > 0 : c < 0) : a.row->pk < b.row->pk;
        });
        return;
    }
    case CatalogQuery::Sort::Relevance:
        // Title hits first, then the most recently changed; `descending` flips the whole order.
        std::stable_sort(m.begin(), m.end(), [&](const Match &a, const Match &b) {
            if (a.titleHit != b.titleHit)
                return desc ? b.titleHit : a.titleHit;
            return byKey(b.row->modified, a.row->modified, a.row->pk, b.row->pk);
        });
        return;
    case CatalogQuery::Sort::Modified:
        std::stable_sort(m.begin(), m.end(), [&](const Match &a, const Match &b) {
            return byKey(a.row->modified, b.row->modified, a.row->pk, b.row->pk);
        });
        return;
    case CatalogQuery::Sort::Created:
        std::stable_sort(m.begin(), m.end(), [&](const Match &a, const Match &b) {
            return byKey(a.row->created, b.row->created, a.row->pk, b.row->pk);
        });
        return;
    case CatalogQuery::Sort::TimeStart:
        // Undated datasets go last either way.
        std::stable_sort(m.begin(), m.end(), [&](const Match &a, const Match &b) {
            if (a.row->hasTime != b.row->hasTime)
                return a.row->hasTime;
            return byKey(a.row->timeStart, b.row->timeStart, a.row->pk, b.row->pk);
        });
        return;
    }
}

} // namespace

Result<SearchResult> Catalog::search(const CatalogQuery &q)
{
    if (Result<void> r = m_facts->refresh(m_db); !r)
        return r.error();
    const FactsIndex &index = *m_facts;
    const FactsIndex::Filter filter = index.filter(q);
    const QString fts = fts::expression(q.text);

    std::vector<Match> matches;
    auto consider = [&](qint64 pk) {
        const qsizetype i = index.indexOf(pk);
        if (i >= 0 && index.accepts(index.rows()[size_t(i)], filter))
            matches.push_back(Match{&index.rows()[size_t(i)]});
    };
    if (!fts.isEmpty()) {
        Result<std::vector<qint64>> hits = ftsHits(m_db, fts, q.text);
        if (!hits)
            return hits.error();
        for (qint64 pk : *hits)
            consider(pk);
    } else if (q.bbox.isValid()) {
        Result<std::vector<qint64>> hits = boxHits(m_db, q.bbox);
        if (!hits)
            return hits.error();
        for (qint64 pk : *hits)
            consider(pk);
    } else {
        for (const FactsIndex::Row &r : index.rows())
            if (index.accepts(r, filter))
                matches.push_back(Match{&r});
    }

    SearchResult result;
    result.total = qint64(matches.size());
    if (q.withFacets) {
        std::vector<int> city, domain, format, license; // counts by interned id
        QHash<int, int> years;
        auto bump = [](std::vector<int> &v, int id) {
            if (size_t(id) >= v.size())
                v.resize(size_t(id) + 1);
            ++v[size_t(id)];
        };
        for (const Match &m : matches) {
            bump(city, m.row->city);
            bump(domain, m.row->domain);
            bump(format, m.row->format);
            bump(license, m.row->license);
            if (m.row->year)
                ++years[m.row->year];
        }
        result.facets.insert(QStringLiteral("city"), sorted(city, index));
        result.facets.insert(QStringLiteral("domain"), sorted(domain, index));
        result.facets.insert(QStringLiteral("format"), sorted(format, index));
        result.facets.insert(QStringLiteral("license"), sorted(license, index));
        QList<FacetCount> y;
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            y << FacetCount{QString::number(it.key()), it.value()};
        std::sort(y.begin(), y.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        result.facets.insert(QStringLiteral("year"), y);
    }
    if (q.sort == CatalogQuery::Sort::Relevance && !fts.isEmpty() && !matches.empty()) {
        // Ranking is a nicety: if the title query fails the order falls back to "recently changed".
        if (Result<std::vector<qint64>> hits = pks(m_db, QStringLiteral("SELECT rowid FROM datasets_fts WHERE datasets_fts MATCH ?"),
                                                  {fts::titleExpression(fts)});
            hits) {
            const QSet<qint64> inTitle(hits->cbegin(), hits->cend());
            for (Match &m : matches)
                m.titleHit = inTitle.contains(m.row->pk);
        }
    }
    sortMatches(matches, q);

    const size_t first = std::min(size_t(std::max(0, q.offset)), matches.size());
    const size_t last = q.limit > 0 ? std::min(matches.size(), first + size_t(q.limit)) : matches.size();
    static const QString pageSql = QStringLiteral("SELECT %1 FROM datasets d WHERE d.pk = ?").arg(recordcolumns::selectList());
    Result<StatementRef> page = m_db.cached(pageSql);
    if (!page)
        return page.error();
    result.records.reserve(qsizetype(last - first));
    for (size_t i = first; i < last; ++i) {
        (*page)->reset();
        (*page)->bind(1, matches[i].row->pk);
        Result<bool> row = (*page)->step();
        if (!row)
            return row.error();
        if (*row)
            result.records << recordcolumns::read(**page);
    }
    return result;
}

} // namespace urbis
