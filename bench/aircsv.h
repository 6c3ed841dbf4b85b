#pragma once

#include <QString>

/**
 * The benchmarks' input: an Annex B air-quality CSV (17 columns, ~112 bytes per row) with rows
 * spread over 40 stations, deterministic for a given row count. Shared by the validation benchmark
 * and urbis_gen_aircsv (the import-vs-ogr2ogr script's generator).
 */
namespace aircsv {

/** Writes `rows` rows (plus a header) to `path`; false when the file cannot be written. */
bool write(const QString &path, qint64 rows);

} // namespace aircsv
