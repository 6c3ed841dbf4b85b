#pragma once

#include "../util/result.h"
#include "tablefield.h"
#include "timepattern.h"

#include <optional>

namespace urbis {

/**
 * The type half of a TableField, compiled: type and format resolved to a parser and the type
 * options (bareNumber, decimalChar, groupChar, trueValues, falseValues, strptime formats) read once.
 * It turns a non-missing cell text, or a JSON value from the descriptor (enum, minimum, maximum),
 * into the field's typed value. CellCast adds missing values and constraints on top.
 *
 * Typed values: string, any, duration -> QString; number -> double; integer -> qlonglong;
 * boolean -> bool; date -> QDate; time -> QTime; datetime -> QDateTime (UTC when the text has no
 * zone); year -> int; yearmonth -> QDate (day 1); geopoint -> QPointF (x = lon, y = lat);
 * object, geojson -> QJsonObject; array -> QJsonArray.
 *
 * Immutable after compile(); cast() may be called from several threads.
 */
class ValueCast
{
public:
    enum class Kind {
        String,
        Number,
        Integer,
        Boolean,
        Date,
        Time,
        DateTime,
        Year,
        YearMonth,
        Duration,
        GeoPoint,
        GeoJson,
        Object,
        Array,
        Any
    };

    /** InvalidData naming the field for an unknown type, a format the type lacks or a malformed option. */
    static Result<ValueCast> compile(const TableField &field);

    Kind kind() const { return m_kind; }
    /** Numbers read as written: bareNumber true, no group character, '.' as the decimal point. */
    bool plainNumbers() const { return m_bareNumber && m_groupChar.isEmpty() && m_decimalChar == u"."; }
    /** Strings of the default format (no email / uri / uuid / binary check). */
    bool plainText() const { return m_formatId == Format::Default || m_formatId == Format::Any || m_formatId == Format::Other; }

    /** The typed value of a non-missing cell; invalid when the text does not fit the type and format. */
    QVariant cast(const QString &text) const;

    /** The typed value of a descriptor value: a string is read like a cell, other JSON as the type allows. */
    QVariant castJson(const QJsonValue &value) const;

private:
    ValueCast() = default;

    QVariant castNumber(QStringView text) const;
    QVariant castTemporal(QStringView text) const;
    QVariant castJsonText(const QString &json) const;

    /** The formats read() branches on, resolved once so that no cell compares format strings. */
    enum class Format { Default, Any, Email, Uri, Uuid, Binary, Other };

    Kind m_kind = Kind::String;
    QString m_format = QStringLiteral("default");
    Format m_formatId = Format::Default;
    bool m_bareNumber = true;
    QString m_decimalChar = QStringLiteral(".");
    QString m_groupChar;
    QStringList m_trueValues, m_falseValues;
    std::optional<TimePattern> m_timePattern; ///< date, time, datetime with a strptime format
};

} // namespace urbis
