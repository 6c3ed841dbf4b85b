#include "catalog.h"

#include "../util/logging.h"
#include "../util/transaction.h"
#include "catalogschema.h"
#include "factsindex.h"
#include "recordcolumns.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace urbis {

namespace {
QDateTime nowMs()
{
    // Millisecond precision is what the catalog stores; compare like with like.
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}
QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &k : keys) {
        if (before.value(k) != after.value(k))
            changes.insert(k, QJsonObject{{QStringLiteral("old"), before.value(k)}, {QStringLiteral("new"), after.value(k)}});
    }
    return changes;
}
} // namespace

QString Catalog::newDatasetId()
{
    // Ids of one import sort together instead of landing on random index pages.
    QUuid u = QUuid::createUuid();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    u.data1 = quint32(ms >> 16);
    u.data2 = quint16(ms & 0xffff);
    u.data3 = quint16((u.data3 & 0x0fff) | 0x7000);
    return u.toString(QUuid::WithoutBraces);
}

Catalog::Catalog(Database db, QString profile)
    : m_db(std::move(db)), m_profile(std::move(profile)), m_facts(std::make_shared<FactsIndex>())
{
}

Result<Catalog> Catalog::open(const QString &path, const QString &profile)
{
    Result<Database> db = Database::open(path);
    if (!db)
        return db.error();
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               // FULL: a commit survives power loss on a field laptop, not just a crash.
                               "PRAGMA synchronous = FULL",
                               // Searches read many small rows: keep them in memory once touched.
                               "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY"}) {
        // Switching a fresh file to WAL needs an exclusive lock, and SQLite answers "busy" at once
        // (no busy handler) when that could deadlock with another process creating the same
        // catalog: retry for a while instead of failing the second process.
        Result<void> r = db->exec(QLatin1String(pragma));
        for (int attempt = 0; !r && r.error().detail.contains(QLatin1String("locked")) && attempt < 100; ++attempt) {
            QThread::msleep(50);
            r = db->exec(QLatin1String(pragma));
        }
        if (!r)
            return Error(Error::Code::Database, Catalog::tr("Cannot open the catalog %1").arg(path), r.error().detail);
    }
    if (Result<void> r = CatalogSchema::migrate(*db); !r)
        return r.error();
    QString who = profile;
    if (who.isEmpty())
        who = qEnvironmentVariable("URBIS_PROFILE", qEnvironmentVariable("USER", QStringLiteral("default")));
    return Catalog(std::move(*db), who);
}

Result<void> Catalog::check(const DatasetRecord &r) const
{
    if (r.title.trimmed().isEmpty())
        return Error(Error::Code::InvalidData, Catalog::tr("A dataset needs a title"));
    if (!DatasetRecord::domains().contains(r.domain))
        return Error(Error::Code::InvalidData, Catalog::tr("Unknown domain \"%1\"; expected one of %2")
                                                   .arg(r.domain, DatasetRecord::domains().join(QStringLiteral(", "))));
    if (r.timeStart.isValid() && r.timeEnd.isValid() && r.timeEnd < r.timeStart)
        return Error(Error::Code::InvalidData, Catalog::tr("The temporal extent ends before it starts"));
    if (r.bbox.isValid() && (r.bbox.south > r.bbox.north || std::abs(r.bbox.west) > 180 || std::abs(r.bbox.east) > 180
                             || std::abs(r.bbox.south) > 90 || std::abs(r.bbox.north) > 90))
        return Error(Error::Code::InvalidData, Catalog::tr("The bounding box %1 is not a valid WGS84 extent").arg(r.bbox.toString()));
    return {};
}

Result<void> Catalog::log(const QString &datasetId, const QString &action, const QJsonObject &changes)
{
    static const QString none = QStringLiteral("{}");
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "INSERT INTO history(dataset_id, at, profile, action, changes) VALUES (?, ?, ?, ?, ?)"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, datasetId)
        .bind(2, nowMs().toString(Qt::ISODateWithMs))
        .bind(3, m_profile)
        .bind(4, action)
        .bind(5, changes.isEmpty() ? none : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    return st->exec();
}

Result<qint64> Catalog::pkOf(const QString &id)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral("SELECT pk FROM datasets WHERE id = ?"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, Catalog::tr("No dataset with id %1").arg(id));
    return st->int64(0);
}

