#pragma once

#include "../geo/gridtiffwriter.h"
#include "impactrecord.h"
#include "scenario.h"
#include "scenarioinputs.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace urbis {

/**
 * Writes a run's results into a folder, byte-identical for the same scenario and seed:
 * wildfire `arrival.tif` (Int32, the step each cell caught fire, -1 = unburned: every frame is
 * "arrival in 0..step", so no separate frames file); flood `depth_max.tif` (Float32, metres) and
 * `depth_frames.tif` (Float32, one band per frame step, see frameSteps()); and `summary.json`
 * (CLI.md's {"steps": [...], "sha256": {file: hash}} plus the scenario, its provenance, the
 * raster georeferencing and any input warnings). Used on one thread; move-only.
 */
class ScenarioOutputs
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioOutputs)
public:
    static constexpr int kMaxFrames = 100;
    static inline const QString kSummary = QStringLiteral("summary.json");
    static inline const QString kArrival = QStringLiteral("arrival.tif");
    static inline const QString kDepthMax = QStringLiteral("depth_max.tif");
    static inline const QString kDepthFrames = QStringLiteral("depth_frames.tif");
    static inline const QString kImpact = QStringLiteral("impact.csv");

    /** Creates `dir` if needed; opens the frames file of a flood. */
    static Result<ScenarioOutputs> begin(const QString &dir, const Scenario &scenario, const ScenarioInputs &inputs);

    /**
     * The steps the flood frames file holds, in band order: every step when there are at most
     * kMaxFrames, else every Nth (N = ceil(steps / kMaxFrames)) and always the last.
     */
    static QList<int> frameSteps(int steps);

    /** Flood: call with every step's depth; frame steps become bands. Failures surface in finish(). */
    void addFloodStep(const FloodStep &step, const FloatGrid &depth);

    /** The hazard's impact per step: written as impact.csv and into summary.json by finish(). */
    void setImpact(const QList<ImpactRecord> &records) { m_impact = records; }

    /** Write the remaining files and summary.json; returns the summary. */
    Result<QJsonObject> finish(const WildfireResult &result);
    Result<QJsonObject> finish(const FloodResult &result);

    /** After a failed or cancelled run: removes what this run wrote, so no half result is left. */
    void discard();

    QString dir() const { return m_dir; }
    /** The result files written so far (names in dir()), summary.json last. */
    QStringList files() const { return m_files; }

private:
    ScenarioOutputs(QString dir, const Scenario &scenario, const ScenarioInputs &inputs);
    QJsonObject header() const;
    Result<QJsonObject> writeSummary(QJsonObject summary);

    QString m_dir;
    Scenario m_scenario;
    GridGeoref m_georef;
    ScenarioProvenance m_provenance;
    QStringList m_warnings;
    QList<int> m_frameSteps;
    std::optional<GridTiffWriter> m_frames;
    Error m_frameError;
    QStringList m_files;
    QList<ImpactRecord> m_impact;
};

} // namespace urbis
