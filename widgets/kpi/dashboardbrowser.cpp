#include "dashboardbrowser.h"

#include "dashboarddesigner.h"
#include "dashboardpage.h"
#include "kpi/kpicache.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

DashboardBrowser::DashboardBrowser(TaskManager *tasks, QString dataDir, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_dataDir(std::move(dataDir)), m_store(m_dataDir), m_role(WorkspaceRole::read(m_dataDir)),
      m_cache(std::make_shared<KpiCache>())
{
    setObjectName(QStringLiteral("dashboardBrowser"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("dashboardFilter"));
    m_filter->setPlaceholderText(tr("Search dashboards"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(side);
    m_list->setObjectName(QStringLiteral("dashboardList"));
    auto *buttons = new QHBoxLayout;
    m_new = new QToolButton(side);
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("New dashboard from a template or empty"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_new);
    for (const DashboardStore::Entry &t : DashboardStore::templates())
        newMenu->addAction(tr("From template: %1").arg(t.title), this, [this, id = t.id] { createFromTemplate(id); });
    newMenu->addSeparator();
    newMenu->addAction(tr("Empty dashboard"), this, &DashboardBrowser::createEmpty);
    m_new->setMenu(newMenu);
    m_delete = new QToolButton(side);
    m_delete->setText(tr("Delete"));
    m_edit = new QToolButton(side);
    m_edit->setObjectName(QStringLiteral("editDashboardButton"));
    m_edit->setText(tr("Edit"));
    m_edit->setCheckable(true);
    m_edit->setToolTip(tr("Edit the dashboard's KPIs and layout (Ctrl+E)"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    sideLayout->addWidget(m_filter);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    auto *emptyText = new QLabel(tr("<h3>No dashboard yet</h3><p>Start from one of the KPI sets of the climate-neutrality "
                                    "framework; they work on any workspace with matching data (the demo workspace has it).</p>"),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    for (const DashboardStore::Entry &t : DashboardStore::templates()) {
        auto *b = new QPushButton(tr("Create \"%1\"").arg(t.title), m_empty);
        connect(b, &QPushButton::clicked, this, [this, id = t.id] { createFromTemplate(id); });
        emptyLayout->addWidget(b);
    }
    emptyLayout->addStretch();
    m_page = new DashboardPage(tasks, m_dataDir, m_stack);
    m_page->setRole(m_role);
    m_designer = new DashboardDesigner(m_dataDir, tasks, m_cache, m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_designer);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    auto *editShortcut = new QAction(this);
    editShortcut->setShortcut(QKeySequence(tr("Ctrl+E")));
    editShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(editShortcut);
    connect(editShortcut, &QAction::triggered, this, [this] { setEditing(!isEditing()); });
    connect(m_edit, &QToolButton::toggled, this, [this](bool on) {
        if (on != isEditing() && !setEditing(on))
            m_edit->setChecked(isEditing());
    });
    connect(m_delete, &QToolButton::clicked, this, &DashboardBrowser::deleteCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != m_currentId)
            openDashboard(item->data(Qt::UserRole).toString());
    });
    connect(m_page, &DashboardPage::editRequested, this, [this] { setEditing(true); });
    connect(m_designer, &DashboardDesigner::saved, this, [this](const QString &id) {
        refreshList();
        showMessage(tr("Saved \"%1\"").arg(m_designer->dashboard().title));
        m_currentId = id;
    });
    // The list is read (and the first dashboard evaluated) when the tab is first shown, not at start-up.
}

void DashboardBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        refreshList();
    }
}

void DashboardBrowser::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void DashboardBrowser::setCatalogCities(const QStringList &cities)
{
    m_page->setCatalogCities(cities);
}

void DashboardBrowser::refreshList()
{
    const QString keep = m_currentId;
    Result<QList<DashboardStore::Entry>> entries = m_store.list();
    QSignalBlocker block(m_list);
    m_list->clear();
    if (!entries) {
        showMessage(entries.error().message, true);
        return;
    }
    for (const DashboardStore::Entry &e : *entries) {
        auto *item = new QListWidgetItem(e.title.isEmpty() ? e.id : e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.description);
        item->setHidden(!m_filter->text().isEmpty() && !item->text().contains(m_filter->text(), Qt::CaseInsensitive));
        if (e.id == keep)
            m_list->setCurrentItem(item);
    }
    if (entries->isEmpty()) {
        m_currentId.clear();
        m_stack->setCurrentWidget(m_empty);
    } else if (keep.isEmpty() || !m_list->currentItem()) {
        block.unblock();
        m_list->setCurrentRow(0);
    }
    updateActions();
}

bool DashboardBrowser::openDashboard(const QString &id)
{
    if (isEditing() && !leaveDesigner())
        return false;
    Result<Dashboard> d = m_store.load(id);
    if (!d) {
        showMessage(d.error().message, true);
        return false;
    }
    showMessage({});
    m_currentId = id;
    m_page->setDashboard(*d);
    m_stack->setCurrentWidget(m_page);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id && m_list->currentRow() != i) {
            QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
    updateActions();
    return true;
}

bool DashboardBrowser::isEditing() const
{
    return m_stack->currentWidget() == m_designer;
}

bool DashboardBrowser::leaveDesigner()
{
    if (!m_designer->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to \"%1\"?").arg(m_designer->dashboard().title),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (Result<void> r = m_designer->save(); !r) {
            showMessage(r.error().message, true);
            return false;
        }
    }
    return true;
}

bool DashboardBrowser::setEditing(bool editing)
{
    if (m_currentId.isEmpty() || editing == isEditing())
        return editing == isEditing();
    if (editing) {
        if (m_role == WorkspaceRole::Role::Viewer) {
            showMessage(tr("This workspace is set up for viewing: dashboards can be filtered and exported, not changed."), true);
            return false;
        }
        Result<Dashboard> d = m_store.load(m_currentId);
        if (!d) {
            showMessage(d.error().message, true);
            return false;
        }
        m_designer->setDashboard(*d);
        m_stack->setCurrentWidget(m_designer);
    } else {
        if (!leaveDesigner())
            return false;
        const QString id = m_currentId;
        m_currentId.clear(); // reload what was saved (or the file as it was, when discarded)
        openDashboard(id);
    }
    updateActions();
    return true;
}

void DashboardBrowser::createFromTemplate(const QString &templateId)
{
    if (isEditing() && !leaveDesigner())
        return;
    Result<Dashboard> d = m_store.createFromTemplate(templateId);
    if (!d) {
        showMessage(d.error().message, true);
        return;
    }
    m_currentId = d->id;
    refreshList();
    openDashboard(d->id);
}

void DashboardBrowser::createEmpty()
{
    if (isEditing() && !leaveDesigner())
        return;
    Result<QList<DashboardStore::Entry>> entries = m_store.list();
    QStringList taken;
    for (const DashboardStore::Entry &e : entries.valueOr({}))
        taken << e.id;
    Dashboard d;
    d.id = QStringLiteral("dashboard");
    for (int n = 2; taken.contains(d.id); ++n)
        d.id = QStringLiteral("dashboard-%1").arg(n);
    d.title = tr("New dashboard");
    if (Result<void> r = m_store.save(d); !r) {
        showMessage(r.error().message, true);
        return;
    }
    m_currentId = d.id;
    refreshList();
    openDashboard(d.id);
    setEditing(true);
}

void DashboardBrowser::deleteCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString title = m_list->currentItem() ? m_list->currentItem()->text() : m_currentId;
    if (QMessageBox::question(this, tr("Delete dashboard"), tr("Delete the dashboard \"%1\"? Its KPIs go with it; the data stays.").arg(title)) !=
        QMessageBox::Yes)
        return;
    if (Result<void> r = m_store.remove(m_currentId); !r) {
        showMessage(r.error().message, true);
        return;
    }
    m_currentId.clear();
    m_stack->setCurrentWidget(m_empty);
    refreshList();
}

void DashboardBrowser::updateActions()
{
    const bool editor = m_role == WorkspaceRole::Role::Editor;
    m_new->setVisible(editor);
    m_delete->setVisible(editor);
    m_edit->setVisible(editor);
    m_delete->setEnabled(!m_currentId.isEmpty());
    m_edit->setEnabled(!m_currentId.isEmpty());
    QSignalBlocker block(m_edit);
    m_edit->setChecked(isEditing());
}

} // namespace urbis
