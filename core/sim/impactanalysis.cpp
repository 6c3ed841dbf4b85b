#include "impactanalysis.h"

#include "impactgeometry.h"
#include "../geo/impactlayerreader.h"
#include "impactmeasure.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace urbis {

namespace {

/** Weights of one layer while it is read: the total and one set per category, keyed by cell. */
struct LayerWeights
{
    std::vector<std::pair<quint32, double>> total;
    std::map<QString, std::vector<std::pair<quint32, double>>> categories;

    void add(quint32 cell, double w, const QString *category)
    {
        total.emplace_back(cell, w);
        if (category)
            categories[*category].emplace_back(cell, w);
    }
};

/** Sorted by cell, one entry per cell (summed in reading order, so the result is deterministic). */
std::vector<std::pair<quint32, double>> merged(std::vector<std::pair<quint32, double>> raw)
{
    std::stable_sort(raw.begin(), raw.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::pair<quint32, double>> out;
    for (const auto &[cell, w] : raw) {
        if (!out.empty() && out.back().first == cell)
            out.back().second += w;
        else
            out.emplace_back(cell, w);
    }
    return out;
}

double sum(const std::vector<std::pair<quint32, double>> &weights)
{
    double s = 0;
    for (const auto &cw : weights)
        s += cw.second;
    return s;
}

} // namespace

Result<ImpactAnalysis> ImpactAnalysis::prepare(const ImpactSpec &spec, Feedback *feedback)
{
    const ImpactGridRef &grid = spec.grid;
    if (grid.width < 1 || grid.height < 1 || qint64(grid.width) * grid.height > qint64(UINT32_MAX))
        return Error(Error::Code::InvalidArgument, tr("The hazard grid is empty or too large"));
    const Result<ImpactMeasure::Crs> crs = ImpactLayerReader::describeCrs(grid.crs);
    if (!crs)
        return crs.error();
    const Result<ImpactMeasure> measureResult = ImpactMeasure::create(grid.geoTransform, *crs);
    if (!measureResult)
        return measureResult.error();
    const ImpactMeasure &measure = *measureResult;
    const int w = grid.width, h = grid.height;
    auto cellIndex = [w](int col, int row) { return quint32(row) * quint32(w) + quint32(col); };

    ImpactAnalysis a;
    a.m_spec = spec;
    for (int li = 0; li < spec.layers.size(); ++li) {
        const ImpactLayer &layer = spec.layers[li];
        const bool population = layer.kind == ImpactLayer::Kind::Population;
        if (population && layer.populationField.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("The population layer %1 needs a population field").arg(layer.path));
        QStringList fields;
        if (population)
            fields << layer.populationField;
        if (!layer.categoryField.isEmpty())
            fields << layer.categoryField;
        const bool byCategory = !layer.categoryField.isEmpty();
        LayerWeights weights;
        qint64 skipped = 0, noPopulation = 0;

        auto sink = [&](const ImpactFeature &f) {
            QString category;
            if (byCategory) {
                const QVariant v = f.values.last();
                category = v.isValid() ? v.toString() : tr("(no value)");
            }
            const QString *cat = byCategory ? &category : nullptr;
            switch (layer.kind) {
            case ImpactLayer::Kind::Assets: {
                const QPoint c = ImpactGeometry::cellOf(measure.toPixel(f.anchor), w, h);
                if (c.x() >= 0)
                    weights.add(cellIndex(c.x(), c.y()), 1.0, cat);
                break;
            }
            case ImpactLayer::Kind::Roads:
                for (const QPolygonF &line : f.lines)
                    for (qsizetype i = 0; i + 1 < line.size(); ++i)
                        ImpactGeometry::segmentCells(measure.toPixel(line[i]), measure.toPixel(line[i + 1]),
                                                     w, h, [&](int col, int row, QPointF p, QPointF q) {
                                                         weights.add(cellIndex(col, row),
                                                                     measure.length(p, q), cat);
                                                     });
                break;
            case ImpactLayer::Kind::Population: {
                bool ok = false;
                const double people = f.values.first().toDouble(&ok);
                double area = 0;
                QList<QPolygonF> rings;
                for (qsizetype i = 0; i < f.rings.size(); ++i) {
                    QPolygonF px;
                    for (const QPointF &p : f.rings[i])
                        px << measure.toPixel(p);
                    area += (f.holes[i] ? -1 : 1) * measure.area(px);
                    rings << px;
                }
                if (!ok || !std::isfinite(people) || people < 0 || !(area > 0)) {
                    ++noPopulation;
                    break;
                }
                for (qsizetype i = 0; i < rings.size(); ++i)
                    ImpactGeometry::ringCells(rings[i], w, h, [&](int col, int row, const QPolygonF &piece) {
                        const double share = (f.holes[i] ? -1 : 1) * measure.area(piece) / area;
                        weights.add(cellIndex(col, row), people * share, cat);
                    });
                break;
            }
            }
        };
        const double from = 90.0 * li / spec.layers.size(), to = 90.0 * (li + 1) / spec.layers.size();
        const Result<void> read =
            ImpactLayerReader::read(layer, grid, fields, sink, feedback, from, to, &skipped);
        if (!read)
            return read.error();
        if (skipped > 0)
            a.m_notes << tr("%1: %n feature(s) without a usable geometry were skipped.", nullptr,
                            int(skipped))
                             .arg(layer.path);
        if (noPopulation > 0)
            a.m_notes << tr("%1: %n district(s) without a population or an area were skipped.", nullptr,
                            int(noPopulation))
                             .arg(layer.path);

        const QString metric = layer.metricName(), unit = layer.unit();
        a.m_weights.push_back(merged(std::move(weights.total)));
        a.m_metrics.append({metric, QString(), unit, sum(a.m_weights.back())});
        for (auto &[category, raw] : weights.categories) {
            a.m_weights.push_back(merged(std::move(raw)));
            a.m_metrics.append({metric, category, unit, sum(a.m_weights.back())});
        }
    }
    if (feedback)
        feedback->setProgress(100);
    return a;
}

ImpactRecord ImpactAnalysis::record(int step, int metric, double value) const
{
    ImpactRecord r;
    r.step = step;
    r.timeSec = step * m_spec.stepSeconds;
    if (m_spec.start.isValid())
        r.time = m_spec.start.addMSecs(qint64(std::llround(r.timeSec * 1000)));
    const Metric &m = m_metrics[metric];
    r.metric = m.metric;
    r.category = m.category;
    r.unit = m.unit;
    r.value = value;
    return r;
}

Result<QList<ImpactRecord>> ImpactAnalysis::evaluateArrival(const IntGrid &arrival, int steps) const
{
    if (arrival.width() != m_spec.grid.width || arrival.height() != m_spec.grid.height)
        return Error(Error::Code::InvalidArgument,
                     tr("The arrival grid is %1 x %2 cells; the analysis expects %3 x %4")
                         .arg(arrival.width())
                         .arg(arrival.height())
                         .arg(m_spec.grid.width)
                         .arg(m_spec.grid.height));
    if (steps < 1)
        return Error(Error::Code::InvalidArgument, tr("At least one step is needed"));
    // Per metric: weight by arrival step, then a running sum gives every step at once.
    std::vector<std::vector<double>> byStep(m_weights.size(), std::vector<double>(size_t(steps) + 1, 0.0));
    const qint32 *cells = arrival.data();
    for (size_t m = 0; m < m_weights.size(); ++m)
        for (const auto &[cell, weight] : m_weights[m]) {
            const qint32 at = cells[cell];
            if (at >= 0 && at <= steps)
                byStep[m][size_t(at)] += weight;
        }
    QList<ImpactRecord> out;
    out.reserve(qsizetype(steps) * qsizetype(m_metrics.size()));
    std::vector<double> running(m_weights.size(), 0.0);
    for (size_t m = 0; m < m_weights.size(); ++m)
        running[m] = byStep[m][0];
    for (int s = 1; s <= steps; ++s)
        for (size_t m = 0; m < m_weights.size(); ++m) {
            running[m] += byStep[m][size_t(s)];
            out.append(record(s, int(m), running[m]));
        }
    return out;
}

template <typename Test>
Result<QList<ImpactRecord>> ImpactAnalysis::evaluateFrame(int step, int width, int height,
                                                          const Test &isHazard) const
{
    if (width != m_spec.grid.width || height != m_spec.grid.height)
        return Error(Error::Code::InvalidArgument,
                     tr("The hazard frame is %1 x %2 cells; the analysis expects %3 x %4")
                         .arg(width)
                         .arg(height)
                         .arg(m_spec.grid.width)
                         .arg(m_spec.grid.height));
    QList<ImpactRecord> out;
    for (size_t m = 0; m < m_weights.size(); ++m) {
        double value = 0;
        for (const auto &[cell, weight] : m_weights[m])
            if (isHazard(cell))
                value += weight;
        out.append(record(step, int(m), value));
    }
    return out;
}

Result<QList<ImpactRecord>> ImpactAnalysis::evaluateDepth(int step, const FloatGrid &depth,
                                                          double thresholdM) const
{
    if (!(thresholdM > 0))
        return Error(Error::Code::InvalidArgument, tr("The depth threshold must be above 0 m"));
    const float *cells = depth.data();
    return evaluateFrame(step, depth.width(), depth.height(),
                         [cells, thresholdM](quint32 cell) { return double(cells[cell]) >= thresholdM; });
}

Result<QList<ImpactRecord>> ImpactAnalysis::evaluateMask(int step, const ByteGrid &mask) const
{
    const std::uint8_t *cells = mask.data();
    return evaluateFrame(step, mask.width(), mask.height(),
                         [cells](quint32 cell) { return cells[cell] != 0; });
}

} // namespace urbis
