#pragma once

#include "catalogquery.h"

#include <QVariantList>

namespace urbis {

/**
 * Turns a CatalogQuery into SQL over the narrow `dataset_facts` table, driven by whichever index
 * narrows best (FTS5 for text, the R*Tree for a box alone, a plain scan otherwise). User text
 * never enters the SQL text: it is bound, and plain words are quoted before they reach FTS5.
 */
class SearchSql
{
public:
    explicit SearchSql(const CatalogQuery &query);

    /** Every match as (pk, city, domain, format, license, year, sort key); binds are binds(). */
    QString candidateSql() const { return m_sql; }
    QVariantList binds() const { return m_binds; }
    /** The FTS5 expression of the query text; empty when there is no text. */
    QString fts() const { return m_fts; }
    /** The same expression restricted to titles, for ranking title hits first. */
    QString titleFts() const;

    /**
     * Plain words become `"word"*` terms (prefix match, implicit AND); text that already uses
     * FTS5 syntax (quotes, *, parentheses, column filters, AND/OR/NOT/NEAR) is passed through.
     */
    static QString ftsExpression(const QString &text);

private:
    QString m_fts;
    QString m_sql;
    QVariantList m_binds;
};

} // namespace urbis
