// Catalog::adoptVersions lives apart from catalog.cpp: it is the one write that takes ids, links and
// timestamps from outside (another laptop's copy) instead of making them.
#include "catalog.h"

#include "../util/transaction.h"
#include "factsindex.h"
#include "recordcolumns.h"

namespace urbis {

Result<void> Catalog::adoptVersions(const QList<DatasetRecord> &chain)
{
    if (chain.isEmpty())
        return Error(Error::Code::InvalidArgument, Catalog::tr("A dataset needs at least one version"));
    QSet<QString> wanted;
    for (const DatasetRecord &r : chain) {
        if (r.id.trimmed().isEmpty())
            return Error(Error::Code::InvalidData, Catalog::tr("A synced version of \"%1\" has no id").arg(r.title));
        if (Result<void> c = check(r); !c)
            return c;
        wanted.insert(r.id);
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QList<DatasetRecord> local;
    for (const DatasetRecord &r : chain) {
        if (Result<QList<DatasetRecord>> v = versions(r.id); v) {
            local = *v;
            break;
        }
    }
    m_facts->markDirty();
    // Links first: with every link of the old chain cleared no foreign key can act on its own while
    // versions are deleted and rewritten below.
    for (const DatasetRecord &l : local) {
        Result<StatementRef> st = m_db.cached(QStringLiteral("UPDATE datasets SET previous_version = NULL, superseded_by = NULL WHERE id = ?"));
        if (!st)
            return st.error();
        (*st)->bind(1, l.id);
        if (Result<void> e = (*st)->exec(); !e)
            return e;
    }
    for (const DatasetRecord &l : local) {
        if (wanted.contains(l.id))
            continue;
        Result<StatementRef> st = m_db.cached(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
        if (!st)
            return st.error();
        (*st)->bind(1, l.id);
        if (Result<void> e = (*st)->exec(); !e)
            return e;
        if (Result<void> g = log(l.id, QStringLiteral("sync-delete"), {}); !g)
            return g;
    }
    Result<qint64> before = maxPk();
    if (!before)
        return before.error();
    for (int i = 0; i < chain.size(); ++i) {
        DatasetRecord w = chain.at(i);
        w.version = i + 1;
        w.previousVersion = i > 0 ? chain.at(i - 1).id : QString();
        w.supersededBy.clear();
        if (!w.created.isValid())
            w.created = w.modified.isValid() ? w.modified : QDateTime::currentDateTimeUtc();
        if (!w.modified.isValid())
            w.modified = w.created;
        Result<qint64> pk = pkOf(w.id);
        if (!pk && pk.error().code != Error::Code::NotFound)
            return pk.error();
        const bool exists = bool(pk);
        Result<Statement> st = m_db.prepare(exists ? recordcolumns::updateSql() : recordcolumns::insertSql());
        if (!st)
            return st.error();
        const int n = recordcolumns::bindAll(*st, w);
        if (exists)
            st->bind(n + 1, *pk);
        if (Result<void> e = st->exec(); !e)
            return e;
        const qint64 rowPk = exists ? *pk : m_db.lastInsertRowId();
        if (exists) {
            Result<StatementRef> del = m_db.cached(QStringLiteral("DELETE FROM dataset_assets WHERE dataset_pk = ?"));
            if (!del)
                return del.error();
            (*del)->bind(1, rowPk);
            if (Result<void> e = (*del)->exec(); !e)
                return e;
        }
        if (Result<void> f = writeFields(rowPk, w.fields, exists); !f)
            return f;
        if (Result<void> a = writeAssets(rowPk, w.assets); !a)
            return a;
        if (Result<void> g = log(w.id, QStringLiteral("sync"), {}); !g)
            return g;
    }
    if (Result<void> f = indexNewRows(*before); !f)
        return f;
    for (int i = 0; i + 1 < chain.size(); ++i) {
        Result<StatementRef> st = m_db.cached(QStringLiteral("UPDATE datasets SET superseded_by = ? WHERE id = ?"));
        if (!st)
            return st.error();
        (*st)->bind(1, chain.at(i + 1).id).bind(2, chain.at(i).id);
        if (Result<void> e = (*st)->exec(); !e)
            return e;
    }
    return tx.commit();
}

} // namespace urbis
