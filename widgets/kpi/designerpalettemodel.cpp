#include "designerpalettemodel.h"

#include "designerdocument.h"

#include <QMimeData>

namespace urbis {

DesignerPaletteModel::DesignerPaletteModel(DesignerItem::Kind kind, DesignerDocument *document,
                                           QObject *parent)
    : QAbstractListModel(parent), m_kind(kind), m_document(document)
{
    if (m_kind == DesignerItem::Kind::Kpi) {
        connect(m_document, &DesignerDocument::changed, this, &DesignerPaletteModel::refresh);
        refresh();
    }
    connect(m_document, &DesignerDocument::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1)); // flags changed (drag on/off)
    });
}

void DesignerPaletteModel::refresh()
{
    QStringList ids;
    QStringList labels;
    for (const KpiDefinition &k : m_document->dashboard().kpis) {
        ids << k.id;
        labels << (k.name.isEmpty() ? k.id : k.name) +
                      (k.unit.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(k.unit));
    }
    if (ids == m_kpiIds && labels == m_kpiLabels)
        return;
    beginResetModel();
    m_kpiIds = ids;
    m_kpiLabels = labels;
    endResetModel();
}

DesignerItem DesignerPaletteModel::itemAt(int row) const
{
    DesignerItem item;
    item.kind = m_kind;
    if (m_kind == DesignerItem::Kind::Type)
        item.type = DashboardPanel::allTypes().value(row);
    else
        item.kpiId = m_kpiIds.value(row);
    return item;
}

int DesignerPaletteModel::rowOfKpi(const QString &id) const
{
    return int(m_kpiIds.indexOf(id));
}

int DesignerPaletteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == DesignerItem::Kind::Type ? DashboardPanel::allTypes().size() : m_kpiIds.size());
}

QVariant DesignerPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool types = m_kind == DesignerItem::Kind::Type;
    switch (role) {
    case Qt::DisplayRole:
        return types ? DashboardPanel::typeLabel(DashboardPanel::allTypes().at(row)) : m_kpiLabels.at(row);
    case Qt::ToolTipRole: {
        if (types)
            return tr("Drag onto the grid to add a %1 panel")
                .arg(DashboardPanel::typeLabel(DashboardPanel::allTypes().at(row)));
        const KpiDefinition *k = m_document->dashboard().kpi(m_kpiIds.at(row));
        return k ? tr("%1\n%2\nDrag onto the grid to chart it; double-click to edit.").arg(k->id, k->formula)
                 : QVariant();
    }
    case KindRole:
        return static_cast<int>(m_kind);
    case IdRole:
        return types ? DashboardPanel::typeName(DashboardPanel::allTypes().at(row)) : m_kpiIds.at(row);
    case TypeRole:
        return types ? static_cast<int>(DashboardPanel::allTypes().at(row)) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags DesignerPaletteModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList DesignerPaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(DesignerItem::kMimeType)};
}

QMimeData *DesignerPaletteModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(DesignerItem::kMimeType), itemAt(indexes.first().row()).toMime());
    return mime;
}

} // namespace urbis
