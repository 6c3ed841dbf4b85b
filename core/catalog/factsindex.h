#pragma once

#include "../util/database.h"
#include "catalogquery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <limits>
#include <vector>

namespace urbis {

/**
 * In-memory copy of the narrow `dataset_facts` table (what searches filter, count and sort on),
 * so a search walks a few thousand small structs instead of doing a B-tree lookup per FTS hit.
 *
 * Owned by one Catalog and used on its thread. It reloads itself when another connection has
 * committed (PRAGMA data_version) or after markDirty(); rows its own Catalog inserted or updated
 * (markChanged()) are re-read one by one, so editing one record of 100,000 does not reload them all.
 * 100,000 datasets take about 10 MB.
 */
class FactsIndex
{
public:
    struct Row
    {
        qint64 pk = 0;
        qint64 timeStart = 0, timeEnd = 0, created = 0, modified = 0;
        double west = 0, south = 0, east = 0, north = 0;
        int year = 0;
        int city = 0, domain = 0, format = 0, license = 0; ///< indexes into values()
        bool latest = true, hasTime = false, hasBox = false;
        QString title;
    };

    /** Reloads from the database when stale. */
    Result<void> refresh(Database &db);
    void markDirty() { m_dirty = true; }
    void markChanged(qint64 pk) { m_changed.insert(pk); }

    const std::vector<Row> &rows() const { return m_rows; }
    /** Row index of `pk`, or -1. */
    qsizetype indexOf(qint64 pk) const { return m_byPk.value(pk, -1); }
    /** Interned facet strings (city, domain, format, license share one table). */
    const QString &value(int id) const { return m_values.at(id); }

    /** A CatalogQuery's non-text filters, resolved once per search (times in ms, facets as ids). */
    struct Filter
    {
        bool latestOnly = true;
        qint64 from = std::numeric_limits<qint64>::min(), to = std::numeric_limits<qint64>::max();
        bool timed = false;
        Extent box;
        QList<int> years;
        std::vector<int> cities, domains, formats, licenses; ///< empty = any; {-1} = a value no row has
    };
    Filter filter(const CatalogQuery &q) const;
    bool accepts(const Row &r, const Filter &f) const;

private:
    int intern(const QString &s);
    Row readRow(const Statement &st);
    Result<void> reloadAll(Database &db);
    Result<void> reloadChanged(Database &db);
    std::vector<int> ids(const QStringList &values) const;

    std::vector<Row> m_rows;
    QHash<qint64, qsizetype> m_byPk;
    QStringList m_values;
    QHash<QString, int> m_ids;
    QSet<qint64> m_changed;
    qint64 m_dataVersion = -1;
    bool m_dirty = true;
};

} // namespace urbis
