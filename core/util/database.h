#pragma once

#include "result.h"
#include "statement.h"
#include "statementref.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace urbis {

/**
 * One SQLite connection (RAII, move-only). A connection belongs to one thread at a time; give each
 * thread its own Database on the same file (WAL lets readers run while a writer commits).
 */
class Database
{
public:
    enum class Mode { ReadWriteCreate, ReadOnly };

    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWriteCreate);

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /** Runs one or more statements without results. */
    Result<void> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    /**
     * A prepared statement kept for reuse (reset, bindings cleared). Hot paths such as bulk inserts
     * call this instead of prepare(): preparing costs more than running a small INSERT.
     * The statement is reset when the returned reference goes out of scope.
     */
    Result<StatementRef> cached(const QString &sql);
    /** First column of the first row, or a null QVariant when there is no row. */
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

private:
    Error lastError(const QString &what) const;

    // Finalized in ~Database before the connection closes.
    QHash<QString, std::shared_ptr<Statement>> m_cache;
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace urbis
