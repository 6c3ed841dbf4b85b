#include "statement.h"

#include "logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace urbis {

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString is still text: NOT NULL columns get '' (bind a null QVariant for SQL NULL).
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

int Statement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

Error Statement::error(const QString &what) const
{
    return Error(Error::Code::Database, what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error(QCoreApplication::translate("urbis::Database", "The database refused the change"));
    // The SQL goes to the debug log, not into the error: users see errors, and SQL means nothing to them.
    qCDebug(lcSqlite).noquote() << e.detail << "in" << QString::fromUtf8(sqlite3_sql(m_stmt));
    // Only a duplicate key is a conflict with existing data; other constraints mean bad input.
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        e.code = Error::Code::Conflict;
    else if ((rc & 0xff) == SQLITE_CONSTRAINT)
        e.code = Error::Code::InvalidData;
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::forEachRow(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        Result<bool> more = step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        row(*this);
    }
}

Result<void> Statement::exec()
{
    for (;;) {
        Result<bool> r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    if (!p)
        return {};
    return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col));
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return QVariant(int64(col));
    case SQLITE_FLOAT: return QVariant(real(col));
    case SQLITE_TEXT: return QVariant(text(col));
    case SQLITE_BLOB: return QVariant(blob(col));
    default: return QVariant();
    }
}

} // namespace urbis