Result<void> Catalog::writeFields(qint64 pk, const QList<FieldInfo> &fields, bool replace)
{
    if (replace) {
        Result<StatementRef> delc = m_db.cached(QStringLiteral("DELETE FROM dataset_fields WHERE dataset_pk = ?"));
        if (!delc)
            return delc.error();
        (*delc)->bind(1, pk);
        if (Result<void> r = (*delc)->exec(); !r)
            return r;
    }
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "INSERT INTO dataset_fields(dataset_pk, position, name, type, unit, description) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    for (int i = 0; i < fields.size(); ++i) {
        const FieldInfo &f = fields.at(i);
        st->bind(1, pk).bind(2, i).bind(3, f.name).bind(4, f.type.isEmpty() ? QStringLiteral("any") : f.type)
            .bind(5, f.unit).bind(6, f.description);
        if (Result<void> r = st->exec(); !r)
            return r;
    }
    return {};
}

Result<void> Catalog::writeAssets(qint64 pk, const QList<AssetInfo> &assets)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "INSERT INTO dataset_assets(dataset_pk, position, role, name, media_type, sha256, byte_size) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    for (int i = 0; i < assets.size(); ++i) {
        const AssetInfo &a = assets.at(i);
        st->bind(1, pk).bind(2, i).bind(3, a.role).bind(4, a.name).bind(5, a.mediaType).bind(6, a.sha256).bind(7, a.byteSize);
        if (Result<void> r = st->exec(); !r)
            return r;
    }
    return {};
}

Result<QList<AssetInfo>> Catalog::readAssets(qint64 pk)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "SELECT role, name, media_type, sha256, byte_size FROM dataset_assets WHERE dataset_pk = ? ORDER BY position"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, pk);
    QList<AssetInfo> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out << AssetInfo{r.text(0), r.text(1), r.text(2), r.text(3), r.int64(4)};
        });
        !e)
        return e.error();
    return out;
}

Result<QStringList> Catalog::findByAsset(const QString &role, const QString &sha256)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "SELECT d.id FROM dataset_assets a JOIN datasets d ON d.pk = a.dataset_pk WHERE a.sha256 = ? AND a.role = ? ORDER BY d.pk"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, sha256).bind(2, role);
    QStringList out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) { out << r.text(0); }); !e)
        return e.error();
    return out;
}

Result<QString> Catalog::latestByTitle(const QString &title)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "SELECT id FROM datasets WHERE title = ? AND superseded_by IS NULL ORDER BY modified DESC LIMIT 1"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, title);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->text(0) : QString();
}

Result<QList<FieldInfo>> Catalog::readFields(qint64 pk)
{
    Result<StatementRef> stc = m_db.cached(QStringLiteral(
        "SELECT name, type, unit, description FROM dataset_fields WHERE dataset_pk = ? ORDER BY position"));
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, pk);
    QList<FieldInfo> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out << FieldInfo{r.text(0), r.text(1), r.text(2), r.text(3)};
        });
        !e)
        return e.error();
    return out;
}

Result<qint64> Catalog::maxPk()
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT coalesce(max(pk), 0) FROM datasets"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<void> Catalog::indexNewRows(qint64 afterPk)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO datasets_fts(rowid, title, description, keywords, source, city)"
        " SELECT pk, title, description, keywords, source, city FROM datasets WHERE pk > ?"));
    if (!st)
        return st.error();
    st->bind(1, afterPk);
    return st->exec();
}

Result<DatasetRecord> Catalog::insertInTransaction(DatasetRecord r)
{
    if (Result<void> c = check(r); !c)
        return c.error();
    if (r.id.isEmpty())
        r.id = Catalog::newDatasetId();
    const QDateTime now = nowMs();
    if (!r.created.isValid())
        r.created = now;
    r.modified = now;
    Result<StatementRef> stc = m_db.cached(recordcolumns::insertSql());
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    recordcolumns::bindAll(*st, r);
    if (Result<void> e = st->exec(); !e) {
        if (e.error().code == Error::Code::Conflict)
            return Error(Error::Code::Conflict, Catalog::tr("A dataset with id %1 exists already").arg(r.id), e.error().detail);
        return e.error();
    }
    m_facts->markChanged(m_db.lastInsertRowId());
    const qint64 pk = m_db.lastInsertRowId();
    if (Result<void> f = writeFields(pk, r.fields, false); !f)
        return f.error();
    if (Result<void> a = writeAssets(pk, r.assets); !a)
        return a.error();
    // The initial values are the record itself (later diffs keep every old value), so "create"
    // stores no copy: a bulk import writes half as much.
    if (Result<void> l = log(r.id, QStringLiteral("create"), {}); !l)
        return l.error();
    return r;
}

