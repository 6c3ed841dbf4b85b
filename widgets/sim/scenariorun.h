#pragma once

#include "scenarioframehistory.h"
#include "sim/scenario.h"
#include "geo/extent.h"
#include "sim/scenariorunner.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

namespace urbis {

class TaskManager;

/**
 * One scenario run as the GUI follows it: submits a ScenarioRunner to the TaskManager (which owns
 * it and lists it in the Tasks panel), keeps its frames for replay (ScenarioFrameHistory), the
 * area per step (from the frames while it runs, from the summary once it is done), the progress and
 * the outcome. A newer start() cancels and forgets the previous runner.
 *
 * Borrows the TaskManager (it must outlive this object). GUI thread only.
 */
class ScenarioRun : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    ScenarioRun(TaskManager *tasks, QString dataDir, QObject *parent = nullptr);
    ~ScenarioRun() override;

    /** Starts `scenario` (cancelling a run in progress). */
    void start(const Scenario &scenario, const ScenarioRunner::Options &options = {});
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Paused; }
    const Scenario &scenario() const { return m_scenario; }
    /** Simulated seconds per step of the scenario. */
    double stepSeconds() const;
    /** Where `scenario`'s grid lies (WGS84); invalid when its grid cannot be placed. */
    static Extent gridExtent(const Scenario &scenario);
    const ScenarioFrameHistory &frames() const { return m_frames; }
    /** (step, area in m²), ascending steps. */
    const QList<QPointF> &areaSeries() const { return m_area; }
    double progress() const { return m_progress; }
    QString statusText() const { return m_status; }
    /** Valid after finished(true). */
    const ScenarioRunResult &result() const { return m_result; }
    QString errorText() const { return m_error; }

signals:
    void started();
    void frameAdded(int step);
    void progressChanged(double percent);
    void statusChanged(const QString &status);
    void stateChanged(urbis::ScenarioRun::State state);
    void finished(bool ok);

private:
    void setState(State state);
    void onFrame(const ScenarioFrame &frame);
    void onFinished(ScenarioRunner *runner, bool ok);

    TaskManager *m_tasks;
    QString m_dataDir;
    QPointer<ScenarioRunner> m_runner;
    Scenario m_scenario;
    State m_state = State::Idle;
    ScenarioFrameHistory m_frames;
    QList<QPointF> m_area;
    double m_progress = 0;
    QString m_status;
    ScenarioRunResult m_result;
    QString m_error;
    int m_generation = 0; ///< of start() calls: signals of a replaced runner are dropped
};

} // namespace urbis
