#pragma once

#include "designeritem.h"

#include <QAbstractListModel>

namespace urbis {

class DesignerDocument;

/**
 * One list of the designer's palette: either the dashboard's KPIs (name, unit, domain; follows the
 * document) or the visualisation types (DashboardPanel::allTypes()). Entries drag onto the grid as
 * DesignerItem::kMimeType data; dragging is off while the document is read-only. GUI thread only.
 */
class DesignerPaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, TypeRole };

    DesignerPaletteModel(DesignerItem::Kind kind, DesignerDocument *document, QObject *parent = nullptr);

    DesignerItem itemAt(int row) const;
    /** Row of a KPI id (KPI palette) or -1. */
    int rowOfKpi(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    void refresh();

    DesignerItem::Kind m_kind;
    DesignerDocument *m_document;
    QStringList m_kpiIds; ///< snapshot, so a reset is only signalled when the list really changed
    QStringList m_kpiLabels;
};

} // namespace urbis