namespace {
// A new dataset starts a chain; links and numbers are the catalog's (addVersion makes them).
void startChain(DatasetRecord &r)
{
    r.version = 1;
    r.previousVersion.clear();
    r.supersededBy.clear();
}
} // namespace

Result<DatasetRecord> Catalog::insert(DatasetRecord record)
{
    startChain(record);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<qint64> before = maxPk();
    if (!before)
        return before.error();
    Result<DatasetRecord> r = insertInTransaction(std::move(record));
    if (!r)
        return r;
    if (Result<void> f = indexNewRows(*before); !f)
        return f.error();
    if (Result<void> c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<QStringList> Catalog::insertMany(QList<DatasetRecord> records)
{
    for (DatasetRecord &r : records)
        startChain(r);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<qint64> before = maxPk();
    if (!before)
        return before.error();
    QStringList ids;
    ids.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        Result<DatasetRecord> r = insertInTransaction(std::move(records[i]));
        if (!r) {
            Error e = r.error();
            e.message = Catalog::tr("Record %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
        ids << r->id;
    }
    if (Result<void> f = indexNewRows(*before); !f)
        return f.error();
    if (Result<void> c = tx.commit(); !c)
        return c.error();
    return ids;
}

Result<DatasetRecord> Catalog::update(DatasetRecord record, History history)
{
    if (Result<void> c = check(record); !c)
        return c.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<DatasetRecord> old = get(record.id);
    if (!old)
        return old;
    if (record.modified.isValid() && record.modified != old->modified)
        return Error(Error::Code::Conflict, Catalog::tr("Dataset \"%1\" was changed by someone else since it was loaded").arg(old->title));
    record.id = old->id; // get() forgives stray spaces; the writes below must not
    Result<qint64> pk = pkOf(record.id);
    if (!pk)
        return pk.error();
    m_facts->markChanged(*pk);
    // Identity and version links are owned by the catalog, not by the editor.
    record.created = old->created;
    record.version = old->version;
    record.previousVersion = old->previousVersion;
    record.supersededBy = old->supersededBy;
    record.assets = old->assets; // a version's blobs are its content: metadata edits never change them
    record.modified = nowMs();
    if (record.modified <= old->modified)
        record.modified = old->modified.addMSecs(1); // keeps the optimistic check meaningful within one ms
    Result<Statement> st = m_db.prepare(recordcolumns::updateSql());
    if (!st)
        return st.error();
    const int n = recordcolumns::bindAll(*st, record);
    st->bind(n + 1, *pk);
    if (Result<void> e = st->exec(); !e)
        return e.error();
    if (Result<void> f = writeFields(*pk, record.fields, true); !f)
        return f.error();
    if (history == History::Log) {
        const QJsonObject changes = diff(old->diffableJson(), record.diffableJson());
        if (Result<void> l = log(record.id, QStringLiteral("update"), changes); !l)
            return l.error();
    }
    if (Result<void> c = tx.commit(); !c)
        return c.error();
    return record;
}

Result<DatasetRecord> Catalog::addVersion(const QString &previousId, DatasetRecord record)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<DatasetRecord> prev = get(previousId);
    if (!prev)
        return prev;
    if (!prev->supersededBy.isEmpty())
        return Error(Error::Code::Conflict, Catalog::tr("Version %1 of \"%2\" already has a newer version")
                                                .arg(prev->version)
                                                .arg(prev->title));
    record.id.clear();
    record.created = QDateTime();
    record.version = prev->version + 1;
    record.previousVersion = prev->id;
    record.supersededBy.clear();
    Result<qint64> before = maxPk();
    if (!before)
        return before.error();
    Result<DatasetRecord> inserted = insertInTransaction(std::move(record));
    if (!inserted)
        return inserted;
    if (Result<void> f = indexNewRows(*before); !f)
        return f.error();
    Result<Statement> st = m_db.prepare(QStringLiteral("UPDATE datasets SET superseded_by = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, inserted->id).bind(2, prev->id);
    m_facts->markDirty(); // the previous version stops being the latest
    if (Result<void> e = st->exec(); !e)
        return e.error();
    if (Result<void> l = log(prev->id, QStringLiteral("superseded"),
                             QJsonObject{{QStringLiteral("supersededBy"), QJsonObject{{QStringLiteral("new"), inserted->id}}}});
        !l)
        return l.error();
    if (Result<void> c = tx.commit(); !c)
        return c.error();
    return inserted;
}

Result<void> Catalog::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<DatasetRecord> old = get(id);
    if (!old)
        return old.error();
    m_facts->markDirty();
    // Close the gap in the version chain first (v1 -> v2 -> v3 minus v2 is v1 -> v3), so deleting
    // never leaves two "latest" versions and the foreign key never has to act on its own.
    const QVariant successor = old->supersededBy.isEmpty() ? QVariant() : QVariant(old->supersededBy);
    const QVariant predecessor = old->previousVersion.isEmpty() ? QVariant() : QVariant(old->previousVersion);
    const std::pair<const char *, QVariant> relinks[] = {
        {"UPDATE datasets SET superseded_by = ? WHERE superseded_by = ?", successor},
        {"UPDATE datasets SET previous_version = ? WHERE previous_version = ?", predecessor},
    };
    for (const auto &[sql, value] : relinks) {
        Result<Statement> st = m_db.prepare(QLatin1String(sql));
        if (!st)
            return st.error();
        st->bind(1, value).bind(2, old->id);
        if (Result<void> e = st->exec(); !e)
            return e;
    }
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
    if (!del)
        return del.error();
    del->bind(1, old->id);
    if (Result<void> e = del->exec(); !e)
        return e;
    if (m_db.changes() != 1)
        return Error(Error::Code::NotFound, tr("No dataset with id %1").arg(id));
    if (Result<void> l = log(old->id, QStringLiteral("delete"), diff(old->diffableJson(), {})); !l)
        return l;
    return tx.commit();
}

Result<DatasetRecord> Catalog::get(const QString &id)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM datasets d WHERE d.id = ?").arg(recordcolumns::selectList());
    Result<StatementRef> stc = m_db.cached(sql);
    if (!stc)
        return stc.error();
    StatementRef &st = *stc;
    st->bind(1, id.trimmed());
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, Catalog::tr("No dataset with id %1").arg(id));
    qint64 pk = 0;
    DatasetRecord r = recordcolumns::read(*st, &pk);
    Result<QList<FieldInfo>> fields = readFields(pk);
    if (!fields)
        return fields.error();
    r.fields = *fields;
    Result<QList<AssetInfo>> assets = readAssets(pk);
    if (!assets)
        return assets.error();
    r.assets = *assets;
    return r;
}

Result<QList<HistoryEntry>> Catalog::history(const QString &id)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT seq, dataset_id, at, profile, action, changes FROM history WHERE dataset_id = ? ORDER BY seq"));
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<HistoryEntry> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out << HistoryEntry{r.int64(0), r.text(1), QDateTime::fromString(r.text(2), Qt::ISODateWithMs),
                                r.text(3), r.text(4), QJsonDocument::fromJson(r.text(5).toUtf8()).object()};
        });
        !e)
        return e.error();
    return out;
}

