#include "kpitablemodel.h"

#include "kpipanelstyle.h"

#include <QBrush>

#include <limits>

namespace urbis {

KpiTableModel::KpiTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setResults(const QList<KpiResult> &results, const QList<KpiDefinition> &kpis, int limit)
{
    beginResetModel();
    m_rows.clear();
    m_dimensions.clear();
    m_truncated = 0;
    m_showKpi = results.size() > 1;
    for (const KpiResult &r : results)
        for (const QString &d : r.dimensions)
            if (!m_dimensions.contains(d))
                m_dimensions << d;
    for (const KpiResult &r : results) {
        QString name = r.id;
        for (const KpiDefinition &k : kpis)
            if (k.id == r.id && !k.name.isEmpty())
                name = k.name;
        for (const KpiValue &v : r.values) {
            if (m_rows.size() >= limit) {
                ++m_truncated;
                continue;
            }
            m_rows.append(Row{name, r.unit, v});
        }
    }
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dimensions.size()) + 3 + (m_showKpi ? 1 : 0);
}

KpiTableModel::Column KpiTableModel::columnKind(int column) const
{
    if (m_showKpi) {
        if (column == 0)
            return Column::Kpi;
        --column;
    }
    if (column == 0)
        return Column::Period;
    if (column <= m_dimensions.size())
        return Column::Dimension;
    return column == m_dimensions.size() + 1 ? Column::Value : Column::Status;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const Column kind = columnKind(index.column());
    const int dimension = index.column() - 1 - (m_showKpi ? 1 : 0);
    if (role == SortRole) {
        if (kind == Column::Value) // no value is below every number, in both sort directions' sense
            return row.value.value ? *row.value.value : -std::numeric_limits<double>::infinity();
        role = Qt::UserRole;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::UserRole:
        switch (kind) {
        case Column::Kpi: return row.kpiName;
        case Column::Period: return row.value.period;
        case Column::Dimension: return row.value.dims.value(m_dimensions.value(dimension));
        case Column::Value:
            if (role == Qt::UserRole)
                return row.value.value ? QVariant(*row.value.value) : QVariant();
            return KpiPanelStyle::formatValue(row.value.value, row.unit);
        case Column::Status:
            return row.value.status.isEmpty() ? QString() : KpiPanelStyle::statusLabel(row.value.status);
        }
        break;
    case Qt::TextAlignmentRole:
        return kind == Column::Value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (kind == Column::Status && !row.value.status.isEmpty())
            return QBrush(KpiPanelStyle::statusColor(row.value.status).darker(115));
        if (kind == Column::Value && !row.value.value)
            return QBrush(Qt::gray);
        break;
    case Qt::ToolTipRole:
        return KpiPanelStyle::tooltip(row.kpiName, row.value.period, KpiPanelStyle::dimsLabel(row.value.dims),
                                      row.value.value, row.unit, row.value.status);
    default:
        break;
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnKind(section)) {
    case Column::Kpi: return tr("KPI");
    case Column::Period: return tr("Period");
    case Column::Dimension: return m_dimensions.value(section - 1 - (m_showKpi ? 1 : 0));
    case Column::Value: return tr("Value");
    case Column::Status: return tr("Status");
    }
    return {};
}

} // namespace urbis
