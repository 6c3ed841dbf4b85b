#include "transaction.h"

namespace urbis {

Transaction::Transaction(Database &db) : m_db(db), m_begin(db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Error(Error::Code::Internal, QStringLiteral("Transaction already ended")) : m_begin.error();
    Result<void> r = m_db.exec(QStringLiteral("COMMIT"));
    if (r)
        m_open = false;
    return r;
}

} // namespace urbis