Result<QList<DatasetRecord>> Catalog::versions(const QString &id)
{
    Result<DatasetRecord> start = get(id);
    if (!start)
        return start.error();
    QList<DatasetRecord> chain{*start};
    // Walk both ways; the visited set guards against a corrupted cycle.
    QSet<QString> seen{start->id};
    while (!chain.first().previousVersion.isEmpty() && !seen.contains(chain.first().previousVersion)) {
        Result<DatasetRecord> p = get(chain.first().previousVersion);
        if (!p)
            break;
        seen.insert(p->id);
        chain.prepend(*p);
    }
    while (!chain.last().supersededBy.isEmpty() && !seen.contains(chain.last().supersededBy)) {
        Result<DatasetRecord> n = get(chain.last().supersededBy);
        if (!n)
            break;
        seen.insert(n->id);
        chain.append(*n);
    }
    return chain;
}

Result<QSet<QString>> Catalog::referencedBlobs()
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "SELECT sha256 FROM datasets WHERE sha256 IS NOT NULL UNION SELECT sha256 FROM dataset_assets"));
    if (!st)
        return st.error();
    QSet<QString> out;
    if (Result<void> e = st->forEachRow([&](const Statement &r) {
            out.insert(r.text(0));
        });
        !e)
        return e.error();
    return out;
}

Result<qint64> Catalog::count(bool includeSuperseded)
{
    Result<QVariant> v = m_db.scalar(includeSuperseded ? QStringLiteral("SELECT count(*) FROM datasets")
                                                       : QStringLiteral("SELECT count(*) FROM datasets WHERE superseded_by IS NULL"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace urbis
