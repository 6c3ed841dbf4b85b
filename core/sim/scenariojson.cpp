#include "scenariojson.h"

#include <QJsonArray>

#include <cmath>

namespace urbis {

QString ScenarioJson::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

Error ScenarioJson::bad(const QString &key, const QString &expected)
{
    return Error(Error::Code::InvalidData, tr("Scenario: \"%1\" must be %2").arg(key, expected));
}

Result<double> ScenarioJson::number(const QJsonObject &o, const QString &key, const QString &path, double min,
                                    double max, std::optional<double> fallback)
{
    const QString name = join(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    const QString expected = tr("a number from %1 to %2").arg(min).arg(max);
    if (v.isUndefined())
        return Error(Error::Code::InvalidData, tr("Scenario: \"%1\" is missing (%2)").arg(name, expected));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max)
        return bad(name, expected);
    return v.toDouble();
}

Result<int> ScenarioJson::integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max,
                                  std::optional<int> fallback)
{
    const QString name = join(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    const QString expected = tr("a whole number from %1 to %2").arg(min).arg(max);
    if (v.isUndefined())
        return Error(Error::Code::InvalidData, tr("Scenario: \"%1\" is missing (%2)").arg(name, expected));
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
        return bad(name, expected);
    return int(d);
}

Result<QString> ScenarioJson::string(const QJsonObject &o, const QString &key, const QString &path,
                                     std::optional<QString> fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (!v.isString())
        return bad(join(path, key), tr("a text"));
    return v.toString();
}

Result<QPoint> ScenarioJson::cell(const QJsonValue &v, const QString &path)
{
    const QJsonArray a = v.toArray();
    const auto whole = [](const QJsonValue &x) { return x.isDouble() && x.toDouble() == std::floor(x.toDouble()) && std::abs(x.toDouble()) < 1e9; };
    if (!v.isArray() || a.size() != 2 || !whole(a.at(0)) || !whole(a.at(1)))
        return bad(path, tr("a cell [column, row] of two whole numbers"));
    return QPoint(int(a.at(0).toDouble()), int(a.at(1).toDouble()));
}

Result<void> ScenarioJson::onlyKnown(const QJsonObject &o, const QStringList &known, const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error(Error::Code::InvalidData, tr("Scenario: unknown key \"%1\" (known here: %2)")
                                                       .arg(join(path, it.key()), known.join(QStringLiteral(", "))));
    return {};
}

} // namespace urbis
