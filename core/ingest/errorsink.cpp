#include "errorsink.h"

#include <algorithm>

namespace urbis {

void ErrorSink::add(const QList<ValidationError> &errors)
{
    for (const ValidationError &e : errors) {
        if (full())
            return;
        if (wanted(e))
            m_errors << e;
    }
}

bool ErrorSink::matches(const ValidationError &e, const QStringList &list) const
{
    if (list.contains(e.type))
        return true;
    const QStringList tags = e.tags();
    return std::any_of(tags.cbegin(), tags.cend(), [&](const QString &t) { return list.contains(t); });
}

bool ErrorSink::wanted(const ValidationError &e) const
{
    return (m_o.pickErrors.isEmpty() || matches(e, m_o.pickErrors)) && !matches(e, m_o.skipErrors);
}

QList<ValidationError> ErrorSink::merged(QList<ValidationError> errors, const ValidationOptions &options)
{
    // Header and table-level findings (no row) stay first, as the peer reports them.
    std::stable_sort(errors.begin(), errors.end(), [](const ValidationError &a, const ValidationError &b) {
        return a.rowNumber.value_or(0) < b.rowNumber.value_or(0);
    });
    ErrorSink filtered(options);
    filtered.add(errors);
    return filtered.take();
}

} // namespace urbis
