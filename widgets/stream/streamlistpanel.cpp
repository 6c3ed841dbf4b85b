#include "streamlistpanel.h"

#include "streamlistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

StreamListPanel::StreamListPanel(StreamListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_details(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("streamSearch"));
    m_search->setPlaceholderText(tr("Filter streams by name or address…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("streamList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StreamListModel::UrlColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_details->setObjectName(QStringLiteral("streamDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentRowChanged(currentRow()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_proxy->mapToSource(index).row()); });
    // A reset (streams added or removed) drops the selection: tell, so the views let go too.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { emit currentRowChanged(currentRow()); });
}

int StreamListPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void StreamListPanel::selectRow(int modelRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid()) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void StreamListPanel::setDetails(const QString &text)
{
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

} // namespace urbis
