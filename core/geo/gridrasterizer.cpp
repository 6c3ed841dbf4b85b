#include "gridrasterizer.h"

#include "gdalsession.h"

#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>

#include <array>
#include <memory>

namespace urbis {

namespace {

using gdal::DatasetPtr;

} // namespace

Result<GridRasterizer::Output> GridRasterizer::rasterize(const QString &path, const GridGeoref &grid)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    const QByteArray p = path.toUtf8();
    DatasetPtr src(GDALOpenEx(p.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!src || GDALDatasetGetLayerCount(src.get()) < 1)
        return Error(Error::Code::Unsupported, tr("%1 is not a vector layer GDAL can read").arg(path), capture.lastError());
    OGRLayerH layer = GDALDatasetGetLayer(src.get(), 0);
    if (!OGR_L_GetSpatialRef(layer))
        return Error(Error::Code::InvalidData, tr("%1 has no coordinate reference system: it cannot be placed on the grid")
                                                   .arg(path));
    Output out;
    out.features = OGR_L_GetFeatureCount(layer, TRUE);

    DatasetPtr dst(GDALCreate(GDALGetDriverByName("MEM"), "", grid.width, grid.height, 1, GDT_Byte, nullptr));
    if (!dst)
        return Error(Error::Code::Io, tr("Cannot create a %1 x %2 grid in memory").arg(grid.width).arg(grid.height),
                     capture.lastError());
    std::array<double, 6> gt = grid.geoTransform();
    GDALSetGeoTransform(dst.get(), gt.data());
    GDALSetProjection(dst.get(), grid.wkt.toUtf8().constData());
    int bands[1] = {1};
    double burn[1] = {1.0};
    char *optionList[] = {const_cast<char *>("ALL_TOUCHED=TRUE"), nullptr};
    // The layer's features are reprojected to the grid's CRS on the fly.
    if (GDALRasterizeLayers(dst.get(), 1, bands, 1, &layer, nullptr, nullptr, burn, optionList, nullptr, nullptr)
        != CE_None)
        return Error(Error::Code::InvalidData, tr("Cannot draw %1 onto the scenario grid").arg(path), capture.lastError());
    out.cells.resize(size_t(grid.width) * size_t(grid.height));
    if (GDALRasterIO(GDALGetRasterBand(dst.get(), 1), GF_Read, 0, 0, grid.width, grid.height, out.cells.data(),
                     grid.width, grid.height, GDT_Byte, 0, 0) != CE_None)
        return Error(Error::Code::Io, tr("Reading the rasterised %1 failed").arg(path), capture.lastError());
    for (std::uint8_t c : out.cells)
        out.touchedCells += c ? 1 : 0;
    if (out.touchedCells == 0)
        return Error(Error::Code::InvalidData, tr("No feature of %1 (%n feature(s)) crosses the scenario grid", nullptr,
                                                  int(out.features))
                                                   .arg(path));
    return out;
}

} // namespace urbis
