#include "dashboardpage.h"

#include "dashboardexporter.h"
#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "kpi/kpicache.h"
#include "kpi/kpievaluationtask.h"
#include "kpi/kpimapdata.h"
#include "kpipanelwidget.h"
#include "util/taskmanager.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {

/** One map panel's geometry as read on a pool thread (default-constructible for QFuture). */
struct MapLoad
{
    QString panelId;
    QList<KpiMapData::Shape> shapes;
    QString error;
};

QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    name = name.trimmed().replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("dashboard") : name;
}

} // namespace

DashboardPage::DashboardPage(TaskManager *tasks, QString dataDir, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_dataDir(std::move(dataDir)), m_cache(std::make_shared<KpiCache>())
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("Refresh"), this, &DashboardPage::evaluate)->setToolTip(tr("Evaluate the KPIs again"));
    toolbar->addAction(tr("Export dashboard as PDF…"), this, &DashboardPage::exportPdf);
    m_editAction = toolbar->addAction(tr("Edit dashboard…"), this, [this] { emit editRequested(m_dashboard.id); });

    m_filters = new DashboardFilterBar(this);
    m_view = new DashboardView(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // Date edits emit on every keystroke: wait for the user to pause before evaluating.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::evaluate);
    connect(m_filters, &DashboardFilterBar::filtersChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_cancel, &QPushButton::clicked, this, &DashboardPage::cancel);
    connect(m_view, &DashboardView::panelExportRequested, this, &DashboardPage::exportPanel);
    setRole(WorkspaceRole::read(m_dataDir));
}

DashboardPage::~DashboardPage()
{
    if (m_task)
        m_task->cancel(); // nobody will read its results
}

void DashboardPage::setRole(WorkspaceRole::Role role)
{
    m_role = role;
    m_editAction->setVisible(role == WorkspaceRole::Role::Editor);
}

void DashboardPage::setCatalogCities(const QStringList &cities)
{
    m_catalogCities = cities;
    updateCities();
}

void DashboardPage::setDashboard(const Dashboard &dashboard)
{
    m_dashboard = dashboard;
    m_resultCities.clear();
    m_filters->setFilter(dashboard.filters);
    updateCities();
    m_view->setDashboard(dashboard);
    loadMaps();
    evaluate();
}

void DashboardPage::updateCities()
{
    QStringList cities = m_catalogCities + m_resultCities + m_dashboard.filters.cities;
    if (!m_dashboard.city.isEmpty())
        cities << m_dashboard.city;
    m_filters->setCities(cities);
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::evaluate()
{
    m_debounce->stop();
    if (!m_tasks)
        return;
    if (m_task)
        m_task->cancel(); // superseded; onFinished() ignores it by generation
    const KpiFilter filter = m_filters->filter();
    QList<KpiDefinition> kpis;
    for (const KpiDefinition &k : std::as_const(m_dashboard.kpis))
        if (filter.domain.isEmpty() || k.domain == filter.domain)
            kpis << k;
    auto *task = new KpiEvaluationTask(m_dataDir, kpis, filter, m_cache);
    const int generation = ++m_generation;
    m_task = task;
    // The TaskManager owns the task and may drop it before this queued call lands.
    connect(
        task, &Task::finished, this,
        [this, generation, guard = QPointer<KpiEvaluationTask>(task)](bool ok) { onFinished(generation, guard, ok); },
        Qt::QueuedConnection);
    connect(task->feedback(), &Feedback::progressChanged, this, [this, generation](double percent) {
        if (generation == m_generation)
            m_progress->setValue(int(percent));
    });
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Evaluating %n KPI(s)…", nullptr, int(kpis.size())));
    m_clock.start();
    m_tasks->submit(task);
}

void DashboardPage::cancel()
{
    if (m_task)
        m_task->cancel();
}

void DashboardPage::onFinished(int generation, KpiEvaluationTask *task, bool ok)
{
    if (generation != m_generation)
        return; // an older evaluation, replaced by a newer one
    m_task.clear();
    m_progress->hide();
    m_cancel->hide();
    if (!task) {
        m_status->setText(tr("The evaluation was removed before it finished."));
        emit evaluated(false);
        return;
    }
    if (!ok) {
        m_status->setText(task->state() == Task::State::Cancelled ? tr("Evaluation cancelled.")
                                                                  : tr("Evaluation failed: %1").arg(task->error().message));
        emit evaluated(false);
        return;
    }
    const QList<KpiResult> results = task->results();
    const QMap<QString, QString> errors = task->errors();
    m_view->setResults(results, errors);
    // Cities the results name are offered in the filter even before the catalog list arrives.
    for (const KpiResult &r : results)
        for (const KpiValue &v : r.values)
            for (auto it = v.dims.cbegin(); it != v.dims.cend(); ++it)
                if (it.key().contains(QLatin1String("city"), Qt::CaseInsensitive) && !m_resultCities.contains(it.value()))
                    m_resultCities << it.value();
    updateCities();
    const qint64 ms = task->elapsedMs() > 0 ? task->elapsedMs() : m_clock.elapsed();
    QString text = tr("%n KPI(s) evaluated in %1 ms", nullptr, int(results.size())).arg(ms);
    if (!errors.isEmpty())
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, int(errors.size()));
    m_status->setText(text);
    emit evaluated(true);
}

void DashboardPage::loadMaps()
{
    const int generation = ++m_mapGeneration;
    for (const DashboardPanel &p : std::as_const(m_dashboard.panels)) {
        if (p.type != DashboardPanel::Type::Map)
            continue;
        const KpiMapData::Request request = KpiMapData::fromPanel(p, m_dashboard.kpi(p.kpis.value(0)));
        auto *watcher = new QFutureWatcher<MapLoad>(this);
        connect(watcher, &QFutureWatcher<MapLoad>::finished, this, [this, watcher, generation] {
            const MapLoad load = watcher->result();
            watcher->deleteLater();
            if (generation == m_mapGeneration)
                m_view->setMapShapes(load.panelId, load.shapes, load.error);
        });
        watcher->setFuture(QtConcurrent::run([dataDir = m_dataDir, request, id = p.id] {
            MapLoad load;
            load.panelId = id;
            Result<QList<KpiMapData::Shape>> shapes = KpiMapData::load(dataDir, request);
            if (shapes)
                load.shapes = *shapes;
            else
                load.error = shapes.error().message;
            return load;
        }));
    }
}

void DashboardPage::exportPanel(const QString &panelId, const QString &format)
{
    const KpiPanelWidget *panel = m_view->panelWidget(panelId);
    if (!panel)
        return;
    const bool svg = format == QLatin1String("svg");
    const QString suggested = safeFileName(panel->title()) + (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export panel as SVG") : tr("Export panel as PNG"),
                                                      suggested, svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> written = svg ? DashboardExporter::panelToSvg(*panel, path) : DashboardExporter::panelToPng(*panel, path);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().toString());
    else
        m_status->setText(tr("Exported %1").arg(path));
}

void DashboardPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard as PDF"),
                                                      safeFileName(m_dashboard.title) + QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<void> written =
        DashboardExporter::dashboardToPdf(*m_view, path, DashboardFilterBar::describe(m_filters->filter()));
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().toString());
    else
        m_status->setText(tr("Exported %1").arg(path));
}

} // namespace urbis
