#pragma once

#include "statement.h"

namespace urbis {

/**
 * Borrowed use of a cached Statement: resets it when the use ends, so a half-read result never
 * keeps a read transaction (and an old WAL snapshot) open on the connection. Move-only.
 */
class StatementRef
{
public:
    explicit StatementRef(Statement *st) : m_st(st) {}
    StatementRef(StatementRef &&o) noexcept : m_st(o.m_st) { o.m_st = nullptr; }
    StatementRef &operator=(StatementRef &&) = delete;
    StatementRef(const StatementRef &) = delete;
    ~StatementRef()
    {
        if (m_st)
            m_st->reset();
    }
    Statement *operator->() const { return m_st; }
    Statement &operator*() const { return *m_st; }

private:
    Statement *m_st;
};

} // namespace urbis
