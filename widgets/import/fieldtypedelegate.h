#pragma once

#include <QStyledItemDelegate>

namespace urbis {

/** Edits a Table Schema type cell with a combo box of SchemaFieldsModel::types(); commits on every change. */
class FieldTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FieldTypeDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace urbis
