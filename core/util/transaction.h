#pragma once

#include "database.h"

namespace urbis {

/**
 * RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
 * succeeded. One logical change = one Transaction, so a killed process never leaves half of it.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** The result of BEGIN; check it before writing. */
    const Result<void> &begun() const { return m_begin; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_begin;
    bool m_open = false;
};

} // namespace urbis
