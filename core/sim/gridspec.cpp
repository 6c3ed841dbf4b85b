#include "gridspec.h"

#include "scenariojson.h"

#include <QJsonArray>

#include <cmath>

namespace urbis {

QJsonObject GridSpec::toJson() const
{
    return {{QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("cellSize"), cellSize},
            {QStringLiteral("origin"), QJsonArray{originLon, originLat}},
            {QStringLiteral("crs"), crs}};
}

Result<GridSpec> GridSpec::fromJson(const QJsonObject &o)
{
    using J = ScenarioJson;
    const QString path = QStringLiteral("grid");
    if (Result<void> k = J::onlyKnown(o, {QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("cellSize"),
                                          QStringLiteral("origin"), QStringLiteral("crs")},
                                      path);
        !k)
        return k.error();
    GridSpec g;
    Result<int> w = J::integer(o, QStringLiteral("width"), path, 1, kMaxSide);
    if (!w)
        return w.error();
    Result<int> h = J::integer(o, QStringLiteral("height"), path, 1, kMaxSide);
    if (!h)
        return h.error();
    Result<double> size = J::number(o, QStringLiteral("cellSize"), path, 0.1, 10000);
    if (!size)
        return size.error();
    const QJsonArray origin = o.value(QStringLiteral("origin")).toArray();
    if (origin.size() != 2 || !origin.at(0).isDouble() || !origin.at(1).isDouble()
        || std::abs(origin.at(0).toDouble()) > 180 || origin.at(1).toDouble() < -80 || origin.at(1).toDouble() > 84)
        return J::bad(QStringLiteral("grid.origin"),
                      tr("[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)"));
    Result<QString> crs = J::string(o, QStringLiteral("crs"), path, QStringLiteral("EPSG:4326"));
    if (!crs)
        return crs.error();
    if (crs->trimmed().isEmpty())
        return J::bad(QStringLiteral("grid.crs"), tr("a CRS such as \"EPSG:4326\" or \"EPSG:32634\""));
    g.width = *w;
    g.height = *h;
    g.cellSize = *size;
    g.originLon = origin.at(0).toDouble();
    g.originLat = origin.at(1).toDouble();
    g.crs = crs->trimmed();
    return g;
}

} // namespace urbis
