#include "tablechecker.h"

#include <QVariant>

namespace urbis {

namespace {
bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}
QString fieldLabel(const TableField &f, int index)
{
    return f.name.isEmpty() ? QStringLiteral("field%1").arg(index + 1) : f.name;
}
} // namespace

TableChecker::TableChecker(std::optional<TableSchema> schema, bool schemaSync, bool duplicateRows)
    : m_schema(std::move(schema)), m_schemaSync(schemaSync), m_duplicateRows(duplicateRows)
{
}

ValidationError TableChecker::error(const char *type, std::optional<qint64> row, std::optional<int> field,
                                    const QString &message) const
{
    ValidationError e;
    e.type = QLatin1String(type);
    e.rowNumber = row;
    e.fieldNumber = field;
    if (field && *field - 1 < m_fields.size())
        e.fieldName = m_fields.at(*field - 1).name;
    e.message = message;
    return e;
}

void TableChecker::setFields(const QList<TableField> &fields)
{
    m_fields = fields;
    for (const TableField &f : fields) {
        Result<CellCast> cast = CellCast::compile(f);
        m_casts << (cast ? *cast : CellCast::forField(f)); // a broken field reads as type errors
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).constraints.unique) {
            m_uniqueColumns << i;
            m_uniqueSeen << QSet<QString>();
        }
    }
    if (!m_schema)
        return;
    auto columns = [this](const QStringList &names) {
        QList<int> out;
        for (const QString &n : names) {
            const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const TableField &f) { return f.name == n; });
            out << (it == m_fields.cend() ? -1 : int(it - m_fields.cbegin()));
        }
        return out;
    };
    m_primaryKey = columns(m_schema->primaryKey);
    for (const TableSchema::ForeignKey &fk : std::as_const(m_schema->foreignKeys)) {
        if (!fk.resource.isEmpty())
            continue; // other resources of a package are checked by the package validation
        m_foreignKeys << ForeignKeyState{columns(fk.fields), columns(fk.referenceFields), {}, {}};
    }
}

void TableChecker::useHeaderless(int columns)
{
    if (m_schema) {
        setFields(m_schema->fields);
        return;
    }
    QList<TableField> fields;
    for (int i = 0; i < columns; ++i) {
        TableField f;
        f.name = QStringLiteral("field%1").arg(i + 1);
        f.type = QStringLiteral("any");
        fields << f;
    }
    setFields(fields);
}

QList<ValidationError> TableChecker::checkHeader(const QStringList &labels)
{
    QList<ValidationError> errors;
    QList<TableField> fields;
    if (!m_schema) {
        for (int i = 0; i < labels.size(); ++i) {
            TableField f;
            f.name = labels.at(i);
            f.type = QStringLiteral("any");
            fields << f;
        }
    } else if (m_schemaSync) {
        // Fields follow the header; labels the schema does not know become untyped fields.
        for (const QString &label : labels) {
            const int i = m_schema->indexOf(label);
            TableField f = i >= 0 ? m_schema->fields.at(i) : TableField();
            if (i < 0) {
                f.name = label;
                f.type = QStringLiteral("any");
            }
            fields << f;
        }
    } else {
        fields = m_schema->fields;
    }
    setFields(fields);
    QSet<QString> seen;
    const int n = int(std::max<qsizetype>(labels.size(), m_fields.size()));
    for (int i = 0; i < n; ++i) {
        if (i >= m_fields.size()) {
            ValidationError e = error("extra-label", {}, i + 1, tr("There is an extra label \"%1\" in the header at position %2").arg(labels.at(i)).arg(i + 1));
            e.fieldName = labels.at(i);
            errors << e;
            continue;
        }
        if (i >= labels.size()) {
            errors << error("missing-label", {}, i + 1, tr("Label \"%1\" of the schema is missing from the header at position %2").arg(m_fields.at(i).name).arg(i + 1));
            continue;
        }
        const QString &label = labels.at(i);
        if (label.trimmed().isEmpty())
            errors << error("blank-label", {}, i + 1, tr("Label in the header at position %1 is blank").arg(i + 1));
        else if (seen.contains(label))
            errors << error("duplicate-label", {}, i + 1, tr("Label \"%1\" at position %2 is a duplicate").arg(label).arg(i + 1));
        else if (m_schema && label != m_fields.at(i).name)
            errors << error("incorrect-label", {}, i + 1, tr("Label \"%1\" at position %2 does not match the field name \"%3\" of the schema").arg(label).arg(i + 1).arg(m_fields.at(i).name));
        seen.insert(label);
    }
    return errors;
}

QString TableChecker::keyOf(const QList<QVariant> &values, const QList<int> &columns) const
{
    QString key;
    for (int c : columns) {
        const QVariant v = c >= 0 && c < values.size() ? values.at(c) : QVariant();
        key += v.isValid() ? QStringLiteral("v") + v.toString() : QStringLiteral("n");
        key += QChar(0x1f);
    }
    return key;
}

// A row without findings, cast without Cells or QVariants; false sends it the full way. Rows that
// feed the key indexes (unique, primary and foreign keys, duplicate rows) always go the full way.
bool TableChecker::readQuick(const QStringList &cells)
{
    if (!m_quickPath || cells.size() != m_fields.size() || !m_uniqueColumns.isEmpty() ||
        !m_primaryKey.isEmpty() || !m_foreignKeys.isEmpty() || m_duplicateRows)
        return false;
    m_scalars.resize(m_fields.size());
    bool blank = true;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!m_casts.at(i).quickRead(cells.at(i), m_scalars[i]))
            return false;
        blank = blank && cells.at(i).isEmpty();
    }
    if (blank)
        return false;
    m_values.setQuick(&cells, &m_scalars);
    return true;
}

