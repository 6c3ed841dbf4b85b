#include "replayrowencoder.h"

#include "gpkgpoint.h"
#include "utctext.h"

#include <QLocale>

#include <sqlite3.h>

#include <cmath>

namespace urbis {

using Kind = ReplayTable::Kind;

ReplayRowEncoder::ReplayRowEncoder(const ReplayTable &table)
{
    for (const ReplayTable::Column &c : table.columns) {
        m_kinds << c.kind;
        QByteArray key;
        appendString(key, c.name.toUtf8());
        key += ':';
        m_keys << key;
    }
}

void ReplayRowEncoder::appendString(QByteArray &out, QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0x0f];
                out += hex[c & 0x0f];
            } else {
                out += c; // UTF-8 passes through as it is
            }
        }
    }
    out += '"';
}

void ReplayRowEncoder::appendNumber(QByteArray &out, double v)
{
    out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray ReplayRowEncoder::encode(sqlite3_stmt *st) const
{
    QByteArray out;
    out.reserve(64 + 24 * m_keys.size());
    out += '{';
    bool first = true;
    const auto key = [&](const QByteArray &k) {
        if (!first)
            out += ',';
        first = false;
        out += k;
    };
    for (int i = 0; i < m_kinds.size(); ++i) {
        const int type = sqlite3_column_type(st, i);
        if (type == SQLITE_NULL || m_kinds.at(i) == Kind::Skip)
            continue;
        switch (m_kinds.at(i)) {
        case Kind::Point: {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(st, i));
            if (const std::optional<gpkgpoint::Point> p =
                    gpkgpoint::decode(QByteArrayView(data, sqlite3_column_bytes(st, i)))) {
                key(QByteArrayLiteral("\"lat\":"));
                appendNumber(out, p->y);
                key(QByteArrayLiteral("\"lon\":"));
                appendNumber(out, p->x);
            }
            break;
        }
        case Kind::Boolean:
            key(m_keys.at(i));
            out += sqlite3_column_int64(st, i) != 0 ? "true" : "false";
            break;
        case Kind::DateTime:
        case Kind::Value:
        case Kind::Skip:
            if (type == SQLITE_INTEGER) {
                key(m_keys.at(i));
                out += QByteArray::number(sqlite3_column_int64(st, i));
            } else if (type == SQLITE_FLOAT) {
                const double v = sqlite3_column_double(st, i);
                if (!std::isfinite(v))
                    break; // JSON has no NaN or infinity: left out like a null
                key(m_keys.at(i));
                appendNumber(out, v);
            } else if (type == SQLITE_TEXT) {
                const QByteArrayView text(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                          sqlite3_column_bytes(st, i));
                key(m_keys.at(i));
                const std::optional<qint64> ms =
                    m_kinds.at(i) == Kind::DateTime ? utctext::parse(text) : std::nullopt;
                appendString(out, ms ? QByteArrayView(utctext::compact(*ms)) : text);
            }
            break;
        }
    }
    out += '}';
    return out;
}

} // namespace urbis
