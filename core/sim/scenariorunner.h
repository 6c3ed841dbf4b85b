#pragma once

#include "../util/task.h"
#include "scenario.h"
#include "scenarioframe.h"
#include "scenariorunresult.h"
#include "simcontrol.h"

#include <QElapsedTimer>
#include <QMutex>

namespace urbis {

struct ScenarioInputs;
class ImpactAnalysis;
class ScenarioOutputs;

/**
 * Runs a scenario as a Task: resolves its inputs in the workspace of `dataDir` (its own catalog
 * connection, on the worker), runs the model with pause / resume / cancel, writes the results
 * (ScenarioOutputs) and records them in the catalog (ScenarioResults).
 *
 * Created and owned in the GUI thread; pause() and resume() are called from there, cancel through
 * Task::cancel(). While running it emits frameReady() from the worker (queued to the GUI) at most
 * `maxFramesPerSecond` times a second, always for the last step. result() is valid after
 * finished(true).
 */
class ScenarioRunner : public Task
{
    Q_OBJECT
public:
    struct Options
    {
        QString outDir;              ///< keep the files here; empty = a work folder removed after recording
        bool recordResults = true;   ///< put the results into the catalog
        int maxFramesPerSecond = 10; ///< 0 = no frames
    };

    ScenarioRunner(QString dataDir, Scenario scenario, Options options, QObject *parent = nullptr);
    ScenarioRunner(QString dataDir, Scenario scenario, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    void pause();
    void resume();
    bool isPaused() const { return m_control.isPaused(); }
    ScenarioRunResult result() const;

signals:
    void frameReady(const urbis::ScenarioFrame &frame);
    void pausedChanged(bool paused);

protected:
    Result<void> run(Feedback &feedback) override;

private:
    Result<QJsonObject> runModel(const Scenario &scenario, const ScenarioInputs &inputs, ScenarioOutputs &outputs,
                                 const ImpactAnalysis *impact);
    bool frameDue(int step);

    QString m_dataDir;
    Scenario m_scenario;
    Options m_options;
    Feedback m_modelFeedback; ///< the model's share of the progress bar; cancelled with the task
    SimControl m_control{&m_modelFeedback};
    QElapsedTimer m_frameClock;
    qint64 m_lastFrameMs = -1;
    qint64 m_cellUpdates = 0;
    QList<ImpactRecord> m_impact;
    mutable QMutex m_mutex;
    ScenarioRunResult m_result;
};

} // namespace urbis
