#include "streamlistmodel.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace urbis {

StreamListModel::StreamListModel(QObject *parent) : QAbstractTableModel(parent) {}

void StreamListModel::setStatuses(QList<StreamStatus> statuses)
{
    const bool sameRows = statuses.size() == m_rows.size()
                          && std::equal(statuses.cbegin(), statuses.cend(), m_rows.cbegin(),
                                        [](const StreamStatus &a, const StreamStatus &b) { return a.name == b.name; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(statuses);
        endResetModel();
        return;
    }
    m_rows = std::move(statuses);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int StreamListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == name)
            return i;
    return -1;
}

QString StreamListModel::stateText(StreamSource::State state)
{
    switch (state) {
    case StreamSource::State::Idle:
        return tr("Not started");
    case StreamSource::State::Connecting:
        return tr("Connecting…");
    case StreamSource::State::Connected:
        return tr("Connected");
    case StreamSource::State::Reconnecting:
        return tr("Reconnecting…");
    case StreamSource::State::Stopped:
        return tr("Stopped");
    }
    return {};
}

QColor StreamListModel::stateColor(StreamSource::State state)
{
    switch (state) {
    case StreamSource::State::Connected:
        return QColor(46, 125, 50);
    case StreamSource::State::Connecting:
        return QColor(239, 108, 0);
    case StreamSource::State::Reconnecting:
        return QColor(198, 40, 40);
    case StreamSource::State::Idle:
    case StreamSource::State::Stopped:
        break;
    }
    return QColor(117, 117, 117);
}

int StreamListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamListModel::display(const StreamStatus &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return s.name;
    case UrlColumn:
        return s.url.toString(QUrl::RemoveUserInfo);
    case StateColumn:
        return stateText(s.state);
    case RateColumn:
        return locale.toString(s.stats.messagesPerSec, 'f', s.stats.messagesPerSec < 10 ? 1 : 0);
    case SamplesColumn:
        return locale.toString(s.stats.samples);
    case MalformedColumn:
        return locale.toString(s.stats.malformed);
    case OversizedColumn:
        return locale.toString(s.stats.oversized);
    case ReconnectsColumn:
        return locale.toString(s.stats.reconnects);
    case RecordingColumn:
        return s.recording ? tr("%1 rows").arg(locale.toString(s.recordedRows)) : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant StreamListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StreamStatus &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !s.stats.lastError.isEmpty())
            return tr("Last error: %1").arg(s.stats.lastError);
        if (index.column() == UrlColumn)
            return display(s, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(stateColor(s.state));
        if ((index.column() == MalformedColumn && s.stats.malformed > 0)
            || (index.column() == OversizedColumn && s.stats.oversized > 0))
            return QBrush(QColor(198, 40, 40));
        if (index.column() == RecordingColumn && s.recording)
            return QBrush(QColor(198, 40, 40));
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(s.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RateColumn && index.column() <= RecordingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return s.name;
    default:
        return {};
    }
}

QVariant StreamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MalformedColumn:
            return tr("Messages that were not JSON, not a record, or could not be mapped");
        case OversizedColumn:
            return tr("Messages over the maximum size, dropped unread");
        case ReconnectsColumn:
            return tr("Successful connections after the first");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Stream");
    case UrlColumn:
        return tr("URL");
    case StateColumn:
        return tr("State");
    case RateColumn:
        return tr("msg/s");
    case SamplesColumn:
        return tr("Samples");
    case MalformedColumn:
        return tr("Malformed");
    case OversizedColumn:
        return tr("Oversized");
    case ReconnectsColumn:
        return tr("Reconnects");
    case RecordingColumn:
        return tr("Recording");
    default:
        return {};
    }
}

} // namespace urbis
