// Catalog::search lives apart from the CRUD code in catalog.cpp to keep both files small.
//
// One pass over the narrow dataset_facts rows collects every match with its facet values and sort
// key; facets are counted and the page is cut in memory; only the page's full records are read.
#include "catalog.h"
#include "recordcolumns.h"
#include "searchsql.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace urbis {

namespace {

struct Match
{
    qint64 pk;
    QVariant key;
    bool titleHit = false;
};

QList<FacetCount> sorted(const QHash<QString, int> &counts)
{
    QList<FacetCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty())
            out << FacetCount{it.key(), it.value()};
    std::sort(out.begin(), out.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return out;
}

// A malformed FTS expression is the user's input, not a broken database: find out which it was
// by running the expression alone.
Error queryError(Database &db, const QString &fts, const QString &text, const Error &e)
{
    if (fts.isEmpty())
        return e;
    Result<Statement> probe = db.prepare(QStringLiteral("SELECT 1 FROM datasets_fts WHERE datasets_fts MATCH ? LIMIT 1"));
    if (!probe)
        return e;
    probe->bind(1, fts);
    if (Result<bool> r = probe->step(); r.ok())
        return e;
    else
        return Error(Error::Code::InvalidArgument, Catalog::tr("The search text \"%1\" is not a valid query").arg(text),
                     r.error().detail);
}

Result<QSet<qint64>> titleHits(Database &db, const QString &titleFts)
{
    QSet<qint64> hits;
    Result<Statement> st = db.prepare(QStringLiteral("SELECT rowid FROM datasets_fts WHERE datasets_fts MATCH ?"));
    if (!st)
        return st.error();
    st->bind(1, titleFts);
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        hits.insert(st->int64(0));
    }
    return hits;
}

void sortMatches(QList<Match> &matches, const CatalogQuery &q)
{
    const bool desc = q.descending;
    if (q.sort == CatalogQuery::Sort::Title) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(matches.begin(), matches.end(), [&](const Match &a, const Match &b) {
            const int c = collator.compare(a.key.toString(), b.key.toString());
            return c != 0 ? (desc ? c > 0 : c < 0) : a.pk < b.pk;
        });
        return;
    }
    if (q.sort == CatalogQuery::Sort::Relevance) {
        // Title hits first, then the most recently changed; `descending` flips the whole order.
        std::stable_sort(matches.begin(), matches.end(), [&](const Match &a, const Match &b) {
            if (a.titleHit != b.titleHit)
                return desc ? b.titleHit : a.titleHit;
            const qint64 ka = a.key.toLongLong(), kb = b.key.toLongLong();
            return ka != kb ? (desc ? ka < kb : ka > kb) : a.pk < b.pk;
        });
        return;
    }
    // Numeric keys; rows without a value (no temporal extent) go last either way.
    std::stable_sort(matches.begin(), matches.end(), [&](const Match &a, const Match &b) {
        if (a.key.isNull() != b.key.isNull())
            return b.key.isNull();
        const qint64 ka = a.key.toLongLong(), kb = b.key.toLongLong();
        return ka != kb ? (desc ? ka > kb : ka < kb) : a.pk < b.pk;
    });
}

} // namespace

Result<SearchResult> Catalog::search(const CatalogQuery &q)
{
    const SearchSql sql(q);
    Result<Statement> st = m_db.prepare(sql.candidateSql());
    if (!st)
        return queryError(m_db, sql.fts(), q.text, st.error());
    const QVariantList binds = sql.binds();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));

    QList<Match> matches;
    QHash<QString, int> city, domain, format, license, year;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return queryError(m_db, sql.fts(), q.text, row.error());
        if (!*row)
            break;
        matches.append(Match{st->int64(0), st->value(6)});
        if (q.withFacets) {
            ++city[st->text(1)];
            ++domain[st->text(2)];
            ++format[st->text(3)];
            ++license[st->text(4)];
            if (!st->isNull(5))
                ++year[QString::number(st->int64(5))];
        }
    }
    SearchResult result;
    result.total = matches.size();
    if (q.withFacets) {
        result.facets.insert(QStringLiteral("city"), sorted(city));
        result.facets.insert(QStringLiteral("domain"), sorted(domain));
        result.facets.insert(QStringLiteral("format"), sorted(format));
        result.facets.insert(QStringLiteral("license"), sorted(license));
        result.facets.insert(QStringLiteral("year"), sorted(year));
    }
    if (q.sort == CatalogQuery::Sort::Relevance && !sql.fts().isEmpty()) {
        Result<QSet<qint64>> hits = titleHits(m_db, sql.titleFts());
        if (hits) { // ranking is a nicety: without it the order falls back to "recently changed"
            for (Match &m : matches)
                m.titleHit = hits->contains(m.pk);
        }
    }
    sortMatches(matches, q);

    const qsizetype first = std::clamp<qsizetype>(q.offset, 0, matches.size());
    const qsizetype last = q.limit > 0 ? std::min<qsizetype>(matches.size(), first + q.limit) : matches.size();
    Result<StatementRef> page = m_db.cached(QStringLiteral("SELECT %1 FROM datasets d WHERE d.pk = ?").arg(recordcolumns::selectList()));
    if (!page)
        return page.error();
    result.records.reserve(last - first);
    for (qsizetype i = first; i < last; ++i) {
        (*page)->reset();
        (*page)->bind(1, matches.at(i).pk);
        Result<bool> row = (*page)->step();
        if (!row)
            return row.error();
        if (*row)
            result.records << recordcolumns::read(**page);
    }
    return result;
}

} // namespace urbis
