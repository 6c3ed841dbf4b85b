#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "grid.h"
#include "impactrecord.h"
#include "impactspec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>
#include <vector>

namespace urbis {

/**
 * Intersects hazard frames with vector layers: affected buildings / facilities (count), road length
 * (m) and people per step, in total and per category (a building class, a district).
 *
 * prepare() does the expensive part once: it reads each layer (ImpactLayerReader, reprojected to
 * the grid's CRS) and turns it into weights per grid cell - 1 per asset in the cell holding its
 * point or centroid; the exact length of road inside each cell (segments split at cell edges);
 * population x (area of district in the cell / district area) per cell (polygons clipped to each
 * cell). Each step then only sums the weights of its hazard cells, so a wildfire's arrival grid
 * gives every step in one pass and a flood's depth frames can be fed one by one as they come.
 *
 * Hazard tests: a wildfire cell is affected at step s when 0 <= arrival <= s; a flood cell when
 * depth >= threshold (0.1 m by default). Points on a cell edge belong to the cell right / below.
 *
 * A value; prepare() runs on a worker (progress and cancel through `feedback`), the evaluate
 * functions are const and may run on any thread.
 */
class ImpactAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImpactAnalysis)
public:
    /** One reported series: a layer's total (category empty) or one of its categories. */
    struct Metric
    {
        QString metric;
        QString category;
        QString unit;
        double exposed = 0; ///< the value if every grid cell were a hazard cell
    };

    static constexpr double kDefaultDepthThreshold = 0.1;

    /**
     * InvalidArgument for an empty grid, a grid without a usable CRS or geotransform, a population
     * layer without populationField; the reader's errors (NotFound, Io, Cancelled) as they are.
     */
    static Result<ImpactAnalysis> prepare(const ImpactSpec &spec, Feedback *feedback = nullptr);

    const QList<Metric> &metrics() const { return m_metrics; }
    /** What was skipped while preparing (features without geometry, districts without population),
     * translated. */
    const QStringList &notes() const { return m_notes; }

    /** Steps 1..steps of a wildfire arrival grid (step per cell, -1 = never). */
    Result<QList<ImpactRecord>> evaluateArrival(const IntGrid &arrival, int steps) const;
    /** One flood frame: cells with depth >= thresholdM (> 0) are affected. */
    Result<QList<ImpactRecord>> evaluateDepth(int step, const FloatGrid &depth,
                                              double thresholdM = kDefaultDepthThreshold) const;
    /** One frame of any hazard: non-zero cells are affected. */
    Result<QList<ImpactRecord>> evaluateMask(int step, const ByteGrid &mask) const;

private:
    using CellWeights = std::vector<std::pair<quint32, double>>; ///< sorted by cell, one entry per cell
    template <typename Test>
    Result<QList<ImpactRecord>> evaluateFrame(int step, int width, int height, const Test &isHazard) const;
    ImpactRecord record(int step, int metric, double value) const;

    ImpactSpec m_spec;
    QList<Metric> m_metrics;
    std::vector<CellWeights> m_weights; ///< parallel to m_metrics
    QStringList m_notes;
};

} // namespace urbis
