#pragma once

#include "../util/result.h"
#include "cellscalar.h"
#include "simplepattern.h"
#include "tablefield.h"
#include "valuecast.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace urbis {

/**
 * A TableField compiled for reading many cells (Frictionless' cell reader): missing values, the
 * ValueCast of the type, and the constraints with the pattern compiled and the enum values and
 * bounds cast to the field's type. Compiling costs about as much as reading a few hundred cells, so
 * the Validator compiles one per column; TableField::read() keeps one per field and thread
 * (forField()).
 *
 * Immutable after compile(). read() may run on several threads, each on its own copy: copies are
 * cheap and share the compiled pattern, which Qt makes safe across copies.
 */
class CellCast
{
public:
    using Kind = ValueCast::Kind;

    /** InvalidData naming the field: unknown type or format, bad pattern, unsupported or uncastable
     * constraint. */
    static Result<CellCast> compile(const TableField &field);

    /**
     * The compiled form of `field`, kept per thread and rebuilt when the field's rules change; the
     * reference is valid until the next forField() call on this thread. A field that does not compile
     * reads every non-missing cell as a type error.
     */
    static const CellCast &forField(const TableField &field);

    Kind kind() const { return m_value ? m_value->kind() : Kind::String; }

    /** Casts and checks one cell (everything but unique), as TableField::read() documents. */
    TableField::Cell read(const QString &cell) const;

    /**
     * The validation fast path: true when the cell is clean (read() would find no type error and
     * no violation), with its value in `out`; false when read() must say what is wrong. Same casts
     * and comparisons as read(), without building a Cell (numbers and text without a QVariant).
     */
    bool quickRead(const QString &cell, CellScalar &out) const;

private:
    CellCast() = default;

    bool isMissing(const QString &cell) const
    {
        return m_onlyEmptyMissing ? cell.isEmpty() : m_missing.contains(cell);
    }
    /** <0, 0 or >0; nullopt when the values do not compare (NaN). */
    std::optional<int> order(const QVariant &a, const QVariant &b) const;

    std::optional<ValueCast> m_value; ///< absent when the field did not compile (forField())
    QStringList m_missing;
    bool m_onlyEmptyMissing = true; ///< missingValues == [""], the common case, checked without a loop
    bool m_required = false;
    std::optional<int> m_minLength, m_maxLength;
    QVariant m_minimum, m_maximum; ///< invalid when absent
    std::optional<QRegularExpression> m_pattern;
    std::optional<SimplePattern> m_simplePattern; ///< m_pattern without PCRE, when its shape allows
    std::optional<double> m_minNumber, m_maxNumber; ///< the bounds of number and integer fields
    std::optional<qint64> m_minInteger, m_maxInteger;
    bool m_hasEnum = false;
    QVariantList m_enum;
    QSet<QString> m_textEnum; ///< the enum of string, any and duration fields, for a hashed lookup
};

} // namespace urbis
