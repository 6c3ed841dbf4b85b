#include "scenariorun.h"

#include "geo/gridgeoref.h"
#include "util/taskmanager.h"

#include <QJsonArray>

namespace urbis {

ScenarioRun::ScenarioRun(TaskManager *tasks, QString dataDir, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_dataDir(std::move(dataDir))
{
}

ScenarioRun::~ScenarioRun()
{
    if (m_runner && isActive())
        m_runner->cancel(); // nobody will look at its frames
}

double ScenarioRun::stepSeconds() const
{
    return m_scenario.type == Scenario::Type::Wildfire ? m_scenario.stepMinutes * 60 : m_scenario.stepSeconds;
}

Extent ScenarioRun::gridExtent(const Scenario &s)
{
    Result<GridGeoref> georef = GridGeoref::locate(s.grid.originLon, s.grid.originLat, s.grid.crs, s.grid.cellSize,
                                                   s.grid.width, s.grid.height);
    if (!georef)
        return {};
    Result<Extent> extent = georef->wgs84Extent();
    return extent ? *extent : Extent();
}

void ScenarioRun::start(const Scenario &scenario, const ScenarioRunner::Options &options)
{
    if (m_runner) {
        m_runner->disconnect(this);
        if (isActive())
            m_runner->cancel();
    }
    const int generation = ++m_generation;
    m_scenario = scenario;
    m_frames.clear();
    m_area.clear();
    m_result = {};
    m_error.clear();
    m_progress = 0;
    m_status = tr("Starting %1…").arg(scenario.displayName());

    auto *runner = new ScenarioRunner(m_dataDir, scenario, options);
    m_runner = runner;
    // The worker emits these; they arrive queued, in order, on this (the GUI) thread.
    connect(runner, &ScenarioRunner::frameReady, this, [this, generation](const ScenarioFrame &frame) {
        if (generation == m_generation)
            onFrame(frame);
    });
    connect(runner->feedback(), &Feedback::progressChanged, this, [this, generation](double percent) {
        if (generation != m_generation)
            return;
        m_progress = percent;
        emit progressChanged(percent);
    });
    connect(runner->feedback(), &Feedback::statusChanged, this, [this, generation](const QString &status) {
        if (generation != m_generation)
            return;
        m_status = status;
        emit statusChanged(status);
    });
    connect(runner, &ScenarioRunner::pausedChanged, this, [this, generation](bool paused) {
        if (generation == m_generation && isActive())
            setState(paused ? State::Paused : State::Running);
    });
    // The TaskManager owns the runner and may drop it before this queued call lands.
    connect(
        runner, &Task::finished, this,
        [this, generation, guard = QPointer<ScenarioRunner>(runner)](bool ok) {
            if (generation == m_generation)
                onFinished(guard, ok);
        },
        Qt::QueuedConnection);
    setState(State::Running);
    emit started();
    emit statusChanged(m_status);
    emit progressChanged(0);
    m_tasks->submit(runner);
}

void ScenarioRun::pause()
{
    if (m_runner && m_state == State::Running)
        m_runner->pause();
}

void ScenarioRun::resume()
{
    if (m_runner && m_state == State::Paused)
        m_runner->resume();
}

void ScenarioRun::cancel()
{
    if (m_runner && isActive())
        m_runner->cancel();
}

void ScenarioRun::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ScenarioRun::onFrame(const ScenarioFrame &frame)
{
    if (!isActive())
        return;
    const int step = frame.step;
    if (m_area.isEmpty() || m_area.last().x() < step)
        m_area << QPointF(step, frame.areaM2);
    m_frames.add(frame);
    emit frameAdded(step);
}

void ScenarioRun::onFinished(ScenarioRunner *runner, bool ok)
{
    if (!runner) {
        m_error = tr("The run was removed before it finished.");
        setState(State::Failed);
        emit finished(false);
        return;
    }
    if (!ok) {
        const bool cancelled = runner->state() == Task::State::Cancelled;
        m_error = cancelled ? tr("Cancelled.") : runner->error().message;
        m_status = cancelled ? tr("Run cancelled") : tr("Run failed: %1").arg(m_error);
        setState(cancelled ? State::Cancelled : State::Failed);
        emit statusChanged(m_status);
        emit finished(false);
        return;
    }
    m_result = runner->result();
    // The summary has every step; the frames only those the runner had time to send.
    QList<QPointF> area;
    for (const QJsonValue &v : m_result.summary.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        area << QPointF(o.value(QStringLiteral("step")).toInt(), o.value(QStringLiteral("area_m2")).toDouble());
    }
    if (!area.isEmpty())
        m_area = area;
    m_progress = 100;
    m_status = tr("Done: %n step(s) in %1 ms", nullptr, m_scenario.steps).arg(m_result.modelMs);
    setState(State::Succeeded);
    emit progressChanged(100);
    emit statusChanged(m_status);
    emit finished(true);
}

} // namespace urbis
