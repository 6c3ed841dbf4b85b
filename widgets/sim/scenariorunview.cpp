#include "scenariorunview.h"

#include "map/mapcanvas.h"
#include "maplayermirror.h"
#include "scenarioareachart.h"
#include "scenarioframeoverlay.h"
#include "scenariokpi.h"
#include "scenariolistmodel.h"
#include "scenariorun.h"
#include "scenariotimeline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace urbis {

ScenarioRunView::ScenarioRunView(TaskManager *tasks, QString dataDir, MapCanvas *mainMap, QWidget *parent)
    : QWidget(parent), m_mainMap(mainMap)
{
    m_runButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this);
    m_runButton->setToolTip(tr("Run the selected scenario"));
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);

    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("scenarioCanvas"));
    new MapLayerMirror(mainMap, m_canvas, this);
    if (mainMap) {
        m_canvas->setZoom(mainMap->zoom());
        m_canvas->setCenter(mainMap->center());
    }
    m_overlay = new ScenarioFrameOverlay(this);
    m_canvas->addOverlay(m_overlay);
    if (mainMap)
        mainMap->addOverlay(m_overlay);
    m_timeline = new ScenarioTimeline(this);
    m_chart = new ScenarioAreaChart(this);
    m_chart->setMinimumHeight(140);
    m_impact = new QLabel(this);
    m_impact->setObjectName(QStringLiteral("impactSummary"));
    m_impact->setWordWrap(true);
    m_impact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("resultDatasets"));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_results, &QLabel::linkActivated, this, &ScenarioRunView::datasetActivated);

    auto *mapBox = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_canvas, 1);
    mapLayout->addWidget(m_timeline);
    auto *resultsBox = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_chart, 1);
    resultsLayout->addWidget(m_impact);
    resultsLayout->addWidget(m_results);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(mapBox);
    split->addWidget(resultsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 200}); // scaled to the height it gets: the map first
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_run = new ScenarioRun(tasks, std::move(dataDir), this);
    connect(m_run, &ScenarioRun::frameAdded, this, &ScenarioRunView::onFrame);
    connect(m_run, &ScenarioRun::finished, this, &ScenarioRunView::onFinished);
    connect(m_run, &ScenarioRun::progressChanged, m_progress, [this](double p) { m_progress->setValue(int(p)); });
    connect(m_run, &ScenarioRun::statusChanged, m_status, &QLabel::setText);
    connect(m_run, &ScenarioRun::stateChanged, this, &ScenarioRunView::updateControls);
    connect(m_timeline, &ScenarioTimeline::currentStepChanged, this, &ScenarioRunView::showStep);
    connect(m_runButton, &QPushButton::clicked, this, &ScenarioRunView::runRequested);
    connect(m_pauseButton, &QPushButton::clicked, this, &ScenarioRunView::pauseOrResume);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScenarioRunView::cancel);
    m_status->setText(tr("Select a scenario and press Run."));
    updateControls();
}

ScenarioRunView::~ScenarioRunView()
{
    if (m_mainMap)
        m_mainMap->removeOverlay(m_overlay);
}

QString ScenarioRunView::statusText() const
{
    return m_status->text();
}

void ScenarioRunView::setStatus(const QString &text)
{
    m_status->setText(text);
}

QStringList ScenarioRunView::resultIds() const
{
    return m_run->state() == ScenarioRun::State::Succeeded ? m_run->result().datasetIds : QStringList();
}

void ScenarioRunView::setRunnable(bool runnable)
{
    m_runnable = runnable;
    updateControls();
}

void ScenarioRunView::start(const Scenario &scenario)
{
    m_overlay->clear();
    m_overlay->setScenario(scenario);
    m_timeline->reset();
    m_chart->clear();
    m_results->clear();
    if (const Extent extent = ScenarioRun::gridExtent(scenario); extent.isValid()) {
        m_canvas->zoomToExtent(extent);
        if (m_mainMap)
            m_mainMap->zoomToExtent(extent);
        // Started from a hidden tab the canvas has no size yet: again once it is laid out.
        QTimer::singleShot(0, m_canvas, [canvas = m_canvas, extent] { canvas->zoomToExtent(extent); });
    }
    m_run->start(scenario);
    m_timeline->setRun(scenario.steps, m_run->stepSeconds());
    m_chart->setStepCount(scenario.steps);
    m_timeline->setLive(true);
    updateControls();
}

void ScenarioRunView::pauseOrResume()
{
    m_run->state() == ScenarioRun::State::Paused ? m_run->resume() : m_run->pause();
}

void ScenarioRunView::cancel()
{
    m_run->cancel();
}

void ScenarioRunView::onFrame(int step)
{
    m_timeline->setAvailableStep(step);
    showStep(m_timeline->currentStep()); // a newer frame may hold what the shown step needs
    m_chart->setSeries({{m_run->scenario().displayName(), ScenarioListModel::typeColor(m_run->scenario().type),
                         m_run->areaSeries()}});
    m_chart->setCurrentStep(m_timeline->currentStep());
}

QString ScenarioRunView::impactText() const
{
    return m_impact->text();
}

void ScenarioRunView::showStep(int step)
{
    m_overlay->setFrame(m_run->frames().frameFor(step), step);
    m_chart->setCurrentStep(step);
    m_impact->setText(m_run->state() == ScenarioRun::State::Succeeded ? ScenarioKpi::impactText(m_run->result().impact, step)
                                                                      : QString());
}

void ScenarioRunView::onFinished(bool ok)
{
    m_timeline->setLive(false);
    if (ok) {
        m_chart->setSeries({{m_run->scenario().displayName(), ScenarioListModel::typeColor(m_run->scenario().type),
                             m_run->areaSeries()}});
        m_chart->setCurrentStep(m_timeline->currentStep());
        showStep(m_timeline->currentStep());
        QStringList links;
        for (const QString &id : m_run->result().datasetIds)
            links << QStringLiteral("<a href=\"%1\">%1</a>").arg(id.toHtmlEscaped());
        m_results->setText(links.isEmpty() ? tr("The results were not recorded in the catalog.")
                                           : tr("Result datasets: %1").arg(links.join(QStringLiteral(", "))));
        if (!m_run->result().warnings.isEmpty())
            m_status->setText(m_run->statusText() + QStringLiteral(" · ") + m_run->result().warnings.join(QStringLiteral("; ")));
    }
    updateControls();
    emit finished(m_run->scenario().id, ok);
}

void ScenarioRunView::updateControls()
{
    const bool active = m_run->isActive();
    m_runButton->setEnabled(m_runnable && !active);
    m_pauseButton->setEnabled(active);
    m_pauseButton->setText(m_run->state() == ScenarioRun::State::Paused ? tr("Resume") : tr("Pause"));
    m_cancelButton->setEnabled(active);
    m_progress->setVisible(active);
}

} // namespace urbis
