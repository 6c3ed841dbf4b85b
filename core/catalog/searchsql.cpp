#include "searchsql.h"

#include <QRegularExpression>

namespace urbis {

namespace {
void addIn(QStringList &conds, QVariantList &binds, const QString &column, const QVariantList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QVariant &v : values) {
        marks << QStringLiteral("?");
        binds << v;
    }
    conds << QStringLiteral("%1 IN (%2)").arg(column, marks.join(u','));
}
QVariantList toVariants(const QStringList &l)
{
    QVariantList out;
    for (const QString &s : l)
        out << s;
    return out;
}
QString sortKey(CatalogQuery::Sort sort)
{
    switch (sort) {
    case CatalogQuery::Sort::Title: return QStringLiteral("s.title");
    case CatalogQuery::Sort::Created: return QStringLiteral("s.created");
    case CatalogQuery::Sort::TimeStart: return QStringLiteral("s.time_start");
    case CatalogQuery::Sort::Modified:
    case CatalogQuery::Sort::Relevance: break;
    }
    return QStringLiteral("s.modified");
}
} // namespace

QString SearchSql::ftsExpression(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression syntax(QStringLiteral(R"(["*():^]|\b(AND|OR|NOT|NEAR)\b)"));
    if (syntax.match(t).hasMatch())
        return t;
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    QStringList terms;
    for (const QString &word : t.split(separators, Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString SearchSql::titleFts() const
{
    return m_fts.isEmpty() ? QString() : QStringLiteral("title : (") + m_fts + QLatin1Char(')');
}

SearchSql::SearchSql(const CatalogQuery &q)
{
    QString source = QStringLiteral("dataset_facts s");
    QStringList conds;
    m_fts = ftsExpression(q.text);
    const Extent &b = q.bbox;
    if (!m_fts.isEmpty()) {
        source = QStringLiteral("datasets_fts f JOIN dataset_facts s ON s.pk = f.rowid");
        conds << QStringLiteral("datasets_fts MATCH ?");
        m_binds << m_fts;
    } else if (b.isValid()) {
        // The R*Tree narrows a box-only query; with text, FTS narrows and the box is checked per row.
        source = QStringLiteral("datasets_rtree r JOIN dataset_facts s ON s.pk = r.id");
        const QString box = QStringLiteral("(r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?)");
        if (b.crossesAntimeridian()) {
            conds << QStringLiteral("(%1 OR %1)").arg(box);
            m_binds << 180.0 << b.west << b.north << b.south << b.east << -180.0 << b.north << b.south;
        } else {
            conds << box;
            m_binds << b.east << b.west << b.north << b.south;
        }
    }
    if (!q.includeSuperseded)
        conds << QStringLiteral("s.latest = 1");
    if (b.isValid()) {
        // Exact test; stored boxes that cross the antimeridian (west > east) cover [west,180] and [-180,east].
        conds << QStringLiteral("s.south <= ? AND s.north >= ?");
        m_binds << b.north << b.south;
        if (b.crossesAntimeridian()) {
            conds << QStringLiteral("(s.west > s.east OR s.east >= ? OR s.west <= ?)");
            m_binds << b.west << b.east;
        } else {
            conds << QStringLiteral("(CASE WHEN s.west > s.east THEN (? >= s.west OR ? <= s.east)"
                                    " ELSE (s.west <= ? AND s.east >= ?) END)");
            m_binds << b.east << b.west << b.east << b.west;
        }
    }
    if (q.from.isValid()) {
        conds << QStringLiteral("s.time_end >= ?");
        m_binds << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        conds << QStringLiteral("s.time_start <= ?");
        m_binds << q.to.toMSecsSinceEpoch();
    }
    addIn(conds, m_binds, QStringLiteral("s.city"), toVariants(q.cities));
    addIn(conds, m_binds, QStringLiteral("s.domain"), toVariants(q.domains));
    addIn(conds, m_binds, QStringLiteral("s.format"), toVariants(q.formats));
    addIn(conds, m_binds, QStringLiteral("s.license"), toVariants(q.licenses));
    QVariantList years;
    for (int y : q.years)
        years << y;
    addIn(conds, m_binds, QStringLiteral("s.year"), years);
    m_sql = QStringLiteral("SELECT s.pk, s.city, s.domain, s.format, s.license, s.year, %1 FROM %2 WHERE %3")
                .arg(sortKey(q.sort), source, conds.isEmpty() ? QStringLiteral("1") : conds.join(QStringLiteral(" AND ")));
}

} // namespace urbis
