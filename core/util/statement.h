#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace urbis {

/**
 * A prepared SQLite statement (RAII, move-only). Bind indexes are 1-based, column indexes 0-based,
 * as in the SQLite C API. Used from the thread that owns its Database.
 */
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /** Null QVariant binds NULL; numbers, strings and byte arrays bind their SQLite type. */
    Statement &bind(int index, const QVariant &value);
    int parameterIndex(const char *name) const;

    /** true when a row is available, false when done. */
    Result<bool> step();
    /** Calls `row` for every result row; stops at the first SQLite error and returns it. */
    Result<void> forEachRow(const std::function<void(const Statement &)> &row);
    /** Steps until done; for INSERT/UPDATE/DELETE. */
    Result<void> exec();
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace urbis
