#include "syncplanmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace urbis {

SyncPlanModel::SyncPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncPlanModel::setActions(QList<SyncAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

qint64 SyncPlanModel::totalBytes() const
{
    qint64 total = 0;
    for (const SyncAction &a : m_actions)
        total += a.bytes;
    return total;
}

QString SyncPlanModel::actionText(SyncAction::Kind kind)
{
    switch (kind) {
    case SyncAction::Kind::Push:
        return tr("Upload");
    case SyncAction::Kind::Pull:
        return tr("Download");
    case SyncAction::Kind::Fetch:
        return tr("Fetch data");
    case SyncAction::Kind::Conflict:
        return tr("Conflict");
    case SyncAction::Kind::Failed:
        return tr("Failed");
    }
    return {};
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const SyncAction &a = m_actions.at(index.row());
    if (role == BytesRole)
        return a.bytes;
    if (role == Qt::TextAlignmentRole && index.column() == BytesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole &&
        (a.kind == SyncAction::Kind::Failed || a.kind == SyncAction::Kind::Conflict))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ActionColumn:
        return actionText(a.kind);
    case DatasetColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1 (%n version(s))", nullptr, a.versions).arg(a.title.isEmpty() ? a.lineage : a.title);
        return a.title.isEmpty() ? a.lineage : a.title;
    case BytesColumn:
        // Nothing moves for a conflict or a failure: a "0 bytes" there would read as an empty file.
        if (a.bytes == 0 && (a.kind == SyncAction::Kind::Conflict || a.kind == SyncAction::Kind::Failed))
            return QString();
        return QLocale().formattedDataSize(a.bytes);
    case DetailColumn:
        return a.detail;
    default:
        return {};
    }
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case DatasetColumn:
        return tr("Dataset");
    case BytesColumn:
        return tr("Size");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace urbis
