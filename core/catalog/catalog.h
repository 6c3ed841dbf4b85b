#pragma once

#include <QCoreApplication>
#include "../util/database.h"
#include "catalogquery.h"
#include "datasetrecord.h"
#include "historyentry.h"
#include "searchresult.h"

#include <QSet>

#include <memory>

namespace urbis {

class FactsIndex;

/**
 * The local metadata catalog: one SQLite file (WAL, foreign keys, FTS5, R*Tree).
 *
 * A Catalog owns one connection and is used from one thread; open another Catalog on the same
 * path for another thread (readers never block the writer). Every public write is one transaction
 * and leaves one history entry per touched record, stamped with the user profile given to open().
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Catalog)

public:
    static Result<Catalog> open(const QString &path, const QString &profile = QString());
    /**
     * A new dataset id as insert() makes them: UUIDv7 (RFC 9562, 48-bit Unix ms then random), so
     * the UNIQUE and history indexes grow at their right edge. For callers that name files first.
     */
    static QString newDatasetId();

    Catalog(Catalog &&) noexcept = default;
    Catalog &operator=(Catalog &&) noexcept = default;

    QString path() const { return m_db.path(); }
    QString profile() const { return m_profile; }
    /** For read-only checks (integrity_check, tests): writes here bypass history and the search index. */
    Database &database() { return m_db; }

    /** Assigns id, created, modified; checks required fields. Returns the stored record. */
    Result<DatasetRecord> insert(DatasetRecord record);
    /** Inserts all records in one transaction (all or nothing). */
    Result<QStringList> insertMany(QList<DatasetRecord> records);
    /**
     * Saves changed metadata of an existing version. When `record.modified` is set and differs from
     * the stored one, someone else changed it meanwhile: Conflict, nothing written.
     * History::Skip leaves no history entry: for progress a process reports while it fills a
     * dataset (a live recording's row count every few seconds), which is not an edit.
     */
    enum class History { Log, Skip };
    Result<DatasetRecord> update(DatasetRecord record, History history = History::Log);
    /** Stores `record` as the next version of `previousId` (new id, version + 1, chain links). */
    Result<DatasetRecord> addVersion(const QString &previousId, DatasetRecord record);
    /**
     * Makes the local versions of a dataset exactly `chain` (oldest first, as another copy of the
     * catalog has them: ids, numbers, links and `modified` kept as given), in one transaction.
     * Versions of the same dataset that are not in `chain` are deleted (their history stays).
     * Used by sync to apply a remote's copy; logs one "sync" history entry per written version.
     */
    Result<void> adoptVersions(const QList<DatasetRecord> &chain);
    /** Deletes one version; its predecessor becomes the latest again. History is kept. */
    Result<void> remove(const QString &id);

    Result<DatasetRecord> get(const QString &id);
    Result<SearchResult> search(const CatalogQuery &query);
    Result<QList<HistoryEntry>> history(const QString &id);
    /** All versions of the dataset `id` belongs to, oldest first. */
    Result<QList<DatasetRecord>> versions(const QString &id);
    /** sha256 of every blob some record refers to (for object-store garbage collection). */
    Result<QSet<QString>> referencedBlobs();
    Result<qint64> count(bool includeSuperseded = false);
    /** Ids of the versions that have an asset of `role` with this hash (re-import detection), oldest first. */
    Result<QStringList> findByAsset(const QString &role, const QString &sha256);
    /** Id of the latest version titled exactly `title`; empty when there is none. */
    Result<QString> latestByTitle(const QString &title);

private:
    Catalog(Database db, QString profile);

    /** Inserts without the full-text entry: callers run indexNewRows() once per transaction. */
    Result<DatasetRecord> insertInTransaction(DatasetRecord record);
    Result<qint64> maxPk();
    Result<void> indexNewRows(qint64 afterPk);
    Result<qint64> pkOf(const QString &id);
    /** `replace`: delete the old field rows first (updates); new records have none. */
    Result<void> writeFields(qint64 pk, const QList<FieldInfo> &fields, bool replace);
    Result<QList<FieldInfo>> readFields(qint64 pk);
    Result<void> writeAssets(qint64 pk, const QList<AssetInfo> &assets);
    Result<QList<AssetInfo>> readAssets(qint64 pk);
    Result<void> log(const QString &datasetId, const QString &action, const QJsonObject &changes);
    Result<void> check(const DatasetRecord &r) const;

    Database m_db;
    QString m_profile;
    std::shared_ptr<FactsIndex> m_facts; // search's in-memory view; marked dirty by every write here
};

} // namespace urbis
