#pragma once

#include "cellscalar.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace urbis {

/**
 * The cast values of one row, in field order, as TableChecker hands them to the city checks and
 * the GeoPackage writer. A clean row read on the quick path holds typed scalars and makes the
 * QVariants only when asked (a million-row validation then allocates nothing per cell); a row
 * read the full way holds the QVariants. Either way value(i) is the same QVariant.
 *
 * Valid until the next row is read: text values refer to the row's cells.
 */
class RowValues
{
public:
    RowValues() = default;
    /** Values already cast (the full path, tests). */
    explicit RowValues(QList<QVariant> values);

    /** True when the row was cast on the quick path (scalars; QVariants made on demand). */
    bool isQuick() const { return m_quick; }
    qsizetype size() const { return m_quick ? m_scalars->size() : m_variants.size(); }
    /** Missing or a type error (an invalid QVariant). */
    bool isNull(int field) const;
    /** The cast value; invalid when missing, a type error, or out of range. */
    QVariant value(int field) const;
    /** All values as QVariants (made now for a quick row). */
    const QList<QVariant> &variants() const;

    /** A number or integer (or year) as a double without a QVariant; nullopt for other types and nulls. */
    std::optional<double> numeric(int field) const;
    /** A datetime or date (midnight UTC) field's value without a QVariant; invalid otherwise. */
    QDateTime dateTime(int field) const;
    /** A text field's cell as it is (no copy of the characters); nullopt for other types and nulls. */
    std::optional<QString> text(int field) const;

    /** Used by TableChecker: both lists are its own and outlive this row. */
    void setQuick(const QStringList *cells, const QList<CellScalar> *scalars);
    void setVariants(QList<QVariant> values);

private:
    bool m_quick = false;
    const QStringList *m_cells = nullptr;
    const QList<CellScalar> *m_scalars = nullptr;
    mutable QList<QVariant> m_variants;
    mutable bool m_variantsMade = true;
};

} // namespace urbis
