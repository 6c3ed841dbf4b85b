#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "factscanspec.h"

#include <memory>

namespace urbis {

/**
 * FactScan's fast path: reads the facts straight from the table's b-tree pages
 * (SqliteTableFile) instead of stepping SQLite, for specs that only name columns: no row
 * condition and no expression in a measure. Workers take runs of leaf pages, fill their own cubes,
 * and the cubes are merged, as in the SQLite path, and the cube comes out the same.
 *
 * Unsupported means "ask SQLite": the spec needs SQL, the file is not plain enough, or a value
 * would need one of SQLite's conversions (text in a measure, a real as a dimension). Nothing is
 * half-done when that happens.
 */
class FactPageScan
{
public:
    static Result<std::shared_ptr<FactCube>> run(const FactScanSpec &spec, Feedback *feedback, int threads, double progressFrom,
                                                 double progressSpan);
};

} // namespace urbis
