#include "scenario.h"

#include "../util/sha256.h"
#include "scenarioreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace urbis {

namespace {

QJsonArray cellJson(const QPoint &p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray seriesJson(const QList<TimeSeriesPoint> &series)
{
    QJsonArray out;
    for (const TimeSeriesPoint &p : series)
        out.append(QJsonArray{p.timeSec, p.value});
    return out;
}

QJsonValue datasetOr(const QString &dataset, const QString &synthetic)
{
    return dataset.isEmpty() ? QJsonValue(synthetic) : QJsonValue(QJsonObject{{QStringLiteral("dataset"), dataset}});
}

bool sameSeries(const QList<TimeSeriesPoint> &a, const QList<TimeSeriesPoint> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const TimeSeriesPoint &x, const TimeSeriesPoint &y) {
        return x.timeSec == y.timeSec && x.value == y.value;
    });
}

Error outside(const QString &key, const QPoint &p, const GridSpec &g)
{
    return Error(Error::Code::InvalidData, Scenario::tr("Scenario: \"%1\" (%2, %3) is outside the %4 x %5 grid")
                                               .arg(key).arg(p.x()).arg(p.y()).arg(g.width).arg(g.height));
}

} // namespace

QString Scenario::typeName(Type type)
{
    return type == Type::Flood ? QStringLiteral("flood") : QStringLiteral("wildfire");
}

std::optional<Scenario::Type> Scenario::typeFromName(const QString &name)
{
    if (name == u"wildfire")
        return Type::Wildfire;
    if (name == u"flood")
        return Type::Flood;
    return std::nullopt;
}

bool Scenario::isValidId(const QString &id)
{
    static const QRegularExpression syntax(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return syntax.match(id).hasMatch();
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeName(type)},
                  {QStringLiteral("seed"), seed <= (quint64(1) << 53) ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed))},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("grid"), grid.toJson()}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    o.insert(type == Type::Flood ? QStringLiteral("dem") : QStringLiteral("terrain"), datasetOr(terrainDataset, QStringLiteral("flat")));
    QJsonArray barriers;
    for (const QPolygon &line : barrierLines) {
        QJsonArray points;
        for (const QPoint &p : line)
            points.append(cellJson(p));
        barriers.append(points);
    }
    for (const QString &d : barrierDatasets)
        barriers.append(QJsonObject{{QStringLiteral("dataset"), d}});
    if (barrierLines.isEmpty() && barrierDatasets.size() == 1)
        o.insert(QStringLiteral("barriers"), barriers.first());
    else if (!barriers.isEmpty())
        o.insert(QStringLiteral("barriers"), barriers);
    if (!impacts.isEmpty()) {
        QJsonArray list;
        for (const ScenarioImpact &i : impacts)
            list.append(i.toJson());
        o.insert(QStringLiteral("impacts"), list);
    }
    if (type == Type::Wildfire) {
        o.insert(QStringLiteral("fuel"), uniformFuel > 0 ? QJsonValue(QJsonObject{{QStringLiteral("uniform"), uniformFuel}})
                                                         : datasetOr(fuelDataset, QStringLiteral("uniform")));
        o.insert(QStringLiteral("wind"), QJsonObject{{QStringLiteral("speed"), windSpeed}, {QStringLiteral("direction"), windDirection}});
        o.insert(QStringLiteral("moisture"), moisture);
        o.insert(QStringLiteral("stepMinutes"), stepMinutes);
        o.insert(QStringLiteral("spotting"), spotting);
        QJsonArray cells;
        for (const QPoint &p : ignitions)
            cells.append(cellJson(p));
        o.insert(QStringLiteral("ignitions"), cells);
    } else {
        if (!inflow.isEmpty())
            o.insert(QStringLiteral("inflow"), QJsonObject{{QStringLiteral("cell"), cellJson(inflowCell)},
                                                           {QStringLiteral("hydrograph"), seriesJson(inflow)}});
        if (!rainfall.isEmpty())
            o.insert(QStringLiteral("rainfall"), seriesJson(rainfall));
        o.insert(QStringLiteral("scheme"), scheme == FloodParams::Scheme::FillAndSpill ? QStringLiteral("fill-and-spill")
                                                                                        : QStringLiteral("local-inertial"));
        o.insert(QStringLiteral("manning"), manning);
        o.insert(QStringLiteral("stepSeconds"), stepSeconds);
        o.insert(QStringLiteral("openBoundary"), openBoundary);
    }
    if (!provenance.isEmpty())
        o.insert(QStringLiteral("provenance"), provenance.toJson());
    return o;
}

