#pragma once

#include "../util/result.h"
#include "sourcerow.h"

#include <QStringList>

namespace urbis {

/**
 * A table or vector source read record by record with bounded memory: CSV/TSV/txt, JSON arrays of
 * flat objects, NDJSON, record-oriented XML, and the GDAL vector formats (GeoJSON, Shapefile, zipped
 * Shapefile, GeoPackage, KML, GML). The Validator, SchemaInference and the Normalizer all read
 * through this one interface, so every format gets the same checks.
 *
 * Cells are text (as a CSV would hold them: numbers in C locale, times in ISO 8601) so that the
 * Table Schema casts are the same whatever the format. Used from one thread.
 */
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    /** Short format name for the catalog: CSV, JSON, NDJSON, XML, GeoJSON, Shapefile, GPKG, KML, GML. */
    virtual QString format() const = 0;
    /** IANA media type of the original file (text/csv, application/geo+json, ...). */
    virtual QString mediaType() const = 0;

    /**
     * The field names, known after open (the header row of a text file, the attribute fields of a
     * vector layer, the union of keys of the first records of JSON). Row 1 in error numbering.
     */
    virtual QStringList labels() const = 0;
    /**
     * Table Schema types the source declares per label (OGR field types); empty strings where the
     * source has none (CSV, JSON), in which case SchemaInference decides.
     */
    virtual QStringList declaredTypes() const { return QStringList(labels().size()); }
    /**
     * False for a text table read without a header: labels() are then field1..fieldN and the first
     * record is row 1, so the labels must not be checked against a schema.
     */
    virtual bool hasHeaderRow() const { return true; }

    /** True when records carry a geometry (SourceRow::wkb) of their own. */
    virtual bool hasGeometry() const { return false; }
    /** CRS of the geometries as "EPSG:n" when known, else WKT; empty when unknown or no geometry. */
    virtual QString crs() const { return {}; }
    /** OGC geometry type name of the layer (Point, MultiPolygon, ...); empty when mixed/unknown. */
    virtual QString geometryType() const { return {}; }

    /**
     * Reads the next record; false at the end. An error (InvalidData; detail "encoding-error" or
     * "source-error ...") names the row; after an error, stop reading.
     */
    virtual Result<bool> next(SourceRow &row) = 0;
    /** Starts again at the first record (a second pass: inference, then validation and import). */
    virtual Result<void> rewind() = 0;

    virtual qint64 bytesRead() const = 0; ///< for progress; may advance in steps
    virtual qint64 size() const = 0;      ///< total bytes, -1 when unknown
};

} // namespace urbis
