#pragma once

#include "../util/result.h"
#include "csvdialect.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace urbis {

/** What kind of data a file holds, decided from its name and first bytes. */
enum class SourceKind { Table, Vector, Raster, Unknown };

/**
 * Opens any supported table or vector file as a RecordSource, picking the reader from the
 * extension and the first bytes (a .json holding a FeatureCollection is GeoJSON; a .zip holding a
 * .shp is a zipped Shapefile). Errors: Io (unreadable), Unsupported (format not recognised, or a
 * raster: see RasterProbe), InvalidData (recognised but broken: truncated shapefile, bad JSON).
 */
class SourceOpener
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SourceOpener)

public:
    struct Options
    {
        std::optional<CsvDialect> dialect; ///< CSV only; sniffed when unset
        std::optional<bool> header;        ///< CSV only; overrides the dialect's header flag
        QString layer;                     ///< vector files with several layers; first when empty
    };

    static SourceKind kindOf(const QString &path);
    static Result<std::unique_ptr<RecordSource>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<RecordSource>> open(const QString &path) { return open(path, Options{}); }
};

} // namespace urbis
