#include "conflictlistmodel.h"

#include <QLocale>

namespace urbis {

ConflictListModel::ConflictListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictListModel::setConflicts(QList<SyncConflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const SyncConflict &c = m_conflicts.at(index.row());
    if (role == LineageRole)
        return c.lineage;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return c.title.isEmpty() ? c.lineage : c.title;
    case DetailColumn:
        return c.detail;
    case DetectedColumn:
        return c.detected.isValid() ? QLocale().toString(c.detected.toLocalTime(), QLocale::ShortFormat)
                                    : QString();
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Dataset");
    case DetailColumn:
        return tr("What differs");
    case DetectedColumn:
        return tr("Detected");
    default:
        return {};
    }
}

} // namespace urbis
