#include "reporterrorfilter.h"

#include "reporterrorsmodel.h"

namespace urbis {

ReportErrorFilter::ReportErrorFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReportErrorsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReportErrorFilter::setErrorType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void ReportErrorFilter::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

bool ReportErrorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_type.isEmpty() && m->index(sourceRow, 0, sourceParent).data(ReportErrorsModel::TypeRole).toString() != m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace urbis
