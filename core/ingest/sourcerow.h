#pragma once

#include <QByteArray>
#include <QStringList>

namespace urbis {

/** One record of a RecordSource: its Frictionless row number, its cells as text, its geometry. */
struct SourceRow
{
    qint64 number = 0;  ///< row 1 is the header, so the first record is row 2 (blank lines count in text files)
    QStringList cells;  ///< one per label; fewer or more when the source is ragged
    QByteArray wkb;     ///< ISO WKB in the source CRS; empty when the record has no geometry
};

} // namespace urbis
