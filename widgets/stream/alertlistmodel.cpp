#include "alertlistmodel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace urbis {

AlertListModel::AlertListModel(int capacity, QObject *parent) : QAbstractTableModel(parent), m_capacity(capacity) {}

void AlertListModel::add(const QString &stream, const AlertEvent &event)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend({stream, event});
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        beginRemoveRows(QModelIndex(), m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void AlertListModel::appendOlder(const QList<Entry> &entries)
{
    const int room = m_capacity - int(m_entries.size());
    const int n = std::min(room, int(entries.size()));
    if (n <= 0)
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size()) + n - 1);
    m_entries.append(entries.mid(0, n));
    endInsertRows();
}

void AlertListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QColor AlertListModel::severityColor(AlertRule::Severity severity)
{
    switch (severity) {
    case AlertRule::Severity::Critical:
        return QColor(198, 40, 40);
    case AlertRule::Severity::Warning:
        return QColor(239, 108, 0);
    case AlertRule::Severity::Info:
        break;
    }
    return QColor(21, 101, 192);
}

QString AlertListModel::severityText(AlertRule::Severity severity)
{
    switch (severity) {
    case AlertRule::Severity::Critical:
        return tr("Critical");
    case AlertRule::Severity::Warning:
        return tr("Warning");
    case AlertRule::Severity::Info:
        break;
    }
    return tr("Info");
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::display(const Entry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.event.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case SeverityColumn:
        return severityText(e.event.severity);
    case StreamColumn:
        return e.stream;
    case StationColumn:
        return e.event.entity;
    case RuleColumn:
        return e.event.ruleName;
    case MessageColumn:
        return e.event.message;
    case StateColumn:
        return e.event.raised ? tr("raised") : tr("cleared");
    default:
        return {};
    }
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? display(e, index.column()) : QVariant();
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityColor(e.event.severity)) : QVariant();
    case Qt::ForegroundRole:
        if (!e.event.raised)
            return QBrush(QColor(117, 117, 117)); // cleared: history, not a call to act
        if (index.column() == SeverityColumn || index.column() == StateColumn)
            return QBrush(severityColor(e.event.severity));
        return {};
    case Qt::FontRole:
        if (e.event.raised && e.event.severity == AlertRule::Severity::Critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RaisedRole:
        return e.event.raised;
    case SeverityRole:
        return int(e.event.severity);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case StreamColumn:
        return tr("Stream");
    case StationColumn:
        return tr("Station");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace urbis
