#include "fieldtypedelegate.h"

#include "schemafieldsmodel.h"

#include <QComboBox>

namespace urbis {

FieldTypeDelegate::FieldTypeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *FieldTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("typeCombo_%1").arg(index.row()));
    combo->addItems(SchemaFieldsModel::types());
    combo->setToolTip(index.data(Qt::ToolTipRole).toString());
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<FieldTypeDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void FieldTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findText(index.data(Qt::EditRole).toString());
    if (i >= 0 && i != combo->currentIndex())
        combo->setCurrentIndex(i);
}

void FieldTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace urbis
