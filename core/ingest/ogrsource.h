#pragma once

#include "../util/result.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * A vector layer read through GDAL/OGR: GeoJSON, GeoJSONSeq, Shapefile, zipped Shapefile (read in
 * place through /vsizip/), GeoPackage, KML, GML, FlatGeobuf and whatever else OGR opens as vector.
 * Labels are the attribute fields with their declared Table Schema types; cells are text as a CSV
 * would hold them (C-locale numbers, ISO 8601 dates and times); geometries are ISO WKB (little
 * endian) in the layer CRS. Feature i is row i + 1.
 *
 * GDAL messages never reach stderr: they are captured per call and end up in Error::detail; a
 * feature that GDAL fails to read (truncated or corrupt file) stops reading with InvalidData instead
 * of silently giving fewer rows. Owns its GDAL dataset; used from one thread.
 */
class OgrSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(urbis::OgrSource)

public:
    /**
     * Opens `layer` (the first layer when empty; for a .zip, the .shp of that name, else the first
     * .shp). Io if unreadable, InvalidData if a known vector file is broken, Unsupported if GDAL
     * does not read it as vector data (or a .zip holds none), NotFound for a missing layer.
     */
    static Result<std::unique_ptr<OgrSource>> open(const QString &path, const QString &layer = {});
    /** GDALAllRegister once per process (gdal::ensureRegistered); for callers without core/geo access. Thread-safe. */
    static void registerDrivers();

    ~OgrSource() override;

    QString driverName() const;  ///< GDAL short name (ESRI Shapefile, GPKG, LIBKML, ...)
    QString layerName() const;
    QStringList layerNames() const; ///< all vector layers of the dataset
    qint64 featureCount() const;    ///< -1 when GDAL cannot tell without reading everything

    QString format() const override;
    QString mediaType() const override;
    QStringList labels() const override;
    QStringList declaredTypes() const override;
    bool hasGeometry() const override;
    QString crs() const override;
    QString geometryType() const override;

    Result<bool> next(SourceRow &row) override;
    Result<void> rewind() override;

    /** An estimate: the share of features read times size(); 0 until the end when the count is unknown. */
    qint64 bytesRead() const override;
    qint64 size() const override;

private:
    struct Impl;
    explicit OgrSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace urbis
