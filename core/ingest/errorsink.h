#pragma once

#include "validationerror.h"
#include "validationoptions.h"

#include <QList>

namespace urbis {

/** Collects validation errors through the pick / skip filters and stops at the error limit. */
class ErrorSink
{
public:
    explicit ErrorSink(const ValidationOptions &options) : m_o(options) {}

    bool full() const { return m_o.limitErrors > 0 && m_errors.size() >= m_o.limitErrors; }
    void add(const QList<ValidationError> &errors);
    QList<ValidationError> take() { return std::move(m_errors); }
    /** Puts errors found late (foreign keys, deviated values) into row order and filters them again. */
    static QList<ValidationError> merged(QList<ValidationError> errors, const ValidationOptions &options);

private:
    bool matches(const ValidationError &e, const QStringList &list) const;
    bool wanted(const ValidationError &e) const;

    const ValidationOptions &m_o;
    QList<ValidationError> m_errors;
};

} // namespace urbis
