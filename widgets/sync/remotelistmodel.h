#pragma once

#include "storage/remote/remoteprofile.h"
#include "storage/sync/syncstatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace urbis {

/**
 * The remotes of the Sync panel, one row each: name, where (endpoint, bucket, prefix), last sync,
 * pending local changes and the last error, from a RemoteOverview the panel read off the GUI thread.
 * A plain value holder; GUI thread only.
 */
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, WhereColumn, LastSyncColumn, PendingColumn, ErrorColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit RemoteListModel(QObject *parent = nullptr);

    void setRemotes(QList<RemoteProfile> remotes, QHash<QString, SyncStatus> statuses);
    /** Marks a remote as syncing right now (shown in the last-sync column). */
    void setRunning(const QString &name, bool running);
    const QList<RemoteProfile> &remotes() const { return m_remotes; }
    /** Row of remote `name`, or -1. */
    int rowOf(const QString &name) const;
    SyncStatus status(const QString &name) const { return m_statuses.value(name); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString whereText(const RemoteProfile &remote);

private:
    QVariant display(const RemoteProfile &remote, int column) const;

    QList<RemoteProfile> m_remotes;
    QHash<QString, SyncStatus> m_statuses;
    QSet<QString> m_running;
};

} // namespace urbis
