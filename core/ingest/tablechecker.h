#pragma once

#include "cellcast.h"
#include "rowvalues.h"
#include "tableschema.h"
#include "validationerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace urbis {

/**
 * The Frictionless baseline checks of one table, fed record by record: labels against the schema,
 * then each row's cells (type, constraints, extra / missing cells), unique and primary-key indexes,
 * and at the end foreign keys within the table. Errors come out in the peer's order (README of
 * the conformance suite). Memory grows with the unique and key columns only.
 */
class TableChecker
{
    Q_DECLARE_TR_FUNCTIONS(urbis::TableChecker)

public:
    /** `schema` may be empty: fields are then named by the header and typed "any". */
    TableChecker(std::optional<TableSchema> schema, bool schemaSync, bool duplicateRows);

    /** Labels of the header row (row 1); fixes the field list. */
    QList<ValidationError> checkHeader(const QStringList &labels);
    /** Without a header: the first row fixes the number of fields (field1, field2, ...). */
    void useHeaderless(int columns);
    QList<ValidationError> checkRow(qint64 rowNumber, const QStringList &cells);
    /** Checks that need the whole table (foreign keys within it); errors in row order. */
    QList<ValidationError> finish();

    int fieldCount() const { return int(m_fields.size()); }
    /** The fields in use (the schema's, or named by the header when there is no schema). */
    const QList<TableField> &fields() const { return m_fields; }
    /**
     * The cast values of the row checkRow() saw last, in field order: invalid where the cell was
     * missing or not castable. Lets the city checks and the Normalizer reuse the casts. Valid while
     * the cells given to checkRow() are.
     */
    const RowValues &values() const { return m_values; }

    /**
     * Clean rows are cast into scalars (CellCast::quickRead) and only rows with a finding go the
     * full way that names it. On by default; off gives the reference results the tests compare with.
     */
    void setQuickPath(bool on) { m_quickPath = on; }

private:
    bool readQuick(const QStringList &cells);
    ValidationError error(const char *type, std::optional<qint64> row, std::optional<int> field, const QString &message) const;
    QString keyOf(const QList<QVariant> &values, const QList<int> &columns) const;
    void setFields(const QList<TableField> &fields);

    std::optional<TableSchema> m_schema;
    bool m_schemaSync;
    bool m_duplicateRows;
    QList<TableField> m_fields;
    RowValues m_values;
    QList<CellScalar> m_scalars;
    bool m_quickPath = true;
    QList<CellCast> m_casts; ///< one compiled reader per column: compiling per cell would dominate
    QList<int> m_uniqueColumns;
    QList<QSet<QString>> m_uniqueSeen;
    QList<int> m_primaryKey;
    QSet<QString> m_keysSeen;
    QSet<size_t> m_rowHashes;

    struct ForeignKeyState
    {
        QList<int> columns, referenceColumns;
        QSet<QString> referenced;
        QList<std::pair<qint64, QString>> pending; ///< row, key
    };
    QList<ForeignKeyState> m_foreignKeys;
};

} // namespace urbis