QList<ValidationError> TableChecker::checkRow(qint64 row, const QStringList &cells)
{
    if (readQuick(cells))
        return {};
    QList<ValidationError> errors;
    const bool blank = isBlank(cells);
    QList<QVariant> values(m_fields.size());
    if (blank) {
        errors << error("blank-row", row, {}, tr("Row at position %1 is completely blank").arg(row));
    } else {
        for (int i = 0; i < m_fields.size(); ++i) {
            const TableField &f = m_fields.at(i);
            TableField::Cell cell;
            if (i < cells.size()) {
                cell = m_casts.at(i).read(cells.at(i));
            } else {
                cell.missing = true;
                if (f.constraints.required)
                    cell.violations << QStringLiteral("required");
            }
            if (cell.typeError) {
                ValidationError e = error("type-error", row, i + 1,
                                          tr("Type error in the cell \"%1\" in row %2 and field \"%3\" at position %4: type is \"%5/%6\"")
                                              .arg(cells.at(i)).arg(row).arg(fieldLabel(f, i)).arg(i + 1).arg(f.type, f.format));
                e.cell = cells.at(i);
                errors << e;
                continue;
            }
            for (const QString &v : std::as_const(cell.violations)) {
                ValidationError e = error("constraint-error", row, i + 1,
                                          tr("The cell \"%1\" in row %2 and field \"%3\" at position %4 does not conform to the constraint \"%5\"")
                                              .arg(i < cells.size() ? cells.at(i) : QString()).arg(row).arg(fieldLabel(f, i)).arg(i + 1).arg(v));
                e.cell = i < cells.size() ? cells.at(i) : QString();
                e.note = v;
                errors << e;
            }
            if (!cell.missing)
                values[i] = cell.value;
        }
        for (int j = int(m_fields.size()); j < cells.size(); ++j) {
            ValidationError e = error("extra-cell", row, j + 1, tr("Row at position %1 has an extra value in field at position %2").arg(row).arg(j + 1));
            e.cell = cells.at(j);
            errors << e;
        }
        for (int i = int(cells.size()); i < m_fields.size(); ++i)
            errors << error("missing-cell", row, i + 1, tr("Row at position %1 has a missing cell in field \"%2\" at position %3").arg(row).arg(fieldLabel(m_fields.at(i), i)).arg(i + 1));
        for (int u = 0; u < m_uniqueColumns.size(); ++u) {
            const int c = m_uniqueColumns.at(u);
            if (!values.at(c).isValid())
                continue; // null and type-error cells do not take part
            const QString v = values.at(c).toString();
            if (m_uniqueSeen[u].contains(v)) {
                ValidationError e = error("unique-error", row, c + 1, tr("Row at position %1 has a unique constraint violation in field \"%2\" at position %3").arg(row).arg(fieldLabel(m_fields.at(c), c)).arg(c + 1));
                e.cell = c < cells.size() ? cells.at(c) : QString();
                errors << e;
            } else {
                m_uniqueSeen[u].insert(v);
            }
        }
    }
    if (!m_primaryKey.isEmpty()) {
        const bool allNull = std::all_of(m_primaryKey.cbegin(), m_primaryKey.cend(),
                                         [&](int c) { return c < 0 || !values.at(c).isValid(); });
        const QString key = keyOf(values, m_primaryKey);
        if (allNull || m_keysSeen.contains(key))
            errors << error("primary-key", row, {}, tr("Row at position %1 violates the primary key: all key cells are null or the key is not unique").arg(row));
        else
            m_keysSeen.insert(key);
    }
    if (!blank) {
        for (ForeignKeyState &fk : m_foreignKeys) {
            fk.referenced.insert(keyOf(values, fk.referenceColumns));
            const bool allNull = std::all_of(fk.columns.cbegin(), fk.columns.cend(),
                                             [&](int c) { return c < 0 || !values.at(c).isValid(); });
            if (!allNull)
                fk.pending << std::pair{row, keyOf(values, fk.columns)};
        }
        if (m_duplicateRows) {
            // A 64-bit hash instead of the row keeps memory flat; a false duplicate needs a collision
            // (about 1 in 10^7 for ten million rows).
            const size_t h = qHash(cells.join(QChar(0x1f)));
            if (m_rowHashes.contains(h))
                errors << error("duplicate-row", row, {}, tr("Row at position %1 is a duplicate of an earlier row").arg(row));
            else
                m_rowHashes.insert(h);
        }
    }
    m_values.setVariants(std::move(values));
    return errors;
}

QList<ValidationError> TableChecker::finish()
{
    QList<ValidationError> errors;
    for (const ForeignKeyState &fk : std::as_const(m_foreignKeys))
        for (const auto &[row, key] : fk.pending)
            if (!fk.referenced.contains(key))
                errors << error("foreign-key", row, {}, tr("Row at position %1 violates the foreign key: the referenced values are not in the table").arg(row));
    std::stable_sort(errors.begin(), errors.end(), [](const ValidationError &a, const ValidationError &b) { return *a.rowNumber < *b.rowNumber; });
    return errors;
}

} // namespace urbis
