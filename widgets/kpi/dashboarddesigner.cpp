#include "dashboarddesigner.h"

#include "designerdashboardproperties.h"
#include "designerdocument.h"
#include "designergrid.h"
#include "designerpalette.h"
#include "designerpanelproperties.h"
#include "kpi/dashboardstore.h"
#include "kpieditor.h"
#include "kpieditordialog.h"
#include "workspace/workspacerole.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace urbis {

DashboardDesigner::DashboardDesigner(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                                     QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_tasks(tasks), m_cache(std::move(cache)),
      m_document(new DesignerDocument(this)), m_banner(new QLabel(this)), m_status(new QLabel(this))
{
    m_palette = new DesignerPalette(m_document);
    m_grid = new DesignerGrid(m_document);
    m_panelProps = new DesignerPanelProperties(m_document);
    m_dashboardProps = new DesignerDashboardProperties(m_document);

    auto *gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    auto *props = new QWidget;
    auto *propsLayout = new QVBoxLayout(props);
    propsLayout->addWidget(m_panelProps);
    propsLayout->addSpacing(12);
    propsLayout->addWidget(m_dashboardProps);
    propsLayout->addStretch(1);
    auto *propsScroll = new QScrollArea;
    propsScroll->setWidget(props);
    propsScroll->setWidgetResizable(true);
    propsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    propsScroll->setMinimumWidth(props->minimumSizeHint().width() + 20);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_palette);
    splitter->addWidget(gridScroll);
    splitter->addWidget(propsScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({260, 760, 360});
    splitter->setChildrenCollapsible(false);

    // A viewer must see at once why nothing can be changed (and that this is deliberate).
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a;"));
    m_banner->setText(tr("Read-only: this workspace is set up for viewers (workspace.json, role \"viewer\"). "
                         "You can look at the layout and the KPI definitions, but not change or save them."));
    m_status->setTextFormat(Qt::PlainText);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_newKpi);
    toolbar->addAction(m_removePanel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_grid, &DesignerGrid::itemDropped, this, &DashboardDesigner::onDropped);
    connect(m_grid, &DesignerGrid::geometryRequested, this, &DashboardDesigner::setPanelCell);
    connect(m_grid, &DesignerGrid::removeRequested, this, &DashboardDesigner::removePanel);
    connect(m_palette, &DesignerPalette::addRequested, this,
            [this](const DesignerItem &item) { addPanel(item); });
    connect(m_palette, &DesignerPalette::newKpiRequested, this, &DashboardDesigner::newKpi);
    connect(m_palette, &DesignerPalette::editKpiRequested, this, &DashboardDesigner::editKpi);
    connect(m_palette, &DesignerPalette::removeKpiRequested, this, &DashboardDesigner::removeKpi);
    connect(m_grid, &DesignerGrid::editRequested, this, [this](const QString &panelId) {
        const DashboardPanel *p = m_document->dashboard().panel(panelId);
        if (p && !p->kpis.isEmpty())
            editKpi(p->kpis.first());
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_document, &DesignerDocument::changed, this, [this] { updateStatus(); });
    connect(m_document, &DesignerDocument::selectionChanged, this, [this](const QString &id) {
        m_removePanel->setEnabled(!id.isEmpty() && !m_document->isReadOnly());
    });
    refreshRole();
    updateStatus();
}

void DashboardDesigner::buildActions()
{
    // Shortcuts live on the designer (not the main window), so other pages keep their own Ctrl+Z.
    const auto add = [this](QAction *a, const QList<QKeySequence> &keys) {
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_undo = add(m_document->undoStack()->createUndoAction(this, tr("Undo")), {QKeySequence::Undo});
    m_redo = add(m_document->undoStack()->createRedoAction(this, tr("Redo")),
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_save = add(new QAction(tr("Save"), this), {QKeySequence::Save});
    m_save->setToolTip(tr("Save the dashboard (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, [this] { (void)save(); });
    m_newKpi = add(new QAction(tr("New KPI…"), this), {QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_newKpi->setToolTip(tr("Define a new KPI for this dashboard (Ctrl+N)"));
    connect(m_newKpi, &QAction::triggered, this, &DashboardDesigner::newKpi);
    m_removePanel = new QAction(tr("Remove panel"), this);
    m_removePanel->setToolTip(tr("Remove the selected panel (Delete on the grid)"));
    m_removePanel->setEnabled(false);
    connect(m_removePanel, &QAction::triggered, this, [this] { removePanel(m_document->selectedPanel()); });
}

void DashboardDesigner::setDashboard(const Dashboard &dashboard)
{
    m_document->reset(dashboard);
    updateStatus();
}

const Dashboard &DashboardDesigner::dashboard() const
{
    return m_document->dashboard();
}

bool DashboardDesigner::isModified() const
{
    return m_document->isModified();
}

bool DashboardDesigner::isReadOnly() const
{
    return m_document->isReadOnly();
}

QUndoStack *DashboardDesigner::undoStack() const
{
    return m_document->undoStack();
}

void DashboardDesigner::refreshRole()
{
    const bool viewer = WorkspaceRole::read(m_dataDir) == WorkspaceRole::Role::Viewer;
    m_document->setReadOnly(viewer);
    m_banner->setVisible(viewer);
    m_save->setEnabled(!viewer);
    m_newKpi->setEnabled(!viewer);
    m_removePanel->setEnabled(!viewer && !m_document->selectedPanel().isEmpty());
    // Undo/redo enable themselves from the stack; a viewer has nothing on it (apply() refuses).
}

bool DashboardDesigner::addPanel(const DesignerItem &item, const QRect &cell)
{
    Dashboard d = m_document->dashboard();
    DashboardPanel panel;
    panel.id = d.newPanelId();
    if (item.kind == DesignerItem::Kind::Kpi) {
        if (!d.kpi(item.kpiId))
            return false;
        panel.type = DashboardPanel::Type::Line; // a KPI is a series over time first
        panel.kpis << item.kpiId;
    } else {
        panel.type = item.type;
    }
    const QSize size = DesignerGrid::defaultSize(panel.type);
    panel.cell = cell.isEmpty() ? d.freeCell(size.width(), size.height()) : cell;
    if (!DesignerGrid::fits(d, panel.cell))
        return false;
    d.panels << panel;
    if (!m_document->apply(d, tr("Add %1 panel").arg(DashboardPanel::typeLabel(panel.type))))
        return false;
    m_document->setSelectedPanel(panel.id);
    return true;
}

bool DashboardDesigner::setPanelCell(const QString &panelId, const QRect &cell, bool resize)
{
    Dashboard d = m_document->dashboard();
    if (!d.panel(panelId) || !DesignerGrid::fits(d, cell, panelId))
        return false;
    for (DashboardPanel &p : d.panels)
        if (p.id == panelId)
            p.cell = cell;
    return m_document->apply(d, resize ? tr("Resize %1").arg(panelId) : tr("Move %1").arg(panelId));
}

bool DashboardDesigner::removePanel(const QString &panelId)
{
    Dashboard d = m_document->dashboard();
    const qsizetype removed = d.panels.removeIf([&](const DashboardPanel &p) { return p.id == panelId; });
    return removed > 0 && m_document->apply(d, tr("Remove %1").arg(panelId));
}

bool DashboardDesigner::addKpi(const KpiDefinition &kpi)
{
    Dashboard d = m_document->dashboard();
    if (kpi.id.isEmpty() || d.kpi(kpi.id))
        return false;
    d.kpis << kpi;
    return m_document->apply(d, tr("Add KPI %1").arg(kpi.id));
}

bool DashboardDesigner::replaceKpi(const QString &kpiId, const KpiDefinition &kpi)
{
    Dashboard d = m_document->dashboard();
    if (!d.kpi(kpiId) || kpi.id.isEmpty() || (kpi.id != kpiId && d.kpi(kpi.id)))
        return false;
    for (KpiDefinition &k : d.kpis)
        if (k.id == kpiId)
            k = kpi;
    for (DashboardPanel &p : d.panels) // panels follow a renamed KPI
        for (QString &id : p.kpis)
            if (id == kpiId)
                id = kpi.id;
    return m_document->apply(d, tr("Edit KPI %1").arg(kpi.id));
}

bool DashboardDesigner::removeKpi(const QString &kpiId)
{
    Dashboard d = m_document->dashboard();
    if (!d.kpis.removeIf([&](const KpiDefinition &k) { return k.id == kpiId; }))
        return false;
    for (DashboardPanel &p : d.panels)
        p.kpis.removeAll(kpiId);
    return m_document->apply(d, tr("Remove KPI %1").arg(kpiId));
}

void DashboardDesigner::onDropped(const DesignerItem &item, const QRect &cell, const QString &onPanel)
{
    if (onPanel.isEmpty()) {
        addPanel(item, cell);
        return;
    }
    // Dropped onto a panel: a KPI joins what it shows, a type changes how it shows it.
    Dashboard d = m_document->dashboard();
    for (DashboardPanel &p : d.panels) {
        if (p.id != onPanel)
            continue;
        if (item.kind == DesignerItem::Kind::Kpi && !p.kpis.contains(item.kpiId))
            p.kpis << item.kpiId;
        else if (item.kind == DesignerItem::Kind::Type)
            p.type = item.type;
    }
    m_document->apply(d, tr("Change %1").arg(onPanel));
    m_document->setSelectedPanel(onPanel);
}

Result<void> DashboardDesigner::save()
{
    if (m_document->isReadOnly()) {
        const Error e(Error::Code::InvalidArgument,
                      tr("This workspace is read-only for viewers; the dashboard was not saved."));
        updateStatus(e.message, true);
        return e;
    }
    DashboardStore store(m_dataDir);
    const Result<void> r = store.save(m_document->dashboard());
    if (!r) {
        updateStatus(tr("Not saved: %1").arg(r.error().message), true);
        return r;
    }
    m_document->markSaved();
    updateStatus(tr("Saved “%1”.").arg(m_document->dashboard().title));
    emit saved(m_document->dashboard().id);
    return r;
}

QString DashboardDesigner::freeKpiId() const
{
    for (int n = int(m_document->dashboard().kpis.size()) + 1;; ++n) {
        const QString id = QStringLiteral("kpi-%1").arg(n);
        if (!m_document->dashboard().kpi(id))
            return id;
    }
}

void DashboardDesigner::newKpi()
{
    if (m_document->isReadOnly())
        return;
    KpiDefinition kpi;
    kpi.id = freeKpiId();
    kpi.domain = m_document->dashboard().filters.domain;
    kpi.sources << KpiSource{};
    auto *dialog = new KpiEditorDialog(m_dataDir, m_tasks, m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const KpiDefinition &k : m_document->dashboard().kpis)
        taken << k.id;
    dialog->setTakenIds(taken);
    dialog->setDefinition(kpi);
    dialog->setWindowTitle(tr("New KPI"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addKpi(dialog->definition()); });
    dialog->open();
}

void DashboardDesigner::editKpi(const QString &kpiId)
{
    const KpiDefinition *kpi = m_document->dashboard().kpi(kpiId);
    if (!kpi)
        return;
    auto *dialog = new KpiEditorDialog(m_dataDir, m_tasks, m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const KpiDefinition &k : m_document->dashboard().kpis)
        if (k.id != kpiId)
            taken << k.id;
    dialog->setTakenIds(taken);
    dialog->setDefinition(*kpi);
    dialog->editor()->setReadOnly(m_document->isReadOnly());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, kpiId] { replaceKpi(kpiId, dialog->definition()); });
    dialog->open();
}

void DashboardDesigner::updateStatus(const QString &message, bool error)
{
    const Dashboard &d = m_document->dashboard();
    QString text = tr("%n panel(s)", nullptr, int(d.panels.size())) + QStringLiteral(" · ") +
                   tr("%n KPI(s)", nullptr, int(d.kpis.size()));
    if (m_document->isModified())
        text += QStringLiteral(" · ") + tr("modified");
    if (!message.isEmpty())
        text += QStringLiteral(" — ") + message;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace urbis
