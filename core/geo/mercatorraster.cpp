#include "mercatorraster.h"

#include "gdalsession.h"

#include <QCoreApplication>

#include <gdal.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace urbis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("urbis::MercatorRaster", text);
}

using gdal::DatasetPtr;

using gdal::argvOf;

// A virtual one-band copy of `band`: gdalwarp in GDAL 3.6 has no band selection.
DatasetPtr singleBand(GDALDatasetH src, int band)
{
    QList<QByteArray> args = {"-of", "VRT", "-b", QByteArray::number(band)};
    std::vector<char *> argv = argvOf(args);
    GDALTranslateOptions *options = GDALTranslateOptionsNew(argv.data(), nullptr);
    DatasetPtr out(GDALTranslate("", src, options, nullptr));
    GDALTranslateOptionsFree(options);
    return out;
}

} // namespace

Result<MercatorRaster> MercatorRaster::read(const QString &path, int band, int maxSize)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    DatasetPtr src(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                              nullptr, nullptr, nullptr));
    if (!src)
        return Error(Error::Code::NotFound, tr("Cannot open %1 as a raster").arg(path), capture.lastError());
    if (band < 1 || band > GDALGetRasterCount(src.get()))
        return Error(Error::Code::InvalidArgument, tr("%1 has no band %2").arg(path).arg(band));

    // gdalwarp in memory: only the wanted band, as Float32, with an alpha band marking real data
    // (source nodata and the area outside the source both become transparent).
    const int w = GDALGetRasterXSize(src.get()), h = GDALGetRasterYSize(src.get());
    DatasetPtr one = singleBand(src.get(), band);
    if (!one)
        return Error(Error::Code::Io, tr("Reading %1 failed").arg(path), capture.lastError());
    QList<QByteArray> args = {"-of", "MEM", "-t_srs", "EPSG:3857", "-r", "near", "-ot", "Float32", "-dstalpha"};
    if (std::max(w, h) > maxSize) {
        args << "-ts" << QByteArray::number(w >= h ? maxSize : 0) << QByteArray::number(w >= h ? 0 : maxSize);
    }
    std::vector<char *> argv = argvOf(args);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH srcHandle = one.get();
    int usageError = 0;
    DatasetPtr warped(GDALWarp("", nullptr, 1, &srcHandle, options, &usageError));
    GDALWarpAppOptionsFree(options);
    if (!warped)
        return Error(Error::Code::Unsupported, tr("Cannot project %1 to web mercator").arg(path), capture.lastError());

    MercatorRaster r;
    r.width = GDALGetRasterXSize(warped.get());
    r.height = GDALGetRasterYSize(warped.get());
    double gt[6] = {};
    GDALGetGeoTransform(warped.get(), gt);
    r.metersRect = QRectF(gt[0], gt[3] + gt[5] * r.height, gt[1] * r.width, -gt[5] * r.height);
    const size_t n = size_t(r.width) * size_t(r.height);
    r.values.resize(n);
    r.valid.resize(n);
    if (GDALRasterIO(GDALGetRasterBand(warped.get(), 1), GF_Read, 0, 0, r.width, r.height, r.values.data(), r.width,
                     r.height, GDT_Float32, 0, 0) != CE_None
        || GDALRasterIO(GDALGetRasterBand(warped.get(), 2), GF_Read, 0, 0, r.width, r.height, r.valid.data(),
                        r.width, r.height, GDT_Byte, 0, 0) != CE_None)
        return Error(Error::Code::Io, tr("Reading %1 failed").arg(path), capture.lastError());

    for (size_t i = 0; i < n; ++i)
        r.valid[i] = r.valid[i] > 0 && std::isfinite(r.values[i]) ? 1 : 0;
    // The range of the source, not of the (possibly reduced) warped grid: a colour ramp set from
    // it means the same on every file of a series.
    double minmax[2] = {0, 0};
    const bool approx = double(w) * double(h) > 16e6;
    if (GDALComputeRasterMinMax(GDALGetRasterBand(src.get(), band), approx, minmax) == CE_None) {
        r.minimum = minmax[0];
        r.maximum = minmax[1];
    }
    return r;
}

} // namespace urbis
