#pragma once

#include <QVariant>

namespace urbis {

/**
 * A cell as CellCast::quickRead() cast it. Numbers and text, most of a city table, are held
 * without a QVariant; text keeps no copy (its text is the row's cell, see RowValues).
 */
struct CellScalar
{
    enum class Type : quint8 { Null, Text, Number, Integer, Variant };
    Type type = Type::Null;
    double number = 0;  ///< Number
    qint64 integer = 0; ///< Integer
    QVariant variant;   ///< Variant: any other type, exactly as the full cast makes it
};

} // namespace urbis
