#include "scenarioreader.h"

#include "scenariojson.h"

#include <QJsonArray>

#include <cmath>

namespace urbis {

namespace {

using J = ScenarioJson;

const QStringList kCommonKeys{QStringLiteral("id"),      QStringLiteral("name"),     QStringLiteral("description"),
                              QStringLiteral("type"),    QStringLiteral("seed"),     QStringLiteral("steps"),
                              QStringLiteral("grid"),    QStringLiteral("terrain"),  QStringLiteral("dem"),
                              QStringLiteral("barriers"), QStringLiteral("provenance"), QStringLiteral("impacts")};
const QStringList kWildfireKeys{QStringLiteral("fuel"),        QStringLiteral("wind"),     QStringLiteral("moisture"),
                                QStringLiteral("stepMinutes"), QStringLiteral("spotting"), QStringLiteral("ignitions")};
const QStringList kFloodKeys{QStringLiteral("inflow"),      QStringLiteral("rainfall"),    QStringLiteral("scheme"),
                             QStringLiteral("manning"),     QStringLiteral("stepSeconds"), QStringLiteral("stepMinutes"),
                             QStringLiteral("openBoundary")};

// "flat" / "uniform" (the synthetic default), or {"dataset": "<id or exact title>"}.
Result<QString> datasetOrSynthetic(const QJsonValue &v, const QString &key, const QString &synthetic)
{
    if (v.isUndefined() || v.toString() == synthetic)
        return QString();
    const QString name = v.toObject().value(QStringLiteral("dataset")).toString().trimmed();
    if (!v.isObject() || v.toObject().size() != 1 || name.isEmpty())
        return J::bad(key, ScenarioReader::tr("\"%1\" or {\"dataset\": \"<dataset id or exact title>\"}").arg(synthetic));
    return name;
}

Result<quint64> readSeed(const QJsonValue &v)
{
    if (v.isUndefined())
        return quint64(0);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9007199254740992.0 && v.toDouble() == std::floor(v.toDouble()))
        return quint64(v.toDouble());
    bool ok = false;
    const quint64 s = v.toString().toULongLong(&ok);
    if (v.isString() && ok)
        return s;
    return J::bad(QStringLiteral("seed"), ScenarioReader::tr("a whole number from 0 (up to 2^64 - 1 when written as text)"));
}

} // namespace

Result<Scenario> ScenarioReader::read(const QJsonObject &o)
{
    Scenario s;
    const QString typeName = o.value(QStringLiteral("type")).toString();
    const std::optional<Scenario::Type> type = Scenario::typeFromName(typeName);
    if (!type)
        return J::bad(QStringLiteral("type"), tr("\"wildfire\" or \"flood\""));
    s.type = *type;
    if (Result<void> k = J::onlyKnown(o, kCommonKeys + (s.type == Scenario::Type::Wildfire ? kWildfireKeys : kFloodKeys), {}); !k)
        return k.error();
    for (auto [key, target] : {std::pair{"id", &s.id}, std::pair{"name", &s.name}, std::pair{"description", &s.description}}) {
        Result<QString> text = J::string(o, QLatin1String(key), {}, QString());
        if (!text)
            return text.error();
        *target = text->trimmed();
    }
    if (!s.id.isEmpty() && !Scenario::isValidId(s.id))
        return J::bad(QStringLiteral("id"), tr("lower-case letters, digits and '-' (at most 64)"));
    Result<quint64> seed = readSeed(o.value(QStringLiteral("seed")));
    if (!seed)
        return seed.error();
    s.seed = *seed;
    Result<int> steps = J::integer(o, QStringLiteral("steps"), {}, 1, 100000, 120);
    if (!steps)
        return steps.error();
    s.steps = *steps;
    if (!o.value(QStringLiteral("grid")).isObject())
        return J::bad(QStringLiteral("grid"), tr("an object {\"width\", \"height\", \"cellSize\", \"origin\", \"crs\"}"));
    Result<GridSpec> grid = GridSpec::fromJson(o.value(QStringLiteral("grid")).toObject());
    if (!grid)
        return grid.error();
    s.grid = *grid;
    if (Result<void> r = readInputs(o, s); !r)
        return r.error();
    if (Result<void> r = s.type == Scenario::Type::Wildfire ? readWildfire(o, s) : readFlood(o, s); !r)
        return r.error();
    s.provenance = ScenarioProvenance::fromJson(o.value(QStringLiteral("provenance")).toObject());
    if (s.id.isEmpty())
        s.id = s.contentId();
    if (Result<void> c = s.check(); !c)
        return c.error();
    return s;
}

