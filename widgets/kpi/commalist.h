#pragma once

#include <QStringList>

namespace urbis {

/** "Athens, Sofia ,," -> {"Athens", "Sofia"}: how the KPI forms read lists typed in one line. */
inline QStringList splitCommaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace urbis
