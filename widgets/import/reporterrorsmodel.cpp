#include "reporterrorsmodel.h"

#include <QColor>

namespace urbis {

ReportErrorsModel::ReportErrorsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportErrorsModel::setReport(ValidationReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

const ValidationError &ReportErrorsModel::at(int row) const
{
    return row < m_report.errors.size() ? m_report.errors.at(row) : m_report.notices.at(row - m_report.errors.size());
}

QList<QPair<QString, int>> ReportErrorsModel::typeCounts() const
{
    QList<QPair<QString, int>> out;
    for (int i = 0; i < rowCount(); ++i) {
        const ValidationError &e = at(i);
        auto it = std::find_if(out.begin(), out.end(), [&](const QPair<QString, int> &p) { return p.first == e.type; });
        if (it == out.end())
            out.append({e.type, 1});
        else
            ++it->second;
    }
    return out;
}

int ReportErrorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.errors.size() + m_report.notices.size());
}

int ReportErrorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ValidationError &e = at(index.row());
    const int c = index.column();
    switch (role) {
    case RowNumberRole:
        return e.rowNumber ? QVariant(*e.rowNumber) : QVariant();
    case TypeRole:
        return e.type;
    case NoticeRole:
        return isNotice(index.row());
    case Qt::ToolTipRole:
        return e.note.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.note;
    case Qt::ForegroundRole:
        if (c == TypeColumn)
            return isNotice(index.row()) ? QColor(0xb2, 0x6a, 0x00) : QColor(0xc6, 0x28, 0x28);
        return {};
    case SortRole:
        if (c == RowColumn)
            return e.rowNumber ? *e.rowNumber : qint64(0);
        if (c == FieldColumn)
            return e.fieldNumber ? *e.fieldNumber : 0;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (c) {
        case RowColumn:
            return e.rowNumber ? QVariant(*e.rowNumber) : QVariant(tr("—"));
        case FieldColumn:
            if (!e.fieldName.isEmpty())
                return e.fieldNumber ? QStringLiteral("%1 (%2)").arg(e.fieldName).arg(*e.fieldNumber) : e.fieldName;
            return e.fieldNumber ? QVariant(*e.fieldNumber) : QVariant(tr("—"));
        case TypeColumn:
            return e.type;
        case CellColumn:
            return e.cell;
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case FieldColumn: return tr("Field");
    case TypeColumn: return tr("Error type");
    case CellColumn: return tr("Cell");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace urbis
