#include "syncledger.h"

#include <QJsonDocument>

namespace urbis {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

SyncLedger::SyncLedger(Database &db, QString remote) : m_db(db), m_remote(std::move(remote))
{
}

Result<QHash<QString, LedgerEntry>> SyncLedger::entries()
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT lineage, local_fp, remote_etag, summary FROM sync_state WHERE remote = ?"));
    if (!st)
        return st.error();
    st->bind(1, m_remote);
    QHash<QString, LedgerEntry> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out.insert(r.text(0), LedgerEntry{r.text(1), r.text(2), QJsonDocument::fromJson(r.text(3).toUtf8()).object()});
        });
        !e)
        return e.error();
    return out;
}

Result<void> SyncLedger::put(const QString &lineage, const LedgerEntry &entry)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_state(remote, lineage, local_fp, remote_etag, summary, synced_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, m_remote)
        .bind(2, lineage)
        .bind(3, entry.localFingerprint)
        .bind(4, entry.remoteEtag)
        .bind(5, QString::fromUtf8(QJsonDocument(entry.summary).toJson(QJsonDocument::Compact)))
        .bind(6, now());
    return st->exec();
}

Result<QList<SyncConflict>> SyncLedger::conflicts()
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT lineage, title, detail, detected_at FROM sync_conflicts WHERE remote = ? ORDER BY detected_at, lineage"));
    if (!st)
        return st.error();
    st->bind(1, m_remote);
    QList<SyncConflict> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out << SyncConflict{r.text(0), r.text(1), r.text(2), QDateTime::fromString(r.text(3), Qt::ISODateWithMs)};
        });
        !e)
        return e.error();
    return out;
}

Result<void> SyncLedger::addConflict(const QString &lineage, const QString &title, const QString &remoteEtag, const QString &detail)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts(remote, lineage, title, remote_etag, detail, detected_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(remote, lineage) DO UPDATE SET title = excluded.title, remote_etag = excluded.remote_etag, detail = excluded.detail"));
    if (!st)
        return st.error();
    st->bind(1, m_remote).bind(2, lineage).bind(3, title).bind(4, remoteEtag).bind(5, detail).bind(6, now());
    return st->exec();
}

Result<void> SyncLedger::removeConflict(const QString &lineage)
{
    Result<Statement> st = m_db.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE remote = ? AND lineage = ?"));
    if (!st)
        return st.error();
    st->bind(1, m_remote).bind(2, lineage);
    return st->exec();
}

Result<qint64> SyncLedger::outboxHead()
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> SyncLedger::outboxDone()
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT outbox_done FROM sync_remotes WHERE remote = ?"));
    if (!st)
        return st.error();
    st->bind(1, m_remote);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Result<QSet<QString>> SyncLedger::changedSinceDone()
{
    Result<qint64> done = outboxDone();
    if (!done)
        return done.error();
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT DISTINCT dataset_id FROM sync_outbox WHERE seq > ?"));
    if (!st)
        return st.error();
    st->bind(1, *done);
    QSet<QString> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) { out.insert(r.text(0)); }); !e)
        return e.error();
    return out;
}

Result<void> SyncLedger::ensureRemoteRow()
{
    Result<Statement> st = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_remotes(remote) VALUES (?)"));
    if (!st)
        return st.error();
    st->bind(1, m_remote);
    return st->exec();
}

Result<void> SyncLedger::setOutboxDone(qint64 seq)
{
    if (Result<void> r = ensureRemoteRow(); !r)
        return r;
    Result<Statement> st = m_db.prepare(QStringLiteral("UPDATE sync_remotes SET outbox_done = max(outbox_done, ?) WHERE remote = ?"));
    if (!st)
        return st.error();
    st->bind(1, seq).bind(2, m_remote);
    return st->exec();
}

Result<void> SyncLedger::finish(const QString &error)
{
    if (Result<void> r = ensureRemoteRow(); !r)
        return r;
    Result<Statement> st = m_db.prepare(error.isEmpty()
                                            ? QStringLiteral("UPDATE sync_remotes SET last_sync = ?, last_error = NULL WHERE remote = ?")
                                            : QStringLiteral("UPDATE sync_remotes SET last_error = ? WHERE remote = ?"));
    if (!st)
        return st.error();
    st->bind(1, error.isEmpty() ? now() : error).bind(2, m_remote);
    return st->exec();
}

Result<SyncStatus> SyncLedger::status()
{
    SyncStatus s;
    s.remote = m_remote;
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT last_sync, last_error FROM sync_remotes WHERE remote = ?"));
    if (!st)
        return st.error();
    st->bind(1, m_remote);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (*row) {
        s.lastSync = QDateTime::fromString(st->text(0), Qt::ISODateWithMs);
        s.lastError = st->text(1);
    }
    Result<QSet<QString>> changed = changedSinceDone();
    if (!changed)
        return changed.error();
    s.pending = int(changed->size());
    Result<QList<SyncConflict>> c = conflicts();
    if (!c)
        return c.error();
    s.conflicts = *c;
    return s;
}

} // namespace urbis
