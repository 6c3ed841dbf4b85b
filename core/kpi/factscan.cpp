#include "factscan.h"

#include "blobconnection.h"
#include "factpagescan.h"
#include "factworkers.h"
#include "periodcalendar.h"

#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace urbis {

namespace {

void bind(sqlite3_stmt *st, int index, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString) {
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        sqlite3_bind_int64(st, index, v.toLongLong());
    } else {
        sqlite3_bind_double(st, index, v.toDouble());
    }
}

quint64 fnv1a(const unsigned char *p, int n)
{
    quint64 h = 1469598103934665603ull;
    for (int i = 0; i < n; ++i)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/**
 * The rowid range cut into more pieces than there are workers, taken one at a time: a worker on a
 * slower core (common on shared virtual machines) then simply takes fewer pieces.
 */
struct Chunks
{
    qint64 lo, hi, size;
    int count;
    std::atomic<int> next{0};
};

struct Worker
{
    const FactScanSpec &spec;
    Chunks &chunks;
    std::atomic<qint64> &done;
    Feedback *feedback;
    qint64 reportTotal; ///< non-zero for the one worker that reports progress
    double progressFrom, progressSpan;
    std::shared_ptr<FactCube> cube;
    Error error;

    void operator()()
    {
        cube = FactWorkers::emptyCube(spec);
        BlobConnection c;
        if (Result<void> r = c.open(spec.path); !r) {
            error = r.error();
            return;
        }
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(c.db, spec.sql().toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
            error = c.error(FactScan::tr("Cannot read the facts"));
            return;
        }
        int p = 1;
        for (const auto &m : spec.measures)
            for (const QVariant &v : m.params)
                bind(st, p++, v);
        for (const QVariant &v : spec.whereParams)
            bind(st, p++, v);
        for (;;) {
            const int piece = chunks.next++;
            if (piece >= chunks.count || (feedback && feedback->isCancelled()))
                break;
            const qint64 first = chunks.lo + piece * chunks.size;
            sqlite3_bind_int64(st, p, first);
            sqlite3_bind_int64(st, p + 1, std::min(chunks.hi, first + chunks.size - 1));
            if (!scan(st))
                break;
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }

    /** Reads one piece; false on an error or a cancel. */
    bool scan(sqlite3_stmt *st)
    {
        const int dimCount = int(spec.dims.size());
        const int measureCount = int(spec.measures.size());
        std::vector<int> dims(size_t(dimCount) + 1);
        qint64 rows = 0, pending = 0;
        // Facts usually come in time order: the same date text as the row before needs no parsing.
        char lastDate[10] = {};
        qint32 lastDay = PeriodCalendar::kNoDay;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (++pending == 65536) {
                done += pending;
                pending = 0;
                if (feedback && feedback->isCancelled())
                    return false;
                if (feedback && reportTotal > 0)
                    feedback->setProgress(progressFrom + progressSpan * double(done.load()) / double(reportTotal));
            }
            qint32 day = PeriodCalendar::kNoDay;
            if (spec.timeKind == FactScanSpec::TimeKind::IsoText) {
                // strncmp stops at a shorter text's terminator; lastDate always holds ten characters.
                const char *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                if (t && lastDay != PeriodCalendar::kNoDay && std::strncmp(t, lastDate, 10) == 0) {
                    day = lastDay;
                } else {
                    const std::optional<qint32> d = t ? PeriodCalendar::dayFromIso(t, int(strnlen(t, 10))) : std::nullopt;
                    if (!d)
                        continue; // a fact without a readable time cannot be placed in a period
                    day = *d;
                    std::memcpy(lastDate, t, 10);
                    lastDay = day;
                }
            } else if (spec.timeKind != FactScanSpec::TimeKind::None && !timeOf(st, day)) {
                continue;
            }
            for (int d = 0; d < dimCount; ++d) {
                // Text values have no embedded NULs here (they came from CSV, JSON or OGR strings),
                // so strlen is exact and cheaper than asking SQLite for the length again.
                const char *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 1 + d));
                dims[size_t(d)] = cube->intern(d, t ? std::string_view(t) : std::string_view());
            }
            const int cell = cube->cell(day, dims.data());
            cube->addRow(cell);
            ++rows;
            for (int m = 0; m < measureCount; ++m) {
                const int col = 1 + dimCount + m;
                if (sqlite3_column_type(st, col) == SQLITE_NULL)
                    continue;
                if (spec.measures[m].kind == FactCube::MeasureKind::Distinct) {
                    const unsigned char *t = sqlite3_column_text(st, col);
                    cube->addDistinct(cell, m, fnv1a(t, sqlite3_column_bytes(st, col)));
                } else {
                    cube->add(cell, m, sqlite3_column_double(st, col));
                }
            }
        }
        done += pending;
        cube->factRows += rows;
        if (rc != SQLITE_DONE) {
            error = Error(Error::Code::Database, FactScan::tr("Reading the facts failed"), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st))));
            return false;
        }
        return true;
    }

    bool timeOf(sqlite3_stmt *st, qint32 &day) const
    {
        switch (spec.timeKind) {
        case FactScanSpec::TimeKind::Year: {
            if (sqlite3_column_type(st, 0) == SQLITE_NULL)
                return false;
            const qint64 y = sqlite3_column_int64(st, 0);
            if (y < 1 || y > 9999)
                return false;
            day = PeriodCalendar::dayOf(int(y), 1, 1);
            return true;
        }
        case FactScanSpec::TimeKind::YearMonth: {
            const char *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            if (!t || sqlite3_column_bytes(st, 0) < 7)
                return false;
            char buf[10] = {t[0], t[1], t[2], t[3], '-', t[5], t[6], '-', '0', '1'};
            const auto d = PeriodCalendar::dayFromIso(buf, 10);
            if (!d)
                return false;
            day = *d;
            return true;
        }
        default: {
            const char *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            if (!t)
                return false;
            const auto d = PeriodCalendar::dayFromIso(t, sqlite3_column_bytes(st, 0));
            if (!d)
                return false;
            day = *d;
            return true;
        }
        }
    }
};

} // namespace

