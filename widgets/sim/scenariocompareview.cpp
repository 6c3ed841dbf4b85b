#include "scenariocompareview.h"

#include "map/mapcanvas.h"
#include "maplayermirror.h"
#include "mapviewsync.h"
#include "scenarioareachart.h"
#include "scenarioframeoverlay.h"
#include "scenariokpi.h"
#include "scenariolistmodel.h"
#include "scenariorun.h"
#include "scenariotimeline.h"
#include "sim/scenariostore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
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

/** Run `run`'s KPI `id`; the area when the run has no such KPI (yet). */
ScenarioKpi kpiOf(const ScenarioRun *run, const QString &id)
{
    const QList<ScenarioKpi> all = ScenarioKpi::of(*run);
    const auto it = std::find_if(all.begin(), all.end(), [&](const ScenarioKpi &k) { return k.id == id; });
    return it != all.end() ? *it : all.first();
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
    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(QStringLiteral("compareKpi"));
    m_kpi->setToolTip(tr("The figure the chart and the map titles compare; impact figures appear once both runs finished"));
    m_kpi->addItem(tr("area (ha)"), ScenarioKpi::kAreaId);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("A:"), this));
    bar->addWidget(m_comboA);
    bar->addWidget(new QLabel(tr("B:"), this));
    bar->addWidget(m_comboB);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(new QLabel(tr("KPI:"), this));
    bar->addWidget(m_kpi);

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
    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this] {
        m_kpiChoice = m_kpi->currentData().toString();
        updateChart();
        showStep(m_timeline->currentStep());
    });
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
    fillKpis(); // the area only, until both runs finished
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
    fillKpis();
    onFrame();
    updateStatus();
    emit compared(m_runA->state() == ScenarioRun::State::Succeeded && m_runB->state() == ScenarioRun::State::Succeeded);
}

void ScenarioCompareView::showStep(int step)
{
    m_overlayA->setFrame(m_runA->frames().frameFor(step), step);
    m_overlayB->setFrame(m_runB->frames().frameFor(step), step);
    m_chart->setCurrentStep(step);
    const QString id = m_kpi->currentData().toString();
    const auto title = [step, &id](const ScenarioRun *run, const QString &letter) {
        const ScenarioKpi k = kpiOf(run, id);
        const QString value = QLocale().toString(ScenarioKpi::valueAt(k.series, step) / k.divisor, 'f', k.unit == u"ha" ? 1 : 0);
        return tr("%1: %2 · %3 %4").arg(letter, run->scenario().displayName(), k.name,
                                        k.unit.isEmpty() ? value : value + QLatin1Char(' ') + k.unit);
    };
    m_titleA->setText(title(m_runA, tr("A")));
    m_titleB->setText(title(m_runB, tr("B")));
}

void ScenarioCompareView::updateChart()
{
    const QString id = m_kpi->currentData().toString();
    const ScenarioKpi ka = kpiOf(m_runA, id), kb = kpiOf(m_runB, id);
    if (ka.id != kb.id)
        return; // one run has it, the other not (yet): fillKpis() offers only common ones
    m_chart->setValueAxis(ka.label, ka.divisor);
    const QList<QPointF> &a = ka.series;
    const QList<QPointF> &b = kb.series;
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

void ScenarioCompareView::fillKpis()
{
    // The KPIs both runs have, so B - A means something; the choice survives a re-run.
    const QList<ScenarioKpi> a = ScenarioKpi::of(*m_runA), b = ScenarioKpi::of(*m_runB);
    const QSignalBlocker block(m_kpi);
    m_kpi->clear();
    for (const ScenarioKpi &k : a)
        if (std::any_of(b.begin(), b.end(), [&](const ScenarioKpi &o) { return o.id == k.id; }))
            m_kpi->addItem(k.label, k.id);
    m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(m_kpiChoice)));
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
