#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "fieldguess.h"
#include "rasterinfo.h"
#include "sourceopener.h"
#include "sourcerow.h"
#include "tableschema.h"

#include <QCoreApplication>

#include <optional>

namespace urbis {

/**
 * What the import wizard shows before anything is validated or stored: the first rows of a table
 * or vector file with the schema SchemaInference guesses from a bounded sample, or the RasterInfo
 * summary of a raster. A plain value; read() runs on the calling thread (a Task's pool thread).
 */
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImportPreview)

public:
    struct Options
    {
        int maxRows = 1000;          ///< rows kept for display
        qint64 inferenceRows = 10000; ///< rows the schema is inferred from (>= maxRows)
    };

    QString path;
    SourceKind kind = SourceKind::Unknown;
    QString format;              ///< CSV, GeoJSON, GTiff, ...
    QStringList labels;
    QList<SourceRow> rows;       ///< at most Options::maxRows
    bool moreRows = false;       ///< the file has rows beyond `rows`
    QList<FieldGuess> guesses;   ///< one per label
    TableSchema schema;          ///< the guesses as a schema
    bool schemaSampled = false;  ///< inferred from the first Options::inferenceRows rows only
    std::optional<RasterInfo> raster; ///< set for raster files instead of rows

    /** Reads `path`; Io / Unsupported / InvalidData errors as SourceOpener and RasterProbe give them. */
    static Result<ImportPreview> read(const QString &path, const Options &options, Feedback *feedback = nullptr);
    static Result<ImportPreview> read(const QString &path) { return read(path, Options{}); }
};

} // namespace urbis