Result<Scenario> Scenario::fromJson(const QJsonObject &o)
{
    return ScenarioReader::read(o);
}

Result<void> Scenario::check() const
{
    if (!id.isEmpty() && !isValidId(id))
        return Error(Error::Code::InvalidData, tr("Scenario: \"%1\" is not a scenario id: use lower-case letters, digits and '-'").arg(id));
    if (steps < 1 || grid.width < 1 || grid.height < 1 || grid.cellSize <= 0)
        return Error(Error::Code::InvalidData, tr("Scenario: it needs at least one step and one cell"));
    for (int i = 0; i < barrierLines.size(); ++i)
        for (int j = 0; j < barrierLines.at(i).size(); ++j)
            if (!grid.contains(barrierLines.at(i).at(j).x(), barrierLines.at(i).at(j).y()))
                return outside(QStringLiteral("barriers[%1][%2]").arg(i).arg(j), barrierLines.at(i).at(j), grid);
    if (type == Type::Wildfire) {
        if (ignitions.isEmpty())
            return Error(Error::Code::InvalidData, tr("Scenario: a wildfire needs at least one cell in \"ignitions\""));
        for (int i = 0; i < ignitions.size(); ++i)
            if (!grid.contains(ignitions.at(i).x(), ignitions.at(i).y()))
                return outside(QStringLiteral("ignitions[%1]").arg(i), ignitions.at(i), grid);
        return {};
    }
    if (inflow.isEmpty() && rainfall.isEmpty())
        return Error(Error::Code::InvalidData, tr("Scenario: a flood needs \"inflow\" (a hydrograph at a cell) or \"rainfall\""));
    if (!inflow.isEmpty() && !grid.contains(inflowCell.x(), inflowCell.y()))
        return outside(QStringLiteral("inflow.cell"), inflowCell, grid);
    return {};
}

WildfireParams Scenario::wildfireParams() const
{
    WildfireParams p;
    p.windSpeed = windSpeed;
    p.windFromDeg = windDirection;
    p.fuelMoisture = moisture;
    p.stepMinutes = stepMinutes;
    p.steps = steps;
    p.seed = seed;
    p.spottingProbability = spotting;
    return p;
}

FloodParams Scenario::floodParams() const
{
    FloodParams p;
    p.scheme = scheme;
    p.stepSeconds = stepSeconds;
    p.steps = steps;
    p.manningN = manning;
    p.inflow = inflow;
    p.inflowCell = inflowCell;
    p.rainfall = rainfall;
    p.openBoundary = openBoundary;
    p.seed = seed;
    return p;
}

QString Scenario::contentId() const
{
    QJsonObject o = toJson();
    for (const char *key : {"id", "name", "description", "provenance"})
        o.remove(QLatin1String(key));
    // QJsonDocument writes keys sorted, so equal content gives equal bytes.
    return typeName(type) + QLatin1Char('-') + Sha256::hex(QJsonDocument(o).toJson(QJsonDocument::Compact)).left(12);
}

bool Scenario::operator==(const Scenario &o) const
{
    return id == o.id && name == o.name && description == o.description && type == o.type && seed == o.seed
           && steps == o.steps && grid == o.grid && terrainDataset == o.terrainDataset && fuelDataset == o.fuelDataset
           && uniformFuel == o.uniformFuel && barrierLines == o.barrierLines && barrierDatasets == o.barrierDatasets
           && windSpeed == o.windSpeed && windDirection == o.windDirection && moisture == o.moisture
           && stepMinutes == o.stepMinutes && spotting == o.spotting && ignitions == o.ignitions && scheme == o.scheme
           && stepSeconds == o.stepSeconds && manning == o.manning && inflowCell == o.inflowCell
           && sameSeries(inflow, o.inflow) && sameSeries(rainfall, o.rainfall) && openBoundary == o.openBoundary && impacts == o.impacts
           && provenance == o.provenance;
}

} // namespace urbis
