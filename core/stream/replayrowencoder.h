#pragma once

#include "replaytable.h"

#include <QByteArray>

struct sqlite3_stmt;

namespace urbis {

/**
 * Turns a row of ReplayTable::selectSql() into the flat JSON object a live feed sends: keys =
 * column names, numbers as numbers (shortest form that reads back the same), date-times as ISO
 * 8601 UTC, nulls left out, a WGS84 point as "lat"/"lon". Written by hand: at 20,000 rows/s a
 * QJsonObject per row would cost more than reading the row. One per reading thread.
 */
class ReplayRowEncoder
{
public:
    explicit ReplayRowEncoder(const ReplayTable &table);

    /** The JSON text of the current row of `stmt`. */
    QByteArray encode(sqlite3_stmt *stmt) const;

    static void appendString(QByteArray &out, QByteArrayView utf8);
    static void appendNumber(QByteArray &out, double v);

private:
    QList<ReplayTable::Kind> m_kinds;
    QList<QByteArray> m_keys; ///< `"name":`, escaped once
};

} // namespace urbis
