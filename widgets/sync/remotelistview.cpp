#include "remotelistview.h"

#include "remotelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

namespace {
enum Page { EmptyPage, ListPage };
} // namespace

RemoteListView::RemoteListView(QWidget *parent)
    : QWidget(parent), m_model(new RemoteListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_stack(new QStackedWidget(this)), m_emptyLabel(new QLabel(this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("remoteFilter"));
    m_filter->setPlaceholderText(tr("Filter remotes"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("remoteList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RemoteListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Remotes"));

    m_emptyLabel->setObjectName(QStringLiteral("syncEmptyState"));
    m_emptyLabel->setText(tr("No remote yet — Add remote… to share this catalog through S3/MinIO"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    auto *emptyAdd = new QPushButton(tr("Add remote…"));
    emptyAdd->setObjectName(QStringLiteral("emptyAddRemoteButton"));
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_stack->insertWidget(EmptyPage, emptyPage);
    m_stack->insertWidget(ListPage, m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    m_filter->setVisible(false); // until there are remotes

    connect(emptyAdd, &QPushButton::clicked, this, &RemoteListView::addRequested);
    connect(m_view, &QTableView::doubleClicked, this, &RemoteListView::editRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // Filtering can drop the selected row without a selectionChanged: re-announce on every change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RemoteListView::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RemoteListView::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RemoteListView::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RemoteListView::selectionChanged);
}

void RemoteListView::setRemotes(QList<RemoteProfile> remotes, QHash<QString, SyncStatus> statuses,
                                const QString &select)
{
    const QString keep = select.isEmpty() ? selectedRemote() : select;
    m_model->setRemotes(std::move(remotes), std::move(statuses));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? EmptyPage : ListPage);
    m_filter->setVisible(m_model->rowCount() > 0 || !m_filter->text().isEmpty()); // nothing to filter yet
    if (m_model->rowCount() == 0)
        return;
    selectRemote(m_model->rowOf(keep) >= 0 ? keep
                                           : m_proxy->index(0, 0).data(RemoteListModel::NameRole).toString());
    m_view->resizeColumnsToContents();
}

void RemoteListView::setRunning(const QString &name, bool running)
{
    m_model->setRunning(name, running);
}

QString RemoteListView::selectedRemote() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RemoteListModel::NameRole).toString();
}

void RemoteListView::selectRemote(const QString &name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(name), 0));
    if (index.isValid())
        m_view->selectRow(index.row());
    else
        m_view->clearSelection();
}

RemoteProfile RemoteListView::profile(const QString &name) const
{
    const int row = m_model->rowOf(name);
    return row >= 0 ? m_model->remotes().at(row) : RemoteProfile();
}

SyncStatus RemoteListView::status(const QString &name) const
{
    return m_model->status(name);
}

int RemoteListView::remoteCount() const
{
    return m_model->rowCount();
}

int RemoteListView::visibleRemoteCount() const
{
    return m_proxy->rowCount();
}

bool RemoteListView::isEmptyStateShown() const
{
    return m_stack->currentIndex() == EmptyPage;
}

} // namespace urbis
