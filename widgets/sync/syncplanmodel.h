#pragma once

#include "storage/sync/syncreport.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * The actions of a SyncReport as a table: what a dry run would move (or a sync moved) per dataset:
 * action, dataset title, bytes, detail. A plain value holder; GUI thread only.
 */
class SyncPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, DatasetColumn, BytesColumn, DetailColumn, ColumnCount };
    enum Role { BytesRole = Qt::UserRole + 1 };

    explicit SyncPlanModel(QObject *parent = nullptr);

    void setActions(QList<SyncAction> actions);
    const QList<SyncAction> &actions() const { return m_actions; }
    qint64 totalBytes() const;

    static QString actionText(SyncAction::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncAction> m_actions;
};

} // namespace urbis
