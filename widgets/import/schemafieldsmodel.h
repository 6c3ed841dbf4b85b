#pragma once

#include "ingest/fieldguess.h"
#include "ingest/tableschema.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * Editable table model over the fields of a Table Schema, seeded from SchemaInference's guesses:
 * type, unit, required, unique, minimum and maximum are editable; the inferred confidence and
 * example cells are shown as read-only hints. schema() gives the edited schema (what validation and
 * import use). GUI thread only.
 */
class SchemaFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        UnitColumn,
        RequiredColumn,
        UniqueColumn,
        MinimumColumn,
        MaximumColumn,
        ConfidenceColumn,
        ExamplesColumn,
        ColumnCount
    };

    explicit SchemaFieldsModel(QObject *parent = nullptr);

    /** The Table Schema types offered in the type column. */
    static const QStringList &types();

    void setInference(const TableSchema &schema, const QList<FieldGuess> &guesses);
    TableSchema schema() const { return m_schema; }
    QStringList fieldTypes() const;
    /** True when the user changed something since setInference(). */
    bool isEdited() const { return m_edited; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void schemaEdited();

private:
    QVariant hint(int row) const;
    static QJsonValue boundFromText(const QString &text, const QString &type);
    static QString boundText(const QJsonValue &v);

    TableSchema m_schema;
    QList<FieldGuess> m_guesses;
    bool m_edited = false;
};

} // namespace urbis