Result<void> ScenarioReader::readInputs(const QJsonObject &o, Scenario &s)
{
    if (o.contains(QStringLiteral("terrain")) && o.contains(QStringLiteral("dem")))
        return Error(Error::Code::InvalidData, tr("Scenario: give \"terrain\" or \"dem\", not both"));
    const QString terrainKey = o.contains(QStringLiteral("dem")) ? QStringLiteral("dem") : QStringLiteral("terrain");
    Result<QString> terrain = datasetOrSynthetic(o.value(terrainKey), terrainKey, QStringLiteral("flat"));
    if (!terrain)
        return terrain.error();
    s.terrainDataset = *terrain;
    if (Result<void> b = readBarriers(o.value(QStringLiteral("barriers")), s); !b)
        return b;
    const QJsonValue impacts = o.value(QStringLiteral("impacts"));
    if (!impacts.isUndefined() && !impacts.isArray())
        return J::bad(QStringLiteral("impacts"), tr("a list of {\"dataset\", \"kind\"}"));
    const QJsonArray list = impacts.toArray();
    for (int i = 0; i < list.size(); ++i) {
        Result<ScenarioImpact> impact = ScenarioImpact::fromJson(list.at(i), QStringLiteral("impacts[%1]").arg(i));
        if (!impact)
            return impact.error();
        s.impacts << *impact;
    }
    return {};
}

// A polyline [[col, row], ...], {"dataset": ...}, or an array mixing both.
Result<void> ScenarioReader::readBarriers(const QJsonValue &v, Scenario &s)
{
    if (v.isUndefined() || v.isNull())
        return {};
    const QString shape = tr("polylines [[[col, row], ...], ...], {\"dataset\": \"<vector dataset>\"} or a list of both");
    const auto one = [&](const QJsonValue &item, const QString &key) -> Result<void> {
        if (item.isObject()) {
            Result<QString> name = datasetOrSynthetic(item, key, QStringLiteral("none"));
            if (!name)
                return name.error();
            if (name->isEmpty())
                return J::bad(key, shape);
            s.barrierDatasets << *name;
            return {};
        }
        const QJsonArray points = item.toArray();
        if (!item.isArray() || points.isEmpty())
            return J::bad(key, shape);
        QPolygon line;
        for (int i = 0; i < points.size(); ++i) {
            Result<QPoint> p = J::cell(points.at(i), QStringLiteral("%1[%2]").arg(key).arg(i));
            if (!p)
                return p.error();
            line << *p;
        }
        s.barrierLines << line;
        return {};
    };
    if (v.isObject())
        return one(v, QStringLiteral("barriers"));
    if (!v.isArray())
        return J::bad(QStringLiteral("barriers"), shape);
    const QJsonArray items = v.toArray();
    for (int i = 0; i < items.size(); ++i)
        if (Result<void> r = one(items.at(i), QStringLiteral("barriers[%1]").arg(i)); !r)
            return r;
    return {};
}

Result<void> ScenarioReader::readWildfire(const QJsonObject &o, Scenario &s)
{
    const QJsonValue fuel = o.value(QStringLiteral("fuel"));
    if (fuel.isObject() && fuel.toObject().contains(QStringLiteral("uniform"))) {
        Result<int> code = J::integer(fuel.toObject(), QStringLiteral("uniform"), QStringLiteral("fuel"), 1, 255);
        if (!code)
            return code.error();
        s.uniformFuel = *code;
    } else {
        Result<QString> name = datasetOrSynthetic(fuel, QStringLiteral("fuel"), QStringLiteral("uniform"));
        if (!name)
            return name.error();
        s.fuelDataset = *name;
    }
    const QJsonValue wind = o.value(QStringLiteral("wind"));
    if (!wind.isUndefined() && !wind.isObject())
        return J::bad(QStringLiteral("wind"), tr("an object {\"speed\": m/s, \"direction\": degrees it blows from}"));
    const QJsonObject w = wind.toObject();
    if (Result<void> k = J::onlyKnown(w, {QStringLiteral("speed"), QStringLiteral("direction")}, QStringLiteral("wind")); !k)
        return k;
    Result<double> speed = J::number(w, QStringLiteral("speed"), QStringLiteral("wind"), 0, 100, 0.0);
    Result<double> direction = J::number(w, QStringLiteral("direction"), QStringLiteral("wind"), 0, 360, 0.0);
    Result<double> moisture = J::number(o, QStringLiteral("moisture"), {}, 0, 1, 0.08);
    Result<double> step = J::number(o, QStringLiteral("stepMinutes"), {}, 0.01, 1440, 1.0);
    Result<double> spotting = J::number(o, QStringLiteral("spotting"), {}, 0, 1, 0.0);
    for (const Result<double> *r : {&speed, &direction, &moisture, &step, &spotting})
        if (!*r)
            return r->error();
    s.windSpeed = *speed;
    s.windDirection = std::fmod(*direction, 360.0);
    s.moisture = *moisture;
    s.stepMinutes = *step;
    s.spotting = *spotting;
    const QJsonValue ignitions = o.value(QStringLiteral("ignitions"));
    if (!ignitions.isArray())
        return J::bad(QStringLiteral("ignitions"), tr("a list of cells [[col, row], ...]"));
    const QJsonArray cells = ignitions.toArray();
    for (int i = 0; i < cells.size(); ++i) {
        Result<QPoint> p = J::cell(cells.at(i), QStringLiteral("ignitions[%1]").arg(i));
        if (!p)
            return p.error();
        s.ignitions << *p;
    }
    return {};
}

