#pragma once

#include "kpipanelwidget.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace urbis {

class KpiTableModel;

/**
 * The values of the panel's KPIs as a sortable table (period, dimensions, value, status) with a
 * search field that filters rows on any column. Option "limit" caps the rows (default 500).
 */
class KpiTablePanel : public KpiPanelWidget
{
    Q_OBJECT
public:
    explicit KpiTablePanel(QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    /** The rows as shown (sorted, filtered). */
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    KpiTableModel *model() const { return m_model; }

protected:
    void rebuild() override;
    void renderContent(QPainter *painter, const QRectF &rect) const override;

private:
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    KpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace urbis
