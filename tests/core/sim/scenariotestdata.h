#pragma once

// Shared by the scenario tests: CLI.md's example scenario, small georeferenced inputs written with
// GDAL, imported into a workspace the way users import them, and file hashes.
#include "ingest/importjob.h"
#include "sim/scenario.h"
#include "util/sha256.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <functional>

namespace scenariotest {

using namespace urbis;

/** CLI.md's minimal scenario, character for character. */
inline QByteArray cliExample()
{
    return R"({"type": "wildfire", "seed": 7, "steps": 120,
 "grid": {"width": 256, "height": 256, "cellSize": 30, "origin": [23.70, 38.05], "crs": "EPSG:4326"},
 "terrain": "flat", "fuel": "uniform", "wind": {"speed": 0, "direction": 0},
 "ignitions": [[128, 128]], "barriers": [[[100, 0], [100, 255]]]})";
}

inline QJsonObject cliExampleJson()
{
    return QJsonDocument::fromJson(cliExample()).object();
}

inline Scenario scenarioFrom(const QJsonObject &o)
{
    Result<Scenario> s = Scenario::fromJson(o);
    return s ? *s : Scenario();
}

/** A small flood: a tilted valley on a 64 x 64 grid with an inflow at the top. */
inline QJsonObject smallFlood()
{
    return QJsonDocument::fromJson(R"({"type": "flood", "seed": 1, "steps": 30, "stepSeconds": 60,
 "grid": {"width": 64, "height": 64, "cellSize": 20, "origin": [23.70, 38.05]},
 "dem": "flat", "inflow": {"cell": [32, 2], "hydrograph": [[0, 5], [900, 20], [1800, 0]]},
 "rainfall": [[0, 20], [1800, 0]], "scheme": "local-inertial", "manning": 0.03})").object();
}

/** A one-band GeoTIFF: `crs` as GDAL takes it ("EPSG:4326"), `gt` GDAL's geotransform, value(col, row). */
inline bool writeGeoTiff(const QString &path, const char *crs, const double gt[6], int width, int height,
                         GDALDataType type, const std::function<double(int, int)> &value,
                         std::optional<double> noData = std::nullopt)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), width, height, 1, type, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRSetFromUserInput(srs, crs);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    double transform[6];
    std::copy(gt, gt + 6, transform);
    GDALSetGeoTransform(ds, transform);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    if (noData)
        GDALSetRasterNoDataValue(band, *noData);
    std::vector<double> cells(size_t(width) * size_t(height));
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c)
            cells[size_t(r) * size_t(width) + size_t(c)] = value(c, r);
    const bool ok = GDALRasterIO(band, GF_Write, 0, 0, width, height, cells.data(), width, height, GDT_Float64, 0, 0) == CE_None;
    GDALClose(ds);
    return ok;
}

/** A GeoJSON FeatureCollection of LineStrings in WGS84 (lon, lat). */
inline bool writeLines(const QString &path, const QList<QList<QPointF>> &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&f);
    out << "{\"type\": \"FeatureCollection\", \"features\": [\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringList points;
        for (const QPointF &p : lines.at(i))
            points << QStringLiteral("[%1, %2]").arg(p.x(), 0, 'f', 7).arg(p.y(), 0, 'f', 7);
        out << "{\"type\": \"Feature\", \"properties\": {\"name\": \"line " << i << "\"}, \"geometry\": "
            << "{\"type\": \"LineString\", \"coordinates\": [" << points.join(QStringLiteral(", ")) << "]}}"
            << (i + 1 < lines.size() ? ",\n" : "\n");
    }
    out << "]}\n";
    return true;
}

/** Imports `path` as users do; the stored record, or an empty one (id empty) on failure. */
inline DatasetRecord importFile(Workspace &ws, const QString &path, const QString &title)
{
    ImportRequest request;
    request.path = path;
    request.metadata.title = title;
    request.metadata.city = QStringLiteral("Athens");
    Result<ImportOutcome> out = ImportJob(ws.catalog(), ws.store(), ws.workDir()).run(request);
    if (!out || out->status != ImportOutcome::Status::Imported)
        return {};
    return out->record;
}

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Sha256::hex(f.readAll());
}

/** file name -> sha256 of every file in `dir`. */
inline QMap<QString, QString> hashesIn(const QString &dir)
{
    QMap<QString, QString> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        out.insert(name, sha256Of(QDir(dir).filePath(name)));
    return out;
}

} // namespace scenariotest
