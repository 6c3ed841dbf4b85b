#include "gridwarp.h"

#include "gdalsession.h"

#include <gdal.h>
#include <gdal_utils.h>

#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace urbis {

namespace {

using gdal::DatasetPtr;

using gdal::argvOf;

DatasetPtr firstBand(GDALDatasetH src)
{
    QList<QByteArray> args{"-of", "VRT", "-b", "1"};
    std::vector<char *> argv = argvOf(args);
    GDALTranslateOptions *options = GDALTranslateOptionsNew(argv.data(), nullptr);
    DatasetPtr out(GDALTranslate("", src, options, nullptr));
    GDALTranslateOptionsFree(options);
    return out;
}

// An in-memory Float32 dataset on the grid, filled with NaN (what the warp leaves where the source has nothing).
DatasetPtr gridDataset(const GridGeoref &grid)
{
    GDALDriverH mem = GDALGetDriverByName("MEM");
    DatasetPtr ds(GDALCreate(mem, "", grid.width, grid.height, 1, GDT_Float32, nullptr));
    if (!ds)
        return ds;
    std::array<double, 6> gt = grid.geoTransform();
    GDALSetGeoTransform(ds.get(), gt.data());
    GDALSetProjection(ds.get(), grid.wkt.toUtf8().constData());
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    GDALSetRasterNoDataValue(band, std::numeric_limits<double>::quiet_NaN());
    GDALFillRaster(band, std::numeric_limits<double>::quiet_NaN(), 0);
    return ds;
}

} // namespace

Result<GridWarp::Output> GridWarp::read(const QString &path, const GridGeoref &grid, Resampling resampling)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    const QByteArray p = path.toUtf8();
    DatasetPtr src(GDALOpenEx(p.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!src)
        return Error(Error::Code::Unsupported, tr("%1 is not a raster GDAL can read").arg(path), capture.lastError());
    double gt[6];
    if (!GDALGetSpatialRef(src.get()) || GDALGetGeoTransform(src.get(), gt) != CE_None)
        return Error(Error::Code::InvalidData, tr("%1 is not georeferenced: it cannot be placed on the grid").arg(path));
    DatasetPtr dst = gridDataset(grid);
    if (!dst)
        return Error(Error::Code::Io, tr("Cannot create a %1 x %2 grid in memory").arg(grid.width).arg(grid.height),
                     capture.lastError());

    // gdalwarp in GDAL 3.6 has no band selection: a virtual one-band view of band 1.
    if (GDALGetRasterCount(src.get()) < 1)
        return Error(Error::Code::InvalidData, tr("%1 has no raster band").arg(path));
    DatasetPtr one; // refers to src, so it is closed first
    if (GDALGetRasterCount(src.get()) > 1) {
        one = firstBand(src.get());
        if (!one)
            return Error(Error::Code::Io, tr("Reading %1 failed").arg(path), capture.lastError());
    }
    // The source's nodata stays "no data"; no overviews (exact values).
    QList<QByteArray> args{"-r", resampling == Resampling::Nearest ? "near" : "bilinear", "-ovr", "NONE", "-wo",
                           "INIT_DEST=NO_DATA"};
    std::vector<char *> argv = argvOf(args);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH srcHandle = one ? one.get() : src.get();
    int usageError = 0;
    GDALDatasetH warped = GDALWarp(nullptr, dst.get(), 1, &srcHandle, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (!warped)
        return Error(Error::Code::InvalidData, tr("Cannot resample %1 onto the scenario grid").arg(path),
                     capture.lastError());

    Output out;
    out.values.resize(size_t(grid.width) * size_t(grid.height));
    if (GDALRasterIO(GDALGetRasterBand(dst.get(), 1), GF_Read, 0, 0, grid.width, grid.height, out.values.data(),
                     grid.width, grid.height, GDT_Float32, 0, 0) != CE_None)
        return Error(Error::Code::Io, tr("Reading %1 failed").arg(path), capture.lastError());
    for (float v : out.values)
        out.validCells += std::isfinite(v) ? 1 : 0;
    if (out.validCells == 0)
        return Error(Error::Code::InvalidData, tr("%1 does not overlap the scenario grid").arg(path));
    return out;
}

} // namespace urbis
