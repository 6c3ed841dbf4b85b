#pragma once

#include "storage/sync/syncstatus.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * The open conflicts of one remote (SyncStatus::conflicts): title, what differs, when it was
 * detected. A plain value holder; GUI thread only.
 */
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DetailColumn, DetectedColumn, ColumnCount };
    enum Role { LineageRole = Qt::UserRole + 1 };

    explicit ConflictListModel(QObject *parent = nullptr);

    void setConflicts(QList<SyncConflict> conflicts);
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncConflict> m_conflicts;
};

} // namespace urbis
