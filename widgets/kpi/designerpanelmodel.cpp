#include "designerpanelmodel.h"

#include "designerdocument.h"

#include <algorithm>

namespace urbis {

DesignerPanelModel::DesignerPanelModel(DesignerDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(m_document, &DesignerDocument::changed, this, &DesignerPanelModel::refresh);
    refresh();
}

QString DesignerPanelModel::displayTitle(const Dashboard &dashboard, const DashboardPanel &panel)
{
    if (!panel.title.isEmpty())
        return panel.title;
    if (!panel.kpis.isEmpty()) {
        const KpiDefinition *k = dashboard.kpi(panel.kpis.first());
        if (k)
            return k->name.isEmpty() ? k->id : k->name;
    }
    return DashboardPanel::typeLabel(panel.type);
}

void DesignerPanelModel::refresh()
{
    const Dashboard &d = m_document->dashboard();
    QList<const DashboardPanel *> panels;
    for (const DashboardPanel &p : d.panels)
        panels << &p;
    std::stable_sort(panels.begin(), panels.end(), [](const DashboardPanel *a, const DashboardPanel *b) {
        return std::pair(a->cell.y(), a->cell.x()) < std::pair(b->cell.y(), b->cell.x());
    });
    QStringList ids;
    QStringList labels;
    for (const DashboardPanel *p : std::as_const(panels)) {
        ids << p->id;
        labels << tr("%1 — %2").arg(displayTitle(d, *p), DashboardPanel::typeLabel(p->type));
    }
    if (ids == m_ids && labels == m_labels)
        return;
    beginResetModel();
    m_ids = ids;
    m_labels = labels;
    endResetModel();
}

int DesignerPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant DesignerPanelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_labels.at(index.row());
    case Qt::ToolTipRole: {
        const DashboardPanel *p = m_document->dashboard().panel(m_ids.at(index.row()));
        return p ? tr("%1: column %2, row %3, %4 × %5 cells")
                       .arg(p->id)
                       .arg(p->cell.x() + 1)
                       .arg(p->cell.y() + 1)
                       .arg(p->cell.width())
                       .arg(p->cell.height())
                 : QVariant();
    }
    case IdRole:
        return m_ids.at(index.row());
    default:
        return {};
    }
}

} // namespace urbis
