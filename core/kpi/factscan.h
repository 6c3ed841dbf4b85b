#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "factscanspec.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * Runs a FactScanSpec. Specs that only name columns are read from the table's pages directly
 * (FactPageScan); the rest go through SQLite: the table's rowid range is split between worker
 * threads, each with its own read-only connection (the blob is immutable, so SQLite is told so and
 * skips locking), and each fills its own FactCube; the cubes are merged at the end. SQLite's
 * GROUP BY sorts, which costs far more than hashing into a cube (12 s against about 1 s for 10 M
 * rows here).
 */
class FactScan
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FactScan)
public:
    /** Columns of `table` (for checking names before they reach SQL). */
    static Result<QStringList> columns(const QString &path, const QString &table);
    /** The first feature or attribute table of a GeoPackage. */
    static Result<QString> firstTable(const QString &path);
    /**
     * Scans with `threads` workers (0: one per core). Progress goes to `feedback` as
     * progressFrom + progressSpan × the share of rows read; its cancel stops every worker.
     */
    static Result<std::shared_ptr<FactCube>> run(const FactScanSpec &spec, Feedback *feedback = nullptr, int threads = 0,
                                                 double progressFrom = 0, double progressSpan = 100);
    /** The same through SQLite, whatever the spec (the page reader's reference in tests). */
    static Result<std::shared_ptr<FactCube>> runWithSqlite(const FactScanSpec &spec, Feedback *feedback = nullptr, int threads = 0,
                                                           double progressFrom = 0, double progressSpan = 100);
};

} // namespace urbis
