#include "kpipreviewmodel.h"

#include <QColor>
#include <QLocale>

namespace urbis {

KpiPreviewModel::KpiPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiPreviewModel::setResult(const KpiResult &result, int limit)
{
    beginResetModel();
    m_result = result;
    m_total = int(result.values.size());
    if (m_result.values.size() > limit)
        m_result.values.resize(limit);
    endResetModel();
}

void KpiPreviewModel::clear()
{
    setResult({});
}

int KpiPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.values.size());
}

int KpiPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.values.size())
        return {};
    const KpiValue &v = m_result.values.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (v.status == u"good")
            return QColor(0x2e, 0x7d, 0x32);
        if (v.status == u"warn")
            return QColor(0xb2, 0x6a, 0x00);
        if (v.status == u"bad")
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PeriodColumn:
        return v.period;
    case DimensionsColumn: {
        QStringList parts;
        for (auto it = v.dims.cbegin(); it != v.dims.cend(); ++it)
            parts << it.value();
        return parts.join(QStringLiteral(", "));
    }
    case ValueColumn:
        // "—" rather than 0: an empty period has no value (formula docs: null, never 0).
        return v.value ? QLocale().toString(*v.value, 'g', 6) : QStringLiteral("—");
    case StatusColumn:
        if (v.status == u"good")
            return tr("good");
        if (v.status == u"warn")
            return tr("warning");
        if (v.status == u"bad")
            return tr("bad");
        return QString();
    default:
        return {};
    }
}

QVariant KpiPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case DimensionsColumn:
        return m_result.dimensions.isEmpty() ? tr("Dimensions")
                                             : m_result.dimensions.join(QStringLiteral(", "));
    case ValueColumn:
        return m_result.unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_result.unit);
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace urbis
