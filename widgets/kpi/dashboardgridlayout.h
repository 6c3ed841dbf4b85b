#pragma once

#include <QLayout>
#include <QList>
#include <QRect>

namespace urbis {

/**
 * Places widgets on the dashboard grid: Dashboard::kColumns columns sharing the width, rows of a
 * fixed height, each widget over its cell rectangle (grid units). Its minimum height is the
 * height of all rows, so inside a scroll area long dashboards scroll instead of squeezing.
 */
class DashboardGridLayout : public QLayout
{
    Q_OBJECT
public:
    explicit DashboardGridLayout(QWidget *parent = nullptr);
    ~DashboardGridLayout() override;

    void addWidget(QWidget *widget, const QRect &cell);
    void setRowHeight(int pixels);
    int rowHeight() const { return m_rowHeight; }
    /** Grid rows used (bottom of the lowest cell). */
    int rowCount() const;
    /** The rectangle `cell` gets inside `area` (the same rule setGeometry() uses). */
    QRect cellGeometry(const QRect &cell, const QRect &area) const;

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Item
    {
        QLayoutItem *item;
        QRect cell;
    };
    QList<Item> m_items;
    int m_rowHeight = 80;
};

} // namespace urbis
