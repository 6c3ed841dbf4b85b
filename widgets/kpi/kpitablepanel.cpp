#include "kpitablepanel.h"

#include "kpitablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

KpiTablePanel::KpiTablePanel(QWidget *parent) : KpiPanelWidget(parent)
{
    auto *content = new QWidget(this);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Search rows…"));
    m_search->setClearButtonEnabled(true);
    m_model = new KpiTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KpiTableModel::SortRole); // numbers as numbers, "no value" lowest
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(content);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setContentWidget(content);
}

void KpiTablePanel::rebuild()
{
    const int limit = panel().options.value(QLatin1String("limit")).toInt(500);
    m_model->setResults(results(), kpis(), limit > 0 ? limit : 500);
    m_view->resizeColumnsToContents();
}

void KpiTablePanel::renderContent(QPainter *painter, const QRectF &rect) const
{
    // Exports show the rows as the user sorted and filtered them, as many as fit.
    painter->save();
    const QFontMetricsF fm(painter->font());
    const qreal rowHeight = fm.height() + 4;
    const int columns = m_proxy->columnCount();
    if (columns == 0) {
        painter->restore();
        return;
    }
    QFont bold = painter->font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QList<qreal> widths;
    qreal total = 0;
    for (int c = 0; c < columns; ++c) {
        qreal w = boldMetrics.horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < std::min(50, m_proxy->rowCount()); ++r)
            w = std::max(w, fm.horizontalAdvance(m_proxy->index(r, c).data().toString()));
        widths << w + 12;
        total += w + 12;
    }
    const qreal scale = total > rect.width() ? rect.width() / total : 1.0;
    qreal y = rect.top();
    const auto drawRow = [&](const QStringList &cells, bool header, int row) {
        if (!header && row % 2 == 1)
            painter->fillRect(QRectF(rect.left(), y, rect.width(), rowHeight), QColor(0xf3, 0xf4, 0xf6));
        qreal x = rect.left();
        for (int c = 0; c < columns; ++c) {
            const qreal w = widths[c] * scale;
            const QRectF cell(x + 4, y, w - 8, rowHeight);
            painter->drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                              (header ? boldMetrics : fm).elidedText(cells.value(c), Qt::ElideRight, cell.width()));
            x += w;
        }
        y += rowHeight;
    };
    painter->setFont(bold);
    painter->setPen(QColor(0x20, 0x24, 0x2a));
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    drawRow(header, true, 0);
    painter->setPen(QColor(0xc8, 0xcc, 0xd2));
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter->setFont(m_view->font());
    for (int r = 0; r < m_proxy->rowCount() && y + rowHeight <= rect.bottom(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << m_proxy->index(r, c).data().toString();
        painter->setPen(QColor(0x20, 0x24, 0x2a));
        drawRow(cells, false, r);
    }
    painter->restore();
}

} // namespace urbis
