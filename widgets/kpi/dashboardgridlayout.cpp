#include "dashboardgridlayout.h"

#include "kpi/dashboard.h"

#include <QWidget>

#include <algorithm>

namespace urbis {

DashboardGridLayout::DashboardGridLayout(QWidget *parent) : QLayout(parent)
{
    setSpacing(8);
    setContentsMargins(8, 8, 8, 8);
}

DashboardGridLayout::~DashboardGridLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void DashboardGridLayout::addWidget(QWidget *widget, const QRect &cell)
{
    addChildWidget(widget);
    const QRect clamped(std::clamp(cell.x(), 0, Dashboard::kColumns - 1), std::max(0, cell.y()),
                        std::clamp(cell.width(), 1, Dashboard::kColumns), std::max(1, cell.height()));
    m_items.append(Item{new QWidgetItem(widget), clamped});
    invalidate();
}

void DashboardGridLayout::setRowHeight(int pixels)
{
    m_rowHeight = std::max(20, pixels);
    invalidate();
}

int DashboardGridLayout::rowCount() const
{
    int rows = 0;
    for (const Item &i : m_items)
        rows = std::max(rows, i.cell.y() + i.cell.height());
    return rows;
}

void DashboardGridLayout::addItem(QLayoutItem *item)
{
    // Items added without a cell go below everything, full width.
    m_items.append(Item{item, QRect(0, rowCount(), Dashboard::kColumns, 3)});
}

QLayoutItem *DashboardGridLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items[index].item : nullptr;
}

QLayoutItem *DashboardGridLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index).item;
}

int DashboardGridLayout::count() const
{
    return int(m_items.size());
}

QSize DashboardGridLayout::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(Dashboard::kColumns * 100 + m.left() + m.right(),
                 rowCount() * (m_rowHeight + spacing()) + m.top() + m.bottom());
}

QSize DashboardGridLayout::minimumSize() const
{
    const QMargins m = contentsMargins();
    return QSize(Dashboard::kColumns * 40 + m.left() + m.right(),
                 rowCount() * (m_rowHeight + spacing()) + m.top() + m.bottom());
}

QRect DashboardGridLayout::cellGeometry(const QRect &cell, const QRect &area) const
{
    const int gap = spacing();
    const double column = double(area.width() - (Dashboard::kColumns - 1) * gap) / Dashboard::kColumns;
    const int x0 = area.left() + int(cell.x() * (column + gap));
    const int x1 = area.left() + int((cell.x() + cell.width()) * (column + gap)) - gap;
    const int y0 = area.top() + cell.y() * (m_rowHeight + gap);
    return QRect(x0, y0, std::max(1, x1 - x0), cell.height() * (m_rowHeight + gap) - gap);
}

void DashboardGridLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QRect area = contentsRect();
    for (const Item &i : std::as_const(m_items))
        i.item->setGeometry(cellGeometry(i.cell, area));
}

} // namespace urbis
