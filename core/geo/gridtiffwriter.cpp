#include "gridtiffwriter.h"

#include "gdalsession.h"

#include <QFile>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>

#include <array>

namespace urbis {

namespace {

GDALDataType gdalType(GridTiffWriter::Type t)
{
    switch (t) {
    case GridTiffWriter::Type::Byte: return GDT_Byte;
    case GridTiffWriter::Type::Int32: return GDT_Int32;
    case GridTiffWriter::Type::Float32: break;
    }
    return GDT_Float32;
}

// PAM (.aux.xml) off while this writer works: what the file holds must be in the file.
class NoSideFiles
{
public:
    NoSideFiles() { CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO"); }
    ~NoSideFiles() { CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", nullptr); }
};

} // namespace

struct GridTiffWriter::Private
{
    GDALDatasetH ds = nullptr;
    QString path;
    Type type = Type::Float32;
    int width = 0, height = 0, bands = 0;

    ~Private()
    {
        if (ds) {
            NoSideFiles pam;
            GDALClose(ds);
        }
    }
};

GridTiffWriter::GridTiffWriter(std::unique_ptr<Private> p) : d(std::move(p)) {}
GridTiffWriter::GridTiffWriter(GridTiffWriter &&) noexcept = default;
GridTiffWriter &GridTiffWriter::operator=(GridTiffWriter &&) noexcept = default;
GridTiffWriter::~GridTiffWriter() = default;

Result<GridTiffWriter> GridTiffWriter::create(const QString &path, const GridGeoref &grid, int bands, Type type,
                                              std::optional<double> noData)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    NoSideFiles pam;
    if (bands < 1 || grid.width < 1 || grid.height < 1)
        return Error(Error::Code::InvalidArgument, tr("A GeoTIFF needs at least one band and one cell"));
    const bool integer = type != Type::Float32;
    const char *options[] = {"TILED=YES",
                             "BLOCKXSIZE=256",
                             "BLOCKYSIZE=256",
                             "COMPRESS=DEFLATE",
                             integer ? "PREDICTOR=2" : "PREDICTOR=3",
                             "INTERLEAVE=BAND",
                             "BIGTIFF=IF_SAFER",
                             nullptr};
    auto p = std::make_unique<Private>();
    p->path = path;
    p->type = type;
    p->width = grid.width;
    p->height = grid.height;
    p->bands = bands;
    p->ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), grid.width, grid.height, bands,
                       gdalType(type), const_cast<char **>(options));
    if (!p->ds)
        return Error(Error::Code::Io, tr("Cannot create %1").arg(path), capture.lastError());
    std::array<double, 6> gt = grid.geoTransform();
    GDALSetGeoTransform(p->ds, gt.data());
    GDALSetProjection(p->ds, grid.wkt.toUtf8().constData());
    if (noData)
        for (int b = 1; b <= bands; ++b)
            GDALSetRasterNoDataValue(GDALGetRasterBand(p->ds, b), *noData);
    if (capture.hasError())
        return Error(Error::Code::Io, tr("Cannot georeference %1").arg(path), capture.lastError());
    return GridTiffWriter(std::move(p));
}

int GridTiffWriter::bandCount() const
{
    return d ? d->bands : 0;
}

Result<void> GridTiffWriter::writeBand(int band, const std::uint8_t *cells, const QString &description)
{
    return write(band, Type::Byte, cells, description);
}

Result<void> GridTiffWriter::writeBand(int band, const std::int32_t *cells, const QString &description)
{
    return write(band, Type::Int32, cells, description);
}

Result<void> GridTiffWriter::writeBand(int band, const float *cells, const QString &description)
{
    return write(band, Type::Float32, cells, description);
}

Result<void> GridTiffWriter::write(int band, Type type, const void *cells, const QString &description)
{
    if (!d || !d->ds)
        return Error(Error::Code::Internal, tr("The GeoTIFF writer is closed"));
    if (type != d->type || band < 1 || band > d->bands)
        return Error(Error::Code::InvalidArgument, tr("%1 has no band %2 of that type").arg(d->path).arg(band));
    gdal::ErrorCapture capture;
    NoSideFiles pam;
    GDALRasterBandH b = GDALGetRasterBand(d->ds, band);
    if (!description.isEmpty())
        GDALSetDescription(b, description.toUtf8().constData());
    if (GDALRasterIO(b, GF_Write, 0, 0, d->width, d->height, const_cast<void *>(cells), d->width, d->height,
                     gdalType(type), 0, 0)
            != CE_None
        || GDALFlushRasterCache(b) != CE_None)
        return Error(Error::Code::Io, tr("Cannot write band %1 of %2").arg(band).arg(d->path), capture.lastError());
    return {};
}

void GridTiffWriter::setMetadata(const QString &key, const QString &value)
{
    if (d && d->ds)
        GDALSetMetadataItem(d->ds, key.toUtf8().constData(), value.toUtf8().constData(), nullptr);
}

Result<void> GridTiffWriter::close()
{
    if (!d || !d->ds)
        return {};
    gdal::ErrorCapture capture;
    NoSideFiles pam;
    GDALFlushCache(d->ds);
    GDALClose(d->ds); // void in GDAL 3.6: failures arrive through the error handler
    d->ds = nullptr;
    if (capture.hasError()) {
        QFile::remove(d->path);
        return Error(Error::Code::Io, tr("Cannot finish %1").arg(d->path), capture.lastError());
    }
    return {};
}

} // namespace urbis
