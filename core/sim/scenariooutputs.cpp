#include "scenariooutputs.h"

#include "../storage/atomicfile.h"
#include "../util/sha256.h"
#include "impacttable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {

Result<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, ScenarioOutputs::tr("Cannot read %1").arg(path), f.errorString());
    Sha256 hash;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            return Error(Error::Code::Io, ScenarioOutputs::tr("Cannot read %1").arg(path), f.errorString());
        hash.addData(chunk);
    }
    return hash.hexResult();
}

void describe(GridTiffWriter &w, const Scenario &s, const QString &what)
{
    w.setMetadata(QStringLiteral("URBIS_SCENARIO"), s.id);
    w.setMetadata(QStringLiteral("URBIS_ENGINE_VERSION"), QString::number(ScenarioProvenance::kEngineVersion));
    w.setMetadata(QStringLiteral("URBIS_CONTENT"), what);
}

} // namespace

ScenarioOutputs::ScenarioOutputs(QString dir, const Scenario &scenario, const ScenarioInputs &inputs)
    : m_dir(std::move(dir)), m_scenario(scenario), m_georef(inputs.georef), m_provenance(inputs.provenance),
      m_warnings(inputs.warnings)
{
    m_scenario.provenance = {};
}

QList<int> ScenarioOutputs::frameSteps(int steps)
{
    QList<int> out;
    const int every = std::max(1, (steps + kMaxFrames - 1) / kMaxFrames);
    for (int s = every; s <= steps; s += every)
        out << s;
    if (steps >= 1 && (out.isEmpty() || out.last() != steps))
        out << steps;
    return out;
}

Result<ScenarioOutputs> ScenarioOutputs::begin(const QString &dir, const Scenario &scenario, const ScenarioInputs &inputs)
{
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, tr("Cannot create the folder %1").arg(dir));
    ScenarioOutputs out(dir, scenario, inputs);
    if (scenario.type == Scenario::Type::Flood) {
        out.m_frameSteps = frameSteps(scenario.steps);
        Result<GridTiffWriter> w = GridTiffWriter::create(QDir(dir).filePath(kDepthFrames), inputs.georef,
                                                          int(out.m_frameSteps.size()), GridTiffWriter::Type::Float32);
        if (!w)
            return w.error();
        describe(*w, scenario, QStringLiteral("water depth in metres, one band per frame step"));
        out.m_frames.emplace(std::move(*w));
    }
    return out;
}

void ScenarioOutputs::addFloodStep(const FloodStep &step, const FloatGrid &depth)
{
    const qsizetype band = m_frameSteps.indexOf(step.step);
    if (band < 0 || !m_frames || m_frameError.isError())
        return;
    if (depth.width() != m_georef.width || depth.height() != m_georef.height) {
        m_frameError = Error(Error::Code::Internal, tr("The model reported a depth grid of another size"));
        return;
    }
    const QString label = tr("step %1 (%2 s)").arg(step.step).arg(step.timeSec);
    if (Result<void> w = m_frames->writeBand(int(band) + 1, depth.data(), label); !w)
        m_frameError = w.error();
}

void ScenarioOutputs::discard()
{
    if (m_frames) {
        (void)m_frames->close();
        m_frames.reset();
        QFile::remove(QDir(m_dir).filePath(kDepthFrames));
    }
    for (const QString &f : std::as_const(m_files))
        QFile::remove(QDir(m_dir).filePath(f));
    m_files.clear();
}

QJsonObject ScenarioOutputs::header() const
{
    QJsonArray gt;
    for (double v : m_georef.geoTransform())
        gt.append(v);
    QJsonObject o{{QStringLiteral("scenario"), m_scenario.toJson()},
                  {QStringLiteral("provenance"), m_provenance.toJson()},
                  {QStringLiteral("raster"), QJsonObject{{QStringLiteral("crs"), m_georef.crs},
                                                         {QStringLiteral("width"), m_georef.width},
                                                         {QStringLiteral("height"), m_georef.height},
                                                         {QStringLiteral("cellSize"), m_georef.cellSize},
                                                         {QStringLiteral("geoTransform"), gt}}}};
    if (!m_warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings));
    return o;
}

