#include "basemaplayers.h"

#include "vectorlayer.h"
#include "geo/vsimemfile.h"

#include <QCoreApplication>
#include <QFile>

// Resources compiled into a static library must be registered by name; the function lives in
// the global namespace.
static void initBasemapResource()
{
    Q_INIT_RESOURCE(basemap);
}

namespace urbis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("urbis::BasemapLayers", text);
}

Result<std::shared_ptr<VectorLayer>> openResource(const QString &file, const QString &name)
{
    QFile f(QStringLiteral(":/urbis/basemap/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, tr("The built-in basemap file %1 is missing").arg(file));
    auto path = gdal::vsimemFile(QStringLiteral("basemap/") + file, f.readAll());
    if (!path)
        return path.error();
    return VectorLayer::open(*path, {}, name);
}

} // namespace

QColor BasemapLayers::seaColor()
{
    return QColor(170, 205, 230);
}

Result<QList<std::shared_ptr<MapLayer>>> BasemapLayers::create()
{
    initBasemapResource();
    auto land = openResource(QStringLiteral("ne_110m_land.geojson"), tr("Land"));
    if (!land)
        return land.error();
    VectorStyle landStyle;
    landStyle.fill = QColor(242, 239, 233);
    landStyle.stroke = QColor(160, 160, 150);
    landStyle.strokeWidth = 0.6;
    (*land)->setStyle(landStyle);

    auto borders = openResource(QStringLiteral("ne_110m_admin_0_boundary_lines_land.geojson"), tr("Country borders"));
    if (!borders)
        return borders.error();
    VectorStyle borderStyle;
    borderStyle.stroke = QColor(150, 120, 150);
    borderStyle.strokeWidth = 0.8;
    (*borders)->setStyle(borderStyle);

    auto places = openResource(QStringLiteral("ne_110m_populated_places_simple.geojson"), tr("Places"));
    if (!places)
        return places.error();
    VectorStyle placeStyle;
    placeStyle.fill = QColor(60, 60, 60);
    placeStyle.stroke = Qt::white;
    placeStyle.strokeWidth = 1;
    placeStyle.pointSize = 5;
    placeStyle.labelField = QStringLiteral("name");
    placeStyle.labelMinZoom = 3;
    // At world scale 243 dots are clutter; they come with their labels.
    placeStyle.minZoom = 3;
    (*places)->setStyle(placeStyle);

    return QList<std::shared_ptr<MapLayer>>{*land, *borders, *places};
}

} // namespace urbis
