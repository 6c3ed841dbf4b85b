#include "scenariorunner.h"

#include "../workspace/workspace.h"
#include "impactanalysis.h"
#include "scenarioinputs.h"
#include "scenariooutputs.h"
#include "scenarioresults.h"

#include <QTemporaryDir>

#include <optional>

namespace urbis {

namespace {

// Shares of the progress bar: inputs, model, writing and recording.
constexpr double kModelFrom = 5, kModelTo = 95;

// The impact layers as ImpactAnalysis sees them: on the scenario's grid, one step per model step.
ImpactSpec impactSpec(const Scenario &s, const ScenarioInputs &inputs)
{
    ImpactSpec spec;
    spec.grid.width = inputs.georef.width;
    spec.grid.height = inputs.georef.height;
    spec.grid.geoTransform = inputs.georef.geoTransform();
    spec.grid.crs = inputs.georef.wkt.isEmpty() ? inputs.georef.crs : inputs.georef.wkt;
    spec.layers = inputs.impactLayers;
    spec.stepSeconds = s.type == Scenario::Type::Wildfire ? s.stepMinutes * 60 : s.stepSeconds;
    return spec;
}

} // namespace

ScenarioRunner::ScenarioRunner(QString dataDir, Scenario scenario, Options options, QObject *parent)
    : Task(tr("Simulating %1").arg(scenario.displayName()), parent), m_dataDir(std::move(dataDir)),
      m_scenario(std::move(scenario)), m_options(std::move(options))
{
    // Both run on whichever thread reports: the model's worker, or the GUI for a cancel.
    connect(&m_modelFeedback, &Feedback::progressChanged, this,
            [this](double p) { feedback()->setProgress(kModelFrom + (kModelTo - kModelFrom) * p / 100.0); },
            Qt::DirectConnection);
    connect(feedback(), &Feedback::cancelled, this, [this] {
        m_modelFeedback.cancel();
        m_control.wake(); // a paused model sees the cancel at once
    }, Qt::DirectConnection);
}

ScenarioRunner::ScenarioRunner(QString dataDir, Scenario scenario, QObject *parent)
    : ScenarioRunner(std::move(dataDir), std::move(scenario), Options{}, parent)
{
}

void ScenarioRunner::pause()
{
    if (m_control.isPaused())
        return;
    m_control.pause();
    emit pausedChanged(true);
}

void ScenarioRunner::resume()
{
    if (!m_control.isPaused())
        return;
    m_control.resume();
    emit pausedChanged(false);
}

ScenarioRunResult ScenarioRunner::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

bool ScenarioRunner::frameDue(int step)
{
    if (m_options.maxFramesPerSecond <= 0)
        return false;
    const qint64 now = m_frameClock.elapsed();
    if (step < m_scenario.steps && m_lastFrameMs >= 0 && now - m_lastFrameMs < 1000 / m_options.maxFramesPerSecond)
        return false;
    m_lastFrameMs = now;
    return true;
}

Result<QJsonObject> ScenarioRunner::runModel(const Scenario &s, const ScenarioInputs &inputs, ScenarioOutputs &outputs,
                                             const ImpactAnalysis *impact)
{
    m_impact.clear();
    Error impactError;
    m_frameClock.start();
    ScenarioFrame frame;
    frame.type = s.type;
    frame.steps = s.steps;
    frame.georef = inputs.georef;
    if (s.type == Scenario::Type::Wildfire) {
        const auto onStep = [&](const WildfireStep &step, const IntGrid &arrival) {
            if (!frameDue(step.step))
                return;
            frame.step = step.step;
            frame.timeSec = step.step * s.stepMinutes * 60;
            frame.areaM2 = step.areaM2;
            frame.arrival = arrival;
            emit frameReady(frame);
        };
        Result<WildfireResult> r = WildfireModel::run(inputs.wildfire(s), s.wildfireParams(), &m_control, onStep);
        if (!r)
            return r.error();
        m_cellUpdates = r->cellUpdates;
        if (impact) {
            Result<QList<ImpactRecord>> records = impact->evaluateArrival(r->arrivalStep, s.steps);
            if (!records)
                return records.error();
            m_impact = *records;
            outputs.setImpact(m_impact);
        }
        return outputs.finish(*r);
    }
    const auto onStep = [&](const FloodStep &step, const FloatGrid &depth) {
        outputs.addFloodStep(step, depth);
        if (impact && !impactError.isError()) {
            if (Result<QList<ImpactRecord>> records = impact->evaluateDepth(step.step, depth))
                m_impact << *records;
            else
                impactError = records.error();
        }
        if (!frameDue(step.step))
            return;
        frame.step = step.step;
        frame.timeSec = step.timeSec;
        frame.areaM2 = step.floodedAreaM2;
        frame.depth = depth;
        emit frameReady(frame);
    };
    Result<FloodResult> r = FloodModel::run(inputs.flood(), s.floodParams(), &m_control, onStep);
    if (!r)
        return r.error();
    m_cellUpdates = r->cellUpdates;
    if (impactError.isError())
        return impactError;
    outputs.setImpact(m_impact);
    return outputs.finish(*r);
}

Result<void> ScenarioRunner::run(Feedback &feedback)
{
    if (m_options.outDir.isEmpty() && !m_options.recordResults)
        return Error(Error::Code::InvalidArgument, tr("The results need a folder or the catalog to go to"));
    Result<Workspace> ws = Workspace::open(m_dataDir);
    if (!ws)
        return ws.error();
    feedback.setStatus(tr("Reading the inputs of %1").arg(m_scenario.displayName()));
    Result<ScenarioInputs> inputs = ScenarioInputs::build(m_scenario, &ws->catalog(), &ws->store(), &feedback);
    if (!inputs)
        return inputs.error();
    Scenario scenario = m_scenario;
    scenario.provenance = inputs->provenance;
    feedback.setProgress(kModelFrom);

    // Without an output folder the files live in a work folder until the store has them; the
    // "import-" prefix lets Workspace::collectGarbage remove it if the process dies meanwhile.
    std::optional<QTemporaryDir> work;
    QString dir = m_options.outDir;
    if (dir.isEmpty()) {
        QDir().mkpath(ws->workDir());
        work.emplace(QDir(ws->workDir()).filePath(QStringLiteral("import-scenario-XXXXXX")));
        if (!work->isValid())
            return Error(Error::Code::Io, tr("Cannot create a work folder in %1").arg(ws->workDir()), work->errorString());
        dir = work->path();
    }
    // The impact layers are read once, before the model: each step then only sums cell weights.
    std::optional<ImpactAnalysis> impact;
    if (!inputs->impactLayers.isEmpty()) {
        feedback.setStatus(tr("Reading the impact layers"));
        // Its own 0-100 % fit in the inputs' share of the bar; a cancel reaches it at once.
        Feedback reading;
        connect(&reading, &Feedback::progressChanged, this,
                [&feedback](double p) { feedback.setProgress(kModelFrom * p / 100.0); }, Qt::DirectConnection);
        const QMetaObject::Connection cancel =
            connect(&feedback, &Feedback::cancelled, &reading, &Feedback::cancel, Qt::DirectConnection);
        if (feedback.isCancelled())
            reading.cancel();
        Result<ImpactAnalysis> prepared = ImpactAnalysis::prepare(impactSpec(scenario, *inputs), &reading);
        disconnect(cancel);
        if (!prepared)
            return prepared.error();
        impact = std::move(*prepared);
        inputs->warnings << impact->notes();
    }
    Result<ScenarioOutputs> outputs = ScenarioOutputs::begin(dir, scenario, *inputs);
    if (!outputs)
        return outputs.error();
    feedback.setStatus(tr("Simulating %1").arg(scenario.displayName()));
    QElapsedTimer clock;
    clock.start();
    Result<QJsonObject> summary = runModel(scenario, *inputs, *outputs, impact ? &*impact : nullptr);
    const qint64 modelMs = clock.elapsed();
    if (!summary || feedback.isCancelled()) {
        outputs->discard();
        return summary ? Error(Error::Code::Cancelled, tr("Simulation cancelled")) : summary.error();
    }

    QStringList ids;
    if (m_options.recordResults) {
        feedback.setStatus(tr("Recording the results in the catalog"));
        Result<QStringList> recorded = ScenarioResults::record(ws->catalog(), ws->store(), scenario, dir, outputs->files(), work.has_value());
        if (!recorded)
            return recorded.error();
        ids = *recorded;
    }
    QMutexLocker lock(&m_mutex);
    m_result.outDir = work ? QString() : dir;
    m_result.files = work ? QStringList() : outputs->files();
    m_result.summary = *summary;
    m_result.datasetIds = ids;
    m_result.warnings = inputs->warnings;
    m_result.provenance = inputs->provenance;
    m_result.cellUpdates = m_cellUpdates;
    m_result.modelMs = modelMs;
    m_result.impact = m_impact;
    return {};
}

} // namespace urbis
