#pragma once

#include "kpi/kpidefinition.h"
#include "kpi/kpiresult.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * KPI values as rows: [KPI,] period, one column per dimension, value, status. Display text is
 * formatted; Qt::UserRole holds the raw value (a double, or an invalid QVariant for "no value") and
 * SortRole a key that sorts numbers as numbers and "no value" below every number. At most `limit`
 * rows. GUI thread.
 */
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit KpiTableModel(QObject *parent = nullptr);

    void setResults(const QList<KpiResult> &results, const QList<KpiDefinition> &kpis, int limit = 500);
    /** Rows the results had beyond the limit (not shown). */
    int truncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kpiName, unit;
        KpiValue value;
    };
    enum class Column { Kpi, Period, Dimension, Value, Status };
    Column columnKind(int column) const;

    QList<Row> m_rows;
    QStringList m_dimensions;
    bool m_showKpi = false;
    int m_truncated = 0;
};

} // namespace urbis
