#include "scenariocompareview.h"

#include "map/mapcanvas.h"
#include "maplayermirror.h"
#include "mapviewsync.h"
#include "scenarioareachart.h"
#include "scenarioframeoverlay.h"
#include "scenariolistmodel.h"
#include "scenariorun.h"
#include "scenariotimeline.h"
#include "sim/scenariostore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace urbis {

namespace {

QColor colorA()
{
    return QColor(230, 97, 1);
}

QColor colorB()
{
    return QColor(33, 102, 172);
}

/** The area at the largest step <= `step` of an ascending (step, area) series; 0 before it. */
double areaAt(const QList<QPointF> &series, int step)
{
    auto it = std::upper_bound(series.cbegin(), series.cend(), double(step),
                               [](double s, const QPointF &p) { return s < p.x(); });
    return it == series.cbegin() ? 0.0 : (it - 1)->y();
}

void fillCombo(QComboBox *combo, const QAbstractItemModel *model)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (!i.data(ScenarioListModel::ErrorRole).toString().isEmpty())
            continue; // a broken file cannot run
        combo->addItem(i.data(Qt::DecorationRole).value<QIcon>(),
                       i.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0),
                       i.data(ScenarioListModel::IdRole));
    }
    const int keep = combo->findData(current);
    if (keep >= 0)
        combo->setCurrentIndex(keep);
}

} // namespace

ScenarioCompareView::ScenarioCompareView(TaskManager *tasks, QString dataDir, QAbstractItemModel *scenarios,
                                         MapCanvas *mainMap, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_dataDir(std::move(dataDir))
{
    m_comboA = new QComboBox(this);
    m_comboB = new QComboBox(this);
    for (QComboBox *c : {m_comboA, m_comboB}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(18);
    }
    m_run = new QPushButton(tr("Compare"), this);
    m_run->setToolTip(tr("Run both scenarios and show them side by side"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("A:"), this));
    bar->addWidget(m_comboA);
    bar->addWidget(new QLabel(tr("B:"), this));
    bar->addWidget(m_comboB);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);

    const auto side = [this](QLabel *&title, MapCanvas *&canvas, ScenarioFrameOverlay *&overlay, const QColor &color) {
        auto *box = new QWidget(this);
        title = new QLabel(box);
        title->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid %1; padding-left: 4px; }").arg(color.name()));
        canvas = new MapCanvas(box);
        overlay = new ScenarioFrameOverlay(this);
        canvas->addOverlay(overlay);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(title);
        layout->addWidget(canvas, 1);
        return box;
    };
    auto *maps = new QSplitter(Qt::Horizontal, this);
    maps->addWidget(side(m_titleA, m_canvasA, m_overlayA, colorA()));
    maps->addWidget(side(m_titleB, m_canvasB, m_overlayB, colorB()));
    m_canvasA->setObjectName(QStringLiteral("compareCanvasA"));
    m_canvasB->setObjectName(QStringLiteral("compareCanvasB"));
    new MapLayerMirror(mainMap, m_canvasA, this);
    new MapLayerMirror(mainMap, m_canvasB, this);
    if (mainMap) {
        m_canvasA->setZoom(mainMap->zoom());
        m_canvasA->setCenter(mainMap->center());
    }
    m_sync = new MapViewSync(m_canvasA, m_canvasB, this);

    m_timeline = new ScenarioTimeline(this);
    m_chart = new ScenarioAreaChart(this);
    m_chart->setMinimumHeight(150);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(maps);
    vertical->addWidget(m_chart);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_timeline);

    m_runA = new ScenarioRun(tasks, m_dataDir, this);
    m_runB = new ScenarioRun(tasks, m_dataDir, this);
    for (ScenarioRun *run : {m_runA, m_runB}) {
        connect(run, &ScenarioRun::frameAdded, this, &ScenarioCompareView::onFrame);
        connect(run, &ScenarioRun::progressChanged, this, &ScenarioCompareView::updateStatus);
        connect(run, &ScenarioRun::finished, this, &ScenarioCompareView::onFinished);
    }
    connect(m_timeline, &ScenarioTimeline::currentStepChanged, this, &ScenarioCompareView::showStep);
    connect(m_run, &QPushButton::clicked, this, &ScenarioCompareView::startFromCombos);
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioCompareView::cancel);

    const auto refill = [this, scenarios] {
        fillCombo(m_comboA, scenarios);
        fillCombo(m_comboB, scenarios);
        if (m_comboB->currentIndex() == 0 && m_comboB->count() > 1 && m_comboA->currentIndex() == 0)
            m_comboB->setCurrentIndex(1);
    };
    connect(scenarios, &QAbstractItemModel::modelReset, this, refill);
    connect(scenarios, &QAbstractItemModel::rowsInserted, this, refill);
    connect(scenarios, &QAbstractItemModel::rowsRemoved, this, refill);
    connect(scenarios, &QAbstractItemModel::dataChanged, this, refill);
    refill();
    updateStatus();
}

QString ScenarioCompareView::statusText() const
{
    return m_status->text();
}