Result<QString> FactScan::firstTable(const QString &path)
{
    BlobConnection c;
    if (Result<void> r = c.open(path); !r)
        return r.error();
    sqlite3_stmt *st = nullptr;
    const char *sql = "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features','attributes') ORDER BY rowid LIMIT 1";
    if (sqlite3_prepare_v2(c.db, sql, -1, &st, nullptr) != SQLITE_OK)
        return Error(Error::Code::InvalidData, tr("The data of this dataset is not a GeoPackage table: KPIs need tabular facts"),
                     QString::fromUtf8(sqlite3_errmsg(c.db)));
    QString table;
    if (sqlite3_step(st) == SQLITE_ROW)
        table = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (table.isEmpty())
        return Error(Error::Code::InvalidData, tr("The GeoPackage holds no table"));
    return table;
}

Result<QStringList> FactScan::columns(const QString &path, const QString &table)
{
    BlobConnection c;
    if (Result<void> r = c.open(path); !r)
        return r.error();
    sqlite3_stmt *st = nullptr;
    const QString sql = QStringLiteral("SELECT name FROM pragma_table_info(?)");
    if (sqlite3_prepare_v2(c.db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return c.error(tr("Cannot read the columns of %1").arg(table));
    bind(st, 1, table);
    QStringList out;
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

Result<std::shared_ptr<FactCube>> FactScan::run(const FactScanSpec &spec, Feedback *feedback, int threads, double progressFrom,
                                                double progressSpan)
{
    Result<std::shared_ptr<FactCube>> fast = FactPageScan::run(spec, feedback, threads, progressFrom, progressSpan);
    if (fast || fast.error().code != Error::Code::Unsupported)
        return fast;
    return runWithSqlite(spec, feedback, threads, progressFrom, progressSpan);
}

Result<std::shared_ptr<FactCube>> FactScan::runWithSqlite(const FactScanSpec &spec, Feedback *feedback, int threads, double progressFrom,
                                                          double progressSpan)
{
    BlobConnection c;
    if (Result<void> r = c.open(spec.path); !r)
        return r.error();
    sqlite3_stmt *st = nullptr;
    const QString range = QStringLiteral("SELECT min(rowid), max(rowid) FROM %1").arg(FactScanSpec::quoted(spec.table));
    if (sqlite3_prepare_v2(c.db, range.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return c.error(tr("Cannot read the facts of table %1").arg(spec.table));
    qint64 lo = 1, hi = 0;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        lo = sqlite3_column_int64(st, 0);
        hi = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    const qint64 total = std::max<qint64>(0, hi - lo + 1);
    if (threads <= 0)
        threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    if (total < 200'000) // below this, starting threads costs more than it saves
        threads = 1;
    std::atomic<qint64> done{0};
    Chunks chunks;
    chunks.lo = lo;
    chunks.hi = hi;
    chunks.count = threads == 1 ? 1 : threads * 8;
    chunks.size = std::max<qint64>(1, (total + chunks.count - 1) / chunks.count);
    std::vector<Worker> workers;
    for (int t = 0; t < threads; ++t)
        workers.push_back(Worker{spec, chunks, done, feedback, t == 0 ? total : 0, progressFrom, progressSpan, nullptr, {}});
    FactWorkers::runAll(workers);
    if (feedback && total > 0)
        feedback->setProgress(progressFrom + progressSpan * double(done.load()) / double(total));
    return FactWorkers::merged(workers, feedback);
}

} // namespace urbis
