#include "schemafieldsmodel.h"

#include <QColor>
#include <QLocale>

namespace urbis {

SchemaFieldsModel::SchemaFieldsModel(QObject *parent) : QAbstractTableModel(parent) {}

const QStringList &SchemaFieldsModel::types()
{
    static const QStringList t{QStringLiteral("string"),   QStringLiteral("number"),   QStringLiteral("integer"),
                               QStringLiteral("boolean"),  QStringLiteral("date"),     QStringLiteral("time"),
                               QStringLiteral("datetime"), QStringLiteral("year"),     QStringLiteral("yearmonth"),
                               QStringLiteral("geopoint"), QStringLiteral("geojson"),  QStringLiteral("any")};
    return t;
}

void SchemaFieldsModel::setInference(const TableSchema &schema, const QList<FieldGuess> &guesses)
{
    beginResetModel();
    m_schema = schema;
    m_guesses = guesses;
    m_edited = false;
    endResetModel();
}

QStringList SchemaFieldsModel::fieldTypes() const
{
    QStringList out;
    for (const TableField &f : m_schema.fields)
        out << f.type;
    return out;
}

int SchemaFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schema.fields.size());
}

int SchemaFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SchemaFieldsModel::boundText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.isString() ? v.toString() : QString();
}

QJsonValue SchemaFieldsModel::boundFromText(const QString &text, const QString &type)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (type == u"number" || type == u"integer" || type == u"year") {
        bool ok = false;
        const double d = QLocale::c().toDouble(t, &ok);
        if (ok)
            return d;
        const double l = QLocale().toDouble(t, &ok);
        if (ok)
            return l;
    }
    return t;
}

QVariant SchemaFieldsModel::hint(int row) const
{
    if (row >= m_guesses.size())
        return {};
    const FieldGuess &g = m_guesses.at(row);
    QString text = tr("Detected: %1, %2% of %n sampled cells fit", nullptr, int(g.sampled))
                       .arg(g.field.type, QLocale().toString(g.confidence * 100, 'f', 0));
    if (g.missing > 0)
        text += QLatin1Char('\n') + tr("%n cells empty or missing", nullptr, int(g.missing));
    if (!g.examples.isEmpty())
        text += QLatin1Char('\n') + tr("Examples: %1").arg(g.examples.join(QStringLiteral(" · ")));
    if (!g.field.unit.isEmpty())
        text += QLatin1Char('\n') + tr("Suggested unit: %1").arg(g.field.unit);
    return text;
}

QVariant SchemaFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_schema.fields.size())
        return {};
    const TableField &f = m_schema.fields.at(index.row());
    const FieldGuess *g = index.row() < m_guesses.size() ? &m_guesses.at(index.row()) : nullptr;
    const int c = index.column();
    if (role == Qt::ToolTipRole)
        return hint(index.row());
    if (role == Qt::CheckStateRole) {
        if (c == RequiredColumn)
            return f.constraints.required ? Qt::Checked : Qt::Unchecked;
        if (c == UniqueColumn)
            return f.constraints.unique ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ForegroundRole && c == ConfidenceColumn && g && g->confidence < 0.999)
        return QColor(0xb2, 0x6a, 0x00);
    if (role == Qt::ForegroundRole && c == TypeColumn && g && f.type != g->field.type)
        return QColor(0x15, 0x65, 0xc0); // edited by the user
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (c) {
    case NameColumn:
        return f.name;
    case TypeColumn:
        return f.type;
    case UnitColumn:
        return f.unit;
    case MinimumColumn:
        return boundText(f.constraints.minimum);
    case MaximumColumn:
        return boundText(f.constraints.maximum);
    case ConfidenceColumn:
        return g ? QLocale().toString(g->confidence * 100, 'f', 0) + QStringLiteral(" %") : QString();
    case ExamplesColumn:
        return g ? g->examples.join(QStringLiteral(" · ")) : QString();
    default:
        return {};
    }
}

bool SchemaFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_schema.fields.size())
        return false;
    TableField &f = m_schema.fields[index.row()];
    const int c = index.column();
    if (role == Qt::CheckStateRole && (c == RequiredColumn || c == UniqueColumn)) {
        const bool on = value.toInt() == Qt::Checked;
        (c == RequiredColumn ? f.constraints.required : f.constraints.unique) = on;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (c) {
        case TypeColumn: {
            if (!types().contains(text) || text == f.type)
                return false;
            f.type = text;
            // A format belongs to its type: keep the inferred one only when going back to that type.
            const FieldGuess *g = index.row() < m_guesses.size() ? &m_guesses.at(index.row()) : nullptr;
            f.format = g && g->field.type == text ? g->field.format : QStringLiteral("default");
            f.constraints.minimum = boundFromText(boundText(f.constraints.minimum), text);
            f.constraints.maximum = boundFromText(boundText(f.constraints.maximum), text);
            break;
        }
        case UnitColumn:
            f.unit = text.trimmed();
            break;
        case MinimumColumn:
            f.constraints.minimum = boundFromText(text, f.type);
            break;
        case MaximumColumn:
            f.constraints.maximum = boundFromText(text, f.type);
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    m_edited = true;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit schemaEdited();
    return true;
}

Qt::ItemFlags SchemaFieldsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case TypeColumn:
    case UnitColumn:
    case MinimumColumn:
    case MaximumColumn:
        return f | Qt::ItemIsEditable;
    case RequiredColumn:
    case UniqueColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

QVariant SchemaFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ConfidenceColumn)
        return tr("Share of the sampled cells that fit the detected type");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Field");
    case TypeColumn: return tr("Type");
    case UnitColumn: return tr("Unit");
    case RequiredColumn: return tr("Required");
    case UniqueColumn: return tr("Unique");
    case MinimumColumn: return tr("Minimum");
    case MaximumColumn: return tr("Maximum");
    case ConfidenceColumn: return tr("Confidence");
    case ExamplesColumn: return tr("Examples");
    default: return {};
    }
}

} // namespace urbis