void ScenarioCompareView::startFromCombos()
{
    compare(m_comboA->currentData().toString(), m_comboB->currentData().toString());
}

bool ScenarioCompareView::compare(const QString &idA, const QString &idB)
{
    const ScenarioStore store(m_dataDir);
    Result<Scenario> a = store.load(idA);
    Result<Scenario> b = a ? store.load(idB) : Result<Scenario>(a.error());
    if (!a || !b) {
        m_status->setText((!a ? a.error() : b.error()).message);
        return false;
    }
    m_comboA->setCurrentIndex(std::max(0, m_comboA->findData(idA)));
    m_comboB->setCurrentIndex(std::max(0, m_comboB->findData(idB)));
    Extent extent = ScenarioRun::gridExtent(*a);
    const Extent extentB = ScenarioRun::gridExtent(*b);
    if (extent.isValid() && extentB.isValid())
        extent.expand(extentB);
    if (extent.isValid())
        m_canvasA->zoomToExtent(extent); // B follows

    m_overlayA->clear();
    m_overlayB->clear();
    m_overlayA->setScenario(*a);
    m_overlayB->setScenario(*b);
    m_titleA->setText(tr("A: %1").arg(a->displayName()));
    m_titleB->setText(tr("B: %1").arg(b->displayName()));
    m_timeline->reset();
    m_timeline->setLive(true);
    m_chart->clear();
    m_pending = 2;
    m_runA->start(*a);
    m_runB->start(*b);
    m_timeline->setRun(std::max(a->steps, b->steps), m_runA->stepSeconds());
    m_chart->setStepCount(std::max(a->steps, b->steps));
    updateStatus();
    return true;
}

void ScenarioCompareView::cancel()
{
    m_runA->cancel();
    m_runB->cancel();
}

void ScenarioCompareView::onFrame()
{
    const int a = m_runA->frames().newestStep();
    const int b = m_runB->frames().newestStep();
    // While either runs, only steps both can show; once both are done, all of them.
    const bool live = m_runA->isActive() || m_runB->isActive();
    m_timeline->setAvailableStep(live ? std::min(a, b) : std::max(a, b));
    updateChart();
}

void ScenarioCompareView::onFinished()
{
    if (m_pending > 0 && --m_pending > 0)
        return;
    m_timeline->setLive(false);
    onFrame();
    updateStatus();
    emit compared(m_runA->state() == ScenarioRun::State::Succeeded && m_runB->state() == ScenarioRun::State::Succeeded);
}

void ScenarioCompareView::showStep(int step)
{
    m_overlayA->setFrame(m_runA->frames().frameFor(step), step);
    m_overlayB->setFrame(m_runB->frames().frameFor(step), step);
    m_chart->setCurrentStep(step);
    const auto title = [step](const ScenarioRun *run, const QString &letter) {
        return tr("%1: %2 · %3 ha").arg(letter, run->scenario().displayName())
            .arg(areaAt(run->areaSeries(), step) / 10'000, 0, 'f', 1);
    };
    m_titleA->setText(title(m_runA, tr("A")));
    m_titleB->setText(title(m_runB, tr("B")));
}

void ScenarioCompareView::updateChart()
{
    const QList<QPointF> &a = m_runA->areaSeries();
    const QList<QPointF> &b = m_runB->areaSeries();
    QMap<int, double> byStep;
    for (const QPointF &p : a)
        byStep.insert(int(p.x()), p.y());
    QList<QPointF> diff;
    for (const QPointF &p : b)
        if (const auto it = byStep.constFind(int(p.x())); it != byStep.cend())
            diff << QPointF(p.x(), p.y() - *it);
    m_chart->setSeries({{tr("A: %1").arg(m_runA->scenario().displayName()), colorA(), a},
                        {tr("B: %1").arg(m_runB->scenario().displayName()), colorB(), b},
                        {tr("B − A"), QColor(90, 90, 90), diff, Qt::DashLine}});
    m_chart->setCurrentStep(m_timeline->currentStep());
}

void ScenarioCompareView::updateStatus()
{
    const bool active = m_runA->isActive() || m_runB->isActive();
    m_run->setEnabled(!active);
    m_cancel->setEnabled(active);
    m_progress->setVisible(active);
    m_progress->setValue(int((m_runA->progress() + m_runB->progress()) / 2));
    if (active) {
        m_status->setText(tr("Running both scenarios…"));
        return;
    }
    const auto outcome = [](const ScenarioRun *run) {
        switch (run->state()) {
        case ScenarioRun::State::Succeeded:
            return tr("done");
        case ScenarioRun::State::Cancelled:
            return tr("cancelled");
        case ScenarioRun::State::Failed:
            return tr("failed: %1").arg(run->errorText());
        default:
            return QString();
        }
    };
    if (m_runA->state() == ScenarioRun::State::Idle)
        m_status->setText(tr("Pick two scenarios and press Compare."));
    else
        m_status->setText(tr("A %1 · B %2").arg(outcome(m_runA), outcome(m_runB)));
}

} // namespace urbis