Result<QJsonObject> ScenarioOutputs::finish(const WildfireResult &result)
{
    Result<GridTiffWriter> w = GridTiffWriter::create(QDir(m_dir).filePath(kArrival), m_georef, 1, GridTiffWriter::Type::Int32, -1.0);
    if (!w)
        return w.error();
    describe(*w, m_scenario, QStringLiteral("step at which each cell caught fire; -1 = unburned"));
    if (Result<void> b = w->writeBand(1, result.arrivalStep.data(), tr("arrival step")); !b)
        return b.error();
    if (Result<void> c = w->close(); !c)
        return c.error();
    m_files << kArrival;
    QJsonArray steps;
    for (const WildfireStep &s : result.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.step},
                                 {QStringLiteral("burnedCells"), s.burnedCells},
                                 {QStringLiteral("area_m2"), s.areaM2},
                                 {QStringLiteral("perimeter_m"), s.perimeterM}});
    QJsonObject summary = header();
    summary.insert(QStringLiteral("steps"), steps);
    return writeSummary(summary);
}

Result<QJsonObject> ScenarioOutputs::finish(const FloodResult &result)
{
    if (m_frameError.isError())
        return m_frameError;
    if (m_frames) {
        if (Result<void> c = m_frames->close(); !c)
            return c.error();
        m_frames.reset();
        m_files << kDepthFrames;
    }
    Result<GridTiffWriter> w = GridTiffWriter::create(QDir(m_dir).filePath(kDepthMax), m_georef, 1, GridTiffWriter::Type::Float32);
    if (!w)
        return w.error();
    describe(*w, m_scenario, QStringLiteral("maximum water depth in metres"));
    if (Result<void> b = w->writeBand(1, result.maxDepth.data(), tr("maximum depth (m)")); !b)
        return b.error();
    if (Result<void> c = w->close(); !c)
        return c.error();
    m_files.prepend(kDepthMax);
    QJsonArray steps;
    for (const FloodStep &s : result.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.step},
                                 {QStringLiteral("time_s"), s.timeSec},
                                 {QStringLiteral("area_m2"), s.floodedAreaM2},
                                 {QStringLiteral("volume_m3"), s.volumeM3},
                                 {QStringLiteral("inflow_m3"), s.inflowM3},
                                 {QStringLiteral("outflow_m3"), s.outflowM3},
                                 {QStringLiteral("maxDepth_m"), s.maxDepth}});
    QJsonObject summary = header();
    summary.insert(QStringLiteral("steps"), steps);
    QJsonArray frames;
    for (int s : std::as_const(m_frameSteps))
        frames.append(s);
    summary.insert(QStringLiteral("frames"), QJsonObject{{QStringLiteral("file"), kDepthFrames}, {QStringLiteral("steps"), frames}});
    return writeSummary(summary);
}

Result<QJsonObject> ScenarioOutputs::writeSummary(QJsonObject summary)
{
    if (!m_impact.isEmpty()) {
        const QByteArray csv = ImpactTable::toCsv(m_impact);
        Result<AtomicFile> file = AtomicFile::create(m_dir);
        if (!file)
            return file.error();
        if (Result<void> w = file->write(csv.constData(), csv.size()); !w)
            return w.error();
        if (Result<void> c = file->commitTo(QDir(m_dir).filePath(kImpact)); !c)
            return c.error();
        m_files << kImpact;
        summary.insert(QStringLiteral("impact"), ImpactTable::toJson(m_impact));
    }
    QJsonObject hashes;
    for (const QString &f : std::as_const(m_files)) {
        Result<QString> h = sha256Of(QDir(m_dir).filePath(f));
        if (!h)
            return h.error();
        hashes.insert(f, *h);
    }
    summary.insert(QStringLiteral("sha256"), hashes);
    const QByteArray bytes = QJsonDocument(summary).toJson(QJsonDocument::Indented);
    Result<AtomicFile> file = AtomicFile::create(m_dir);
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w.error();
    if (Result<void> c = file->commitTo(QDir(m_dir).filePath(kSummary)); !c)
        return c.error();
    m_files << kSummary;
    return summary;
}

} // namespace urbis
