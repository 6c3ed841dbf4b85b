#include "database.h"

#include "logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <mutex>

namespace urbis {

namespace {
// Memory statistics put a global mutex on every SQLite malloc; Urbis never reads them.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK) // already initialised by another library
            qCDebug(lcSqlite) << "SQLite was initialised before Urbis could configure it";
        sqlite3_initialize();
    });
}
} // namespace

Result<Database> Database::open(const QString &path, Mode mode)
{
    configureSqliteOnce();
    Database db;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db.m_db, flags, nullptr);
    db.m_path = path;
    if (rc != SQLITE_OK) {
        Error e(Error::Code::Database, QCoreApplication::translate("urbis::Database", "Cannot open the database %1").arg(path),
                db.m_db ? QString::fromUtf8(sqlite3_errmsg(db.m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    // A writer holds the lock for milliseconds; wait for it rather than failing at once.
    sqlite3_busy_timeout(db.m_db, 10000);
    return db;
}

Database::Database(Database &&other) noexcept
    : m_cache(std::move(other.m_cache)), m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
    other.m_cache.clear();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        m_cache.clear();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_cache = std::move(other.m_cache);
        other.m_cache.clear();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    m_cache.clear(); // finalize before closing
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::lastError(const QString &what) const
{
    return Error(Error::Code::Database, what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<void> Database::exec(const QString &sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        Error e(Error::Code::Database, QCoreApplication::translate("urbis::Database", "The database refused the change"),
                QString::fromUtf8(msg ? msg : sqlite3_errstr(rc)));
        sqlite3_free(msg);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        Error e = lastError(QCoreApplication::translate("urbis::Database", "The database could not run a query"));
        qCDebug(lcSqlite).noquote() << e.detail << sql;
        return e;
    }
    return Statement(m_db, stmt);
}

Result<StatementRef> Database::cached(const QString &sql)
{
    if (auto it = m_cache.constFind(sql); it != m_cache.cend()) {
        (*it)->reset();
        return StatementRef(it->get());
    }
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    auto shared = std::make_shared<Statement>(std::move(*st));
    m_cache.insert(sql, shared);
    return StatementRef(shared.get());
}

Result<QVariant> Database::scalar(const QString &sql)
{
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->value(0) : QVariant();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace urbis
