#include "designerpalette.h"

#include "designerdocument.h"
#include "designerpanelmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

} // namespace

DesignerPalette::DesignerPalette(DesignerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_search(new QLineEdit(this)),
      m_kpiModel(new DesignerPaletteModel(DesignerItem::Kind::Kpi, document, this)),
      m_typeModel(new DesignerPaletteModel(DesignerItem::Kind::Type, document, this)),
      m_panelModel(new DesignerPanelModel(document, this)), m_kpiProxy(new QSortFilterProxyModel(this)),
      m_typeProxy(new QSortFilterProxyModel(this)), m_panelProxy(new QSortFilterProxyModel(this)),
      m_new(button(tr("New KPI…"), tr("Define a new KPI for this dashboard (Ctrl+N)"), this)),
      m_edit(button(tr("Edit…"), tr("Edit the selected KPI (Return)"), this)),
      m_remove(button(tr("Remove"), tr("Remove the selected KPI from the dashboard and its panels (Delete)"),
                      this))
{
    m_search->setPlaceholderText(tr("Search KPIs, types, panels…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the palette"));
    m_kpiView = makeView(m_kpiModel, m_kpiProxy, tr("KPIs"));
    m_typeView = makeView(m_typeModel, m_typeProxy, tr("Visualisations"));
    m_panelView = makeView(m_panelModel, m_panelProxy, tr("Panels"));
    m_typeView->setMaximumHeight(m_typeView->sizeHintForRow(0) * int(DashboardPanel::allTypes().size()) + 6);
    m_panelView->setDragEnabled(false);

    auto *kpiButtons = new QHBoxLayout;
    kpiButtons->addWidget(m_new);
    kpiButtons->addWidget(m_edit);
    kpiButtons->addWidget(m_remove);
    kpiButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(heading(tr("KPIs"), this));
    layout->addWidget(m_kpiView, 2);
    layout->addLayout(kpiButtons);
    layout->addWidget(heading(tr("Visualisations"), this));
    layout->addWidget(m_typeView);
    layout->addWidget(heading(tr("Panels"), this));
    layout->addWidget(m_panelView, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QSortFilterProxyModel *proxy : {m_kpiProxy, m_typeProxy, m_panelProxy})
            proxy->setFilterFixedString(text);
    });
    connect(m_new, &QToolButton::clicked, this, &DesignerPalette::newKpiRequested);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (!currentKpi().isEmpty())
            emit editKpiRequested(currentKpi());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (!currentKpi().isEmpty())
            emit removeKpiRequested(currentKpi());
    });
    connect(m_kpiView, &QListView::activated, this, [this] { emit editKpiRequested(currentKpi()); });
    connect(m_typeView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit addRequested(m_typeModel->itemAt(m_typeProxy->mapToSource(index).row()));
    });
    connect(m_panelView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_document->setSelectedPanel(index.data(DesignerPanelModel::IdRole).toString());
            });
    connect(m_kpiView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DesignerPalette::updateButtons);
    connect(m_kpiModel, &QAbstractItemModel::modelReset, this, &DesignerPalette::updateButtons);
    connect(m_document, &DesignerDocument::readOnlyChanged, this, &DesignerPalette::updateButtons);
    connect(m_document, &DesignerDocument::selectionChanged, this, &DesignerPalette::followSelection);
    connect(m_panelModel, &QAbstractItemModel::modelReset, this,
            [this] { followSelection(m_document->selectedPanel()); });
    m_kpiView->installEventFilter(this);
    updateButtons();
}

QListView *DesignerPalette::makeView(QAbstractItemModel *model, QSortFilterProxyModel *proxy,
                                     const QString &name)
{
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QListView(this);
    view->setModel(proxy);
    view->setAccessibleName(name);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDefaultDropAction(Qt::CopyAction);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformItemSizes(true);
    // Long KPI names are elided (full text in the tooltip) rather than scrolled sideways.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

QString DesignerPalette::currentKpi() const
{
    const QModelIndex index = m_kpiView->currentIndex();
    return index.isValid() ? index.data(DesignerPaletteModel::IdRole).toString() : QString();
}

void DesignerPalette::updateButtons()
{
    const bool editable = !m_document->isReadOnly();
    m_new->setEnabled(editable);
    m_edit->setEnabled(!currentKpi().isEmpty()); // a viewer may still open a KPI to read it
    m_edit->setText(editable ? tr("Edit…") : tr("View…"));
    m_remove->setEnabled(editable && !currentKpi().isEmpty());
}

void DesignerPalette::followSelection(const QString &panelId)
{
    const int row = m_panelModel->rowOf(panelId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_panelProxy->mapFromSource(m_panelModel->index(row));
    const QSignalBlocker block(m_panelView->selectionModel()); // following is not selecting again
    m_panelView->setCurrentIndex(index);
    m_panelView->viewport()->update();
}

bool DesignerPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_kpiView && event->type() == QEvent::KeyPress && !m_document->isReadOnly()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete && !currentKpi().isEmpty()) {
            emit removeKpiRequested(currentKpi());
            return true;
        }
        if (key == Qt::Key_Insert && !currentKpi().isEmpty()) {
            DesignerItem item;
            item.kind = DesignerItem::Kind::Kpi;
            item.kpiId = currentKpi();
            emit addRequested(item);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace urbis
