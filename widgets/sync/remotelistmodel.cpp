#include "remotelistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace urbis {

RemoteListModel::RemoteListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RemoteListModel::setRemotes(QList<RemoteProfile> remotes, QHash<QString, SyncStatus> statuses)
{
    beginResetModel();
    m_remotes = std::move(remotes);
    m_statuses = std::move(statuses);
    endResetModel();
}

void RemoteListModel::setRunning(const QString &name, bool running)
{
    if (running == m_running.contains(name))
        return;
    if (running)
        m_running.insert(name);
    else
        m_running.remove(name);
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, LastSyncColumn), index(row, LastSyncColumn));
}

int RemoteListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_remotes.size(); ++i) {
        if (m_remotes.at(i).name == name)
            return i;
    }
    return -1;
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_remotes.size());
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RemoteListModel::whereText(const RemoteProfile &remote)
{
    QString bucket = remote.bucket;
    if (!remote.prefix.isEmpty())
        bucket += QLatin1Char('/') + remote.prefix;
    return tr("%1 at %2").arg(bucket, remote.endpoint.toString(QUrl::RemoveUserInfo));
}

QVariant RemoteListModel::display(const RemoteProfile &remote, int column) const
{
    const SyncStatus status = m_statuses.value(remote.name);
    switch (column) {
    case NameColumn:
        return remote.name;
    case WhereColumn:
        return whereText(remote);
    case LastSyncColumn:
        if (m_running.contains(remote.name))
            return tr("Syncing…");
        return status.lastSync.isValid()
                   ? QLocale().toString(status.lastSync.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case PendingColumn:
        return status.pending;
    case ErrorColumn:
        return status.lastError;
    default:
        return {};
    }
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_remotes.size())
        return {};
    const RemoteProfile &remote = m_remotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(remote, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == WhereColumn)
            return display(remote, index.column());
        if (index.column() == PendingColumn)
            return tr("Datasets changed here and not yet pushed");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ErrorColumn)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PendingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return remote.name;
    default:
        return {};
    }
}

QVariant RemoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Remote");
    case WhereColumn:
        return tr("Endpoint / bucket");
    case LastSyncColumn:
        return tr("Last sync");
    case PendingColumn:
        return tr("Pending");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace urbis
