#pragma once

#include "kpi/kpiresult.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * The first values of a preview evaluation as a table: period, dimension values, value, status.
 * Keeps at most `limit` rows (the preview shows a sample, not the whole series). GUI thread only.
 */
class KpiPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PeriodColumn, DimensionsColumn, ValueColumn, StatusColumn, ColumnCount };
    static constexpr int kDefaultLimit = 50;

    explicit KpiPreviewModel(QObject *parent = nullptr);

    void setResult(const KpiResult &result, int limit = kDefaultLimit);
    void clear();
    const KpiResult &result() const { return m_result; }
    int totalValues() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KpiResult m_result; ///< values cut to the limit
    int m_total = 0;
};

} // namespace urbis
