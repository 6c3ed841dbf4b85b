#include "scenariopage.h"

#include "map/mapcanvas.h"
#include "scenariocompareview.h"
#include "scenariodefaults.h"
#include "scenarioeditdialog.h"
#include "scenariolistmodel.h"
#include "scenariorunview.h"
#include "sim/scenariostore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

namespace {

// Where a new scenario goes when the main map shows the whole world: Athens, the demo's seed city.
constexpr double kFallbackLon = 23.727, kFallbackLat = 37.984;
constexpr double kLocalZoom = 8; // from this zoom on the map centre is a place, not "anywhere"

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

ScenarioPage::ScenarioPage(TaskManager *tasks, QString dataDir, MapCanvas *mainMap, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_dataDir(std::move(dataDir)), m_mainMap(mainMap)
{
    m_model = new ScenarioListModel(m_dataDir, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ScenarioListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search scenarios"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_filter);
    m_list->setIconSize(QSize(24, 24));
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_newButton = toolButton(tr("New"), tr("A new scenario where the main map looks"), this);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addAction(ScenarioListModel::typeIcon(Scenario::Type::Wildfire), tr("Wildfire…"), this,
                       [this] { newScenario(Scenario::Type::Wildfire); });
    newMenu->addAction(ScenarioListModel::typeIcon(Scenario::Type::Flood), tr("Flood…"), this,
                       [this] { newScenario(Scenario::Type::Flood); });
    m_newButton->setMenu(newMenu);
    m_editButton = toolButton(tr("Edit…"), tr("Change the selected scenario's parameters"), this);
    m_duplicateButton = toolButton(tr("Duplicate"), tr("A copy of the selected scenario"), this);
    m_deleteButton = toolButton(tr("Delete"), tr("Delete the selected scenario (its results stay in the catalog)"), this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton *b : {m_newButton, m_editButton, m_duplicateButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addLayout(buttons);
    side->setMinimumWidth(220);

    m_runView = new ScenarioRunView(tasks, m_dataDir, mainMap, this);
    m_compare = new ScenarioCompareView(tasks, m_dataDir, m_model, mainMap, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_runView, tr("Run"));
    m_tabs->addTab(m_compare, tr("Compare"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(side);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 900});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScenarioPage::selectionChanged);
    connect(m_list, &QListView::doubleClicked, this, &ScenarioPage::editSelected);
    connect(m_editButton, &QToolButton::clicked, this, &ScenarioPage::editSelected);
    connect(m_duplicateButton, &QToolButton::clicked, this, &ScenarioPage::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &ScenarioPage::deleteSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ScenarioPage::deleteSelected);
    connect(m_runView, &ScenarioRunView::runRequested, this, &ScenarioPage::runSelected);
    connect(m_runView, &ScenarioRunView::datasetActivated, this, &ScenarioPage::datasetActivated);
    connect(m_runView, &ScenarioRunView::finished, this, [this](const QString &id, bool ok) {
        if (ok)
            m_model->noteRun(id, QDateTime::currentDateTimeUtc(), m_runView->resultIds());
        emit runFinished(id, ok);
    });
    connect(m_model, &ScenarioListModel::loaded, this, [this] {
        const QString wanted = !m_pendingSelection.isEmpty() ? m_pendingSelection : selectedId();
        m_pendingSelection.clear();
        if (!selectScenario(wanted) && m_filter->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_filter->index(0, 0));
        selectionChanged();
        emit scenariosLoaded();
    });
    selectionChanged();
    reload();
}

void ScenarioPage::reload()
{
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = selectedId();
    m_model->reload();
}

void ScenarioPage::showCompare(bool compare)
{
    m_tabs->setCurrentWidget(compare ? static_cast<QWidget *>(m_compare) : m_runView);
}

QString ScenarioPage::selectedId() const
{
    return m_list->currentIndex().data(ScenarioListModel::IdRole).toString();
}

bool ScenarioPage::selectScenario(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (id.isEmpty() || row < 0) {
        if (!id.isEmpty() && m_model->isLoading())
            m_pendingSelection = id;
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid()) { // hidden by the search: show it
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void ScenarioPage::selectionChanged()
{
    const QModelIndex i = m_list->currentIndex();
    const bool any = i.isValid();
    const bool readable = any && i.data(ScenarioListModel::ErrorRole).toString().isEmpty();
    m_editButton->setEnabled(readable);
    m_duplicateButton->setEnabled(readable);
    m_deleteButton->setEnabled(any);
    m_runView->setRunnable(readable);
}

bool ScenarioPage::runScenario(const QString &id)
{
    Result<Scenario> s = ScenarioStore(m_dataDir).load(id);
    if (!s) {
        m_runView->setStatus(s.error().message); // no dialog: the caller may be a script or a test
        return false;
    }
    selectScenario(id);
    showCompare(false);
    m_runView->start(*s);
    return true;
}

void ScenarioPage::runSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        runScenario(id);
}

void ScenarioPage::newScenario(Scenario::Type type)
{
    double lon = kFallbackLon, lat = kFallbackLat;
    if (m_mainMap && m_mainMap->zoom() >= kLocalZoom) {
        lon = m_mainMap->centerLonLat().x();
        lat = m_mainMap->centerLonLat().y();
    }
    const ScenarioStore store(m_dataDir);
    edit(ScenarioDefaults::create(type, lon, lat, [&store](const QString &id) { return store.contains(id); }), true);
}

void ScenarioPage::editSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Result<Scenario> s = ScenarioStore(m_dataDir).load(id);
    if (!s) {
        warn(s.error().message);
        return;
    }
    edit(*s, false);
}

bool ScenarioPage::edit(Scenario scenario, bool isNew)
{
    ScenarioEditDialog dialog(scenario, this);
    if (isNew)
        dialog.setWindowTitle(scenario.type == Scenario::Type::Wildfire ? tr("New wildfire scenario") : tr("New flood scenario"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ScenarioStore store(m_dataDir);
    if (Result<void> saved = store.save(dialog.scenario()); !saved) {
        warn(saved.error().message);
        return false;
    }
    m_pendingSelection = dialog.scenario().id;
    m_model->reload();
    return true;
}

void ScenarioPage::duplicateSelected()
{
    const QString id = selectedId();
    ScenarioStore store(m_dataDir);
    Result<Scenario> s = store.load(id);
    if (!s) {
        warn(s.error().message);
        return;
    }
    const Scenario copy = ScenarioDefaults::duplicate(*s, [&store](const QString &other) { return store.contains(other); });
    if (Result<void> saved = store.save(copy); !saved) {
        warn(saved.error().message);
        return;
    }
    m_pendingSelection = copy.id;
    m_model->reload();
}

void ScenarioPage::deleteSelected()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    const QString id = i.data(ScenarioListModel::IdRole).toString();
    const QString name = i.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
    if (QMessageBox::question(this, tr("Delete scenario"),
                              tr("Delete the scenario \"%1\"? Its results stay in the catalog.").arg(name))
        != QMessageBox::Yes)
        return;
    if (Result<void> removed = ScenarioStore(m_dataDir).remove(id); !removed) {
        warn(removed.error().message);
        return;
    }
    m_model->reload();
}

void ScenarioPage::warn(const QString &text)
{
    QMessageBox::warning(this, tr("Scenarios"), text);
}

} // namespace urbis
