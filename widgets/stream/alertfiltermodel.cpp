#include "alertfiltermodel.h"

#include "alertlistmodel.h"

namespace urbis {

AlertFilterModel::AlertFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void AlertFilterModel::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AlertFilterModel::setRaisedOnly(bool raisedOnly)
{
    m_raisedOnly = raisedOnly;
    invalidateRowsFilter();
}

void AlertFilterModel::setMinimumSeverity(AlertRule::Severity severity)
{
    m_minimum = severity;
    invalidateRowsFilter();
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_raisedOnly && !first.data(AlertListModel::RaisedRole).toBool())
        return false;
    if (first.data(AlertListModel::SeverityRole).toInt() < int(m_minimum))
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        text += model->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char('\n');
    for (const QString &w : m_words)
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace urbis