Result<QList<TimeSeriesPoint>> ScenarioReader::readSeries(const QJsonValue &v, const QString &key, const QString &unit)
{
    const QString shape = tr("a list [[seconds, %1], ...] with increasing times from 0 and values from 0").arg(unit);
    if (!v.isArray() || v.toArray().isEmpty())
        return J::bad(key, shape);
    QList<TimeSeriesPoint> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return J::bad(key, shape);
        const TimeSeriesPoint p{pair.at(0).toDouble(), pair.at(1).toDouble()};
        if (!std::isfinite(p.timeSec) || !std::isfinite(p.value) || p.timeSec < 0 || p.value < 0
            || (!out.isEmpty() && p.timeSec <= out.last().timeSec))
            return J::bad(key, shape);
        out << p;
    }
    return out;
}

Result<void> ScenarioReader::readFlood(const QJsonObject &o, Scenario &s)
{
    if (o.contains(QStringLiteral("inflow"))) {
        const QJsonObject in = o.value(QStringLiteral("inflow")).toObject();
        if (Result<void> k = J::onlyKnown(in, {QStringLiteral("cell"), QStringLiteral("hydrograph")}, QStringLiteral("inflow")); !k)
            return k;
        Result<QPoint> cell = J::cell(in.value(QStringLiteral("cell")), QStringLiteral("inflow.cell"));
        if (!cell)
            return cell.error();
        Result<QList<TimeSeriesPoint>> h = readSeries(in.value(QStringLiteral("hydrograph")), QStringLiteral("inflow.hydrograph"),
                                                      QStringLiteral("m3/s"));
        if (!h)
            return h.error();
        s.inflowCell = *cell;
        s.inflow = *h;
    }
    if (o.contains(QStringLiteral("rainfall"))) {
        Result<QList<TimeSeriesPoint>> r = readSeries(o.value(QStringLiteral("rainfall")), QStringLiteral("rainfall"), QStringLiteral("mm/h"));
        if (!r)
            return r.error();
        s.rainfall = *r;
    }
    const QString scheme = o.value(QStringLiteral("scheme")).toString(QStringLiteral("local-inertial"));
    if (scheme != u"local-inertial" && scheme != u"fill-and-spill")
        return J::bad(QStringLiteral("scheme"), tr("\"local-inertial\" or \"fill-and-spill\""));
    s.scheme = scheme == u"fill-and-spill" ? FloodParams::Scheme::FillAndSpill : FloodParams::Scheme::LocalInertial;
    Result<double> manning = J::number(o, QStringLiteral("manning"), {}, 0.001, 1, 0.035);
    if (!manning)
        return manning.error();
    s.manning = *manning;
    if (o.contains(QStringLiteral("stepSeconds")) && o.contains(QStringLiteral("stepMinutes")))
        return Error(Error::Code::InvalidData, tr("Scenario: give \"stepSeconds\" or \"stepMinutes\", not both"));
    Result<double> step = o.contains(QStringLiteral("stepMinutes"))
                              ? J::number(o, QStringLiteral("stepMinutes"), {}, 0.01, 1440)
                              : J::number(o, QStringLiteral("stepSeconds"), {}, 0.1, 86400, 60.0);
    if (!step)
        return step.error();
    s.stepSeconds = o.contains(QStringLiteral("stepMinutes")) ? *step * 60 : *step;
    const QJsonValue open = o.value(QStringLiteral("openBoundary"));
    if (!open.isUndefined() && !open.isBool())
        return J::bad(QStringLiteral("openBoundary"), tr("true or false"));
    s.openBoundary = open.toBool(true);
    return {};
}

} // namespace urbis
