#include "catalogresultsmodel.h"

#include "recordtext.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace urbis {

CatalogResultsModel::CatalogResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogResultsModel::setRecords(QList<DatasetRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

DatasetRecord CatalogResultsModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : DatasetRecord();
}

int CatalogResultsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

void CatalogResultsModel::setHighlightedId(const QString &id)
{
    if (id == m_highlighted)
        return;
    const int before = rowOf(m_highlighted);
    m_highlighted = id;
    const int after = rowOf(id);
    for (int row : {before, after})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole, Qt::FontRole});
}

int CatalogResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int CatalogResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const DatasetRecord &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (!m_highlighted.isEmpty() && r.id == m_highlighted) {
        if (role == Qt::BackgroundRole) {
            // The selection colour, lightened: related to "selected" but clearly not the selection.
            QColor c = QGuiApplication::palette().color(QPalette::Highlight);
            c.setAlpha(70);
            return c;
        }
        if (role == Qt::FontRole && index.column() == TitleColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return r.description.isEmpty() ? r.title : r.description;
    if (role == Qt::ForegroundRole && index.column() == ValidationColumn) {
        if (r.validation == DatasetRecord::Validation::Invalid)
            return QColor(0xc6, 0x28, 0x28);
        if (r.validation == DatasetRecord::Validation::Warnings)
            return QColor(0xb2, 0x6a, 0x00);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return r.title;
    case CityColumn:
        return r.city;
    case DomainColumn:
        return r.domain;
    case FormatColumn:
        return r.format;
    case TimeColumn:
        return RecordText::timeRange(r.timeStart, r.timeEnd);
    case ValidationColumn:
        return RecordText::validation(r.validation);
    default:
        return {};
    }
}

QVariant CatalogResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CityColumn:
        return tr("City");
    case DomainColumn:
        return tr("Domain");
    case FormatColumn:
        return tr("Format");
    case TimeColumn:
        return tr("Time range");
    case ValidationColumn:
        return tr("Validation");
    default:
        return {};
    }
}

} // namespace urbis
