#include "gridgeoref.h"

#include "gdalsession.h"

#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace urbis {

namespace {

using SrsPtr = std::unique_ptr<void, void (*)(OGRSpatialReferenceH)>;
using TransformPtr = std::unique_ptr<void, void (*)(OGRCoordinateTransformationH)>;

SrsPtr newSrs()
{
    SrsPtr srs(OSRNewSpatialReference(nullptr), OSRDestroySpatialReference);
    // x = easting / longitude, y = northing / latitude, whatever the authority's axis order.
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

SrsPtr wgs84()
{
    SrsPtr srs = newSrs();
    OSRImportFromEPSG(srs.get(), 4326);
    return srs;
}

QString wktOf(OGRSpatialReferenceH srs)
{
    char *wkt = nullptr;
    const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
    QString out;
    if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
        out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

// Transforms points in place between the grid's CRS and WGS84.
bool transform(const QString &wkt, bool toWgs84, int n, double *xs, double *ys)
{
    SrsPtr grid = newSrs();
    const QByteArray text = wkt.toUtf8();
    if (OSRSetFromUserInput(grid.get(), text.constData()) != OGRERR_NONE)
        return false;
    SrsPtr geo = wgs84();
    TransformPtr t(toWgs84 ? OCTNewCoordinateTransformation(grid.get(), geo.get())
                           : OCTNewCoordinateTransformation(geo.get(), grid.get()),
                   OCTDestroyCoordinateTransformation);
    std::vector<int> ok(size_t(n), 0);
    if (!t || !OCTTransformEx(t.get(), n, xs, ys, nullptr, ok.data()))
        return false;
    for (int v : ok)
        if (!v)
            return false;
    return true;
}

} // namespace

int GridGeoref::utmEpsg(double lon, double lat)
{
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    return (lat >= 0 ? 32600 : 32700) + zone;
}

Result<GridGeoref> GridGeoref::locate(double lon, double lat, const QString &crs, double cellSize, int width, int height)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    SrsPtr given = newSrs();
    const QByteArray input = (crs.trimmed().isEmpty() ? QStringLiteral("EPSG:4326") : crs.trimmed()).toUtf8();
    if (OSRSetFromUserInput(given.get(), input.constData()) != OGRERR_NONE)
        return Error(Error::Code::InvalidData, tr("\"%1\" is not a coordinate reference system GDAL knows").arg(crs),
                     capture.lastError());
    GridGeoref g;
    g.cellSize = cellSize;
    g.width = width;
    g.height = height;
    if (OSRIsGeographic(given.get())) {
        const int epsg = utmEpsg(lon, lat);
        SrsPtr utm = newSrs();
        OSRImportFromEPSG(utm.get(), epsg);
        g.crs = QStringLiteral("EPSG:%1").arg(epsg);
        g.wkt = wktOf(utm.get());
    } else if (OSRIsProjected(given.get())) {
        const double metres = OSRGetLinearUnits(given.get(), nullptr);
        if (std::abs(metres - 1.0) > 1e-9)
            return Error(Error::Code::InvalidData,
                         tr("The CRS \"%1\" is not in metres: cell sizes are metres, use a metric projection").arg(crs));
        g.crs = crs.trimmed();
        g.wkt = wktOf(given.get());
    } else {
        return Error(Error::Code::InvalidData, tr("The CRS \"%1\" is neither geographic nor projected").arg(crs));
    }
    double x = lon, y = lat;
    if (!transform(g.wkt, false, 1, &x, &y) || !std::isfinite(x) || !std::isfinite(y))
        return Error(Error::Code::InvalidData,
                     tr("The origin %1, %2 cannot be placed in %3").arg(lon).arg(lat).arg(g.crs), capture.lastError());
    g.originX = x;
    g.originY = y;
    return g;
}

std::array<double, 6> GridGeoref::geoTransform() const
{
    return {originX, cellSize, 0.0, originY, 0.0, -cellSize};
}

Result<std::array<QPointF, 4>> GridGeoref::wgs84Corners() const
{
    const double e = originX + width * cellSize, s = originY - height * cellSize;
    double xs[4] = {originX, e, e, originX};
    double ys[4] = {originY, originY, s, s};
    gdal::ErrorCapture capture;
    if (!transform(wkt, true, 4, xs, ys))
        return Error(Error::Code::InvalidData, tr("The grid's corners cannot be transformed to WGS84"), capture.lastError());
    return std::array<QPointF, 4>{QPointF(xs[0], ys[0]), QPointF(xs[1], ys[1]), QPointF(xs[2], ys[2]), QPointF(xs[3], ys[3])};
}

Result<QList<QPointF>> GridGeoref::cellsToWgs84(const QList<QPointF> &cells) const
{
    if (cells.isEmpty())
        return QList<QPointF>();
    std::vector<double> xs, ys;
    for (const QPointF &c : cells) {
        xs.push_back(originX + c.x() * cellSize);
        ys.push_back(originY - c.y() * cellSize);
    }
    gdal::ErrorCapture capture;
    if (!transform(wkt, true, int(cells.size()), xs.data(), ys.data()))
        return Error(Error::Code::InvalidData, tr("Grid points cannot be transformed to WGS84"), capture.lastError());
    QList<QPointF> out;
    for (size_t i = 0; i < xs.size(); ++i)
        out << QPointF(xs[i], ys[i]);
    return out;
}

Result<Extent> GridGeoref::wgs84Extent() const
{
    const double w = width * cellSize, h = height * cellSize;
    double xs[8], ys[8];
    const double fx[8] = {0, 0.5, 1, 1, 1, 0.5, 0, 0};
    const double fy[8] = {0, 0, 0, 0.5, 1, 1, 1, 0.5};
    for (int i = 0; i < 8; ++i) {
        xs[i] = originX + fx[i] * w;
        ys[i] = originY - fy[i] * h;
    }
    gdal::ErrorCapture capture;
    if (!transform(wkt, true, 8, xs, ys))
        return Error(Error::Code::InvalidData, tr("The grid's extent cannot be transformed to WGS84"), capture.lastError());
    Extent box(xs[0], ys[0], xs[0], ys[0]);
    for (int i = 1; i < 8; ++i)
        box.expand(Extent(xs[i], ys[i], xs[i], ys[i]));
    return box;
}

} // namespace urbis
