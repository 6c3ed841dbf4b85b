#include "factpagescan.h"

#include "factworkers.h"
#include "periodcalendar.h"
#include "sqlitetablefile.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>

namespace urbis {

namespace {

Error unsupported(const QString &why)
{
    return Error(Error::Code::Unsupported, why);
}

/** Same hash as the SQLite path gives the text SQLite renders for a value. */
quint64 fnv1a(std::string_view s)
{
    quint64 h = 1469598103934665603ull;
    for (const char c : s)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

/** Text up to its first NUL, as SQLite's C string of it reads. */
std::string_view cString(std::string_view s)
{
    const void *nul = std::memchr(s.data(), 0, s.size());
    return nul ? s.substr(0, size_t(static_cast<const char *>(nul) - s.data())) : s;
}

/** Where in each record the spec's values are. */
struct Layout
{
    int time = -1;
    std::vector<int> dims;
    std::vector<int> measures;
    std::vector<bool> realColumn; ///< by record position: REAL affinity (whole numbers are stored as integers)
    int width = 0; ///< columns to locate in every record
};

/** What the spec alone rules out, checked before the file is opened and its pages walked. */
Result<void> needsSql(const FactScanSpec &spec)
{
    if (!spec.where.isEmpty() || !spec.whereParams.isEmpty())
        return unsupported(QStringLiteral("a row condition"));
    for (const FactScanSpec::Measure &m : spec.measures)
        if (!m.params.isEmpty() || !m.sql.startsWith(QLatin1Char('"')) || !m.sql.endsWith(QLatin1Char('"')))
            return unsupported(QStringLiteral("measure %1 is an expression").arg(m.sql));
    return {};
}

Result<Layout> layoutOf(const FactScanSpec &spec, const SqliteTableFile &file)
{
    Layout l;
    const auto column = [&](const QString &name) -> int {
        const int c = file.columnIndex(name);
        // A column added later with a default: its old rows hold the default, which only SQLite knows.
        return c >= 0 && file.columns()[size_t(c)].defaultIsNull && !file.columns()[size_t(c)].rowid ? c : -1;
    };
    if (spec.timeKind != FactScanSpec::TimeKind::None && (l.time = column(spec.timeColumn)) < 0)
        return unsupported(QStringLiteral("time column"));
    for (const QString &d : spec.dims) {
        l.dims.push_back(column(d));
        if (l.dims.back() < 0)
            return unsupported(QStringLiteral("dimension %1").arg(d));
    }
    for (const FactScanSpec::Measure &m : spec.measures) {
        int c = -1;
        if (m.params.isEmpty())
            for (size_t i = 0; i < file.columns().size() && c < 0; ++i)
                if (m.sql == FactScanSpec::quoted(file.columns()[i].name))
                    c = column(file.columns()[i].name);
        if (c < 0)
            return unsupported(QStringLiteral("measure %1 is an expression").arg(m.sql));
        l.measures.push_back(c);
    }
    for (const SqliteTableFile::Column &c : file.columns())
        l.realColumn.push_back(c.realAffinity);
    l.width = 1 + std::max({l.time, l.dims.empty() ? -1 : *std::max_element(l.dims.begin(), l.dims.end()),
                            l.measures.empty() ? -1 : *std::max_element(l.measures.begin(), l.measures.end())});
    return l;
}

/** Leaf pages cut into more runs than workers, taken one at a time (slower cores take fewer). */
struct Runs
{
    size_t count = 0, size = 0;
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
};

struct Worker
{
    const FactScanSpec &spec;
    const SqliteTableFile &file;
    const Layout &layout;
    Runs &runs;
    std::atomic<size_t> &pagesDone;
    Feedback *feedback;
    size_t reportTotal; ///< non-zero for the one worker that reports progress
    double progressFrom, progressSpan;
    std::shared_ptr<FactCube> cube;
    Error error;

    void operator()()
    {
        cube = FactWorkers::emptyCube(spec);
        SqliteRecord record(layout.width);
        std::vector<int> dims(layout.dims.size() + 1);
        std::string scratch;
        char number[24];
        char lastDate[10] = {};
        qint32 lastDay = PeriodCalendar::kNoDay;
        qint64 rows = 0;
        bool bad = false;   // a page or record that does not parse
        bool needs = false; // a value only SQLite converts the way the SQLite path reads it

        const auto dimText = [&](int c, std::string_view &out) {
            switch (record.type(c)) {
            case SqliteRecord::Type::Null: out = {}; return true;
            case SqliteRecord::Type::Text: out = cString(record.bytes(c)); return true;
            case SqliteRecord::Type::Integer: {
                if (layout.realColumn[size_t(c)])
                    return false; // SQLite renders it as a real ("3.0")
                const auto r = std::to_chars(number, number + sizeof number, record.integer(c));
                out = std::string_view(number, size_t(r.ptr - number));
                return true;
            }
            default: return false;
            }
        };
        const auto dayOf = [&](qint32 &day) -> int { // 1 placed, 0 skip the row, -1 needs SQLite
            const int c = layout.time;
            const SqliteRecord::Type t = c < record.count() ? record.type(c) : SqliteRecord::Type::Null;
            if (t == SqliteRecord::Type::Null)
                return 0;
            switch (spec.timeKind) {
            case FactScanSpec::TimeKind::Year: {
                if (t != SqliteRecord::Type::Integer)
                    return -1;
                const int64_t y = record.integer(c);
                if (y < 1 || y > 9999)
                    return 0;
                day = PeriodCalendar::dayOf(int(y), 1, 1);
                return 1;
            }
            case FactScanSpec::TimeKind::YearMonth: {
                if (t != SqliteRecord::Type::Text)
                    return -1;
                const std::string_view s = record.bytes(c);
                if (s.size() < 7)
                    return 0;
                const char buf[10] = {s[0], s[1], s[2], s[3], '-', s[5], s[6], '-', '0', '1'};
                const auto d = PeriodCalendar::dayFromIso(buf, 10);
                if (!d)
                    return 0;
                day = *d;
                return 1;
            }
            default: {
                if (t != SqliteRecord::Type::Text)
                    return -1;
                const std::string_view s = cString(record.bytes(c));
                // Facts usually come in time order: the same date as the row before needs no parsing.
                if (s.size() >= 10 && lastDay != PeriodCalendar::kNoDay && std::memcmp(s.data(), lastDate, 10) == 0) {
                    day = lastDay;
                    return 1;
                }
                const auto d = PeriodCalendar::dayFromIso(s.data(), int(std::min<size_t>(s.size(), 10)));
                if (!d)
                    return 0;
                if (s.size() >= 10) {
                    std::memcpy(lastDate, s.data(), 10);
                    lastDay = *d;
                }
                day = *d;
                return 1;
            }
            }
        };
        const auto onRow = [&](const unsigned char *payload, uint32_t size) {
            if (!record.parse(payload, size)) {
                bad = true;
                return false;
            }
            qint32 day = PeriodCalendar::kNoDay;
            if (spec.timeKind != FactScanSpec::TimeKind::None) {
                const int placed = dayOf(day);
                if (placed < 0) {
                    needs = true;
                    return false;
                }
                if (placed == 0)
                    return true; // a fact without a readable time cannot be placed in a period
            }
            for (size_t d = 0; d < layout.dims.size(); ++d) {
                std::string_view v;
                if (layout.dims[d] < record.count() && !dimText(layout.dims[d], v)) {
                    needs = true;
                    return false;
                }
                dims[d] = cube->intern(int(d), v);
            }
            const int cell = cube->cell(day, dims.data());
            cube->addRow(cell);
            ++rows;
            for (size_t m = 0; m < layout.measures.size(); ++m) {
                const int c = layout.measures[m];
                if (c >= record.count())
                    continue;
                switch (record.type(c)) {
                case SqliteRecord::Type::Null: break;
                case SqliteRecord::Type::Integer:
                    if (spec.measures[qsizetype(m)].kind == FactCube::MeasureKind::Distinct) {
                        if (layout.realColumn[size_t(c)]) {
                            needs = true; // SQLite hashes its text as a real ("3.0")
                            return false;
                        }
                        const auto r = std::to_chars(number, number + sizeof number, record.integer(c));
                        cube->addDistinct(cell, int(m), fnv1a(std::string_view(number, size_t(r.ptr - number))));
                    } else {
                        cube->add(cell, int(m), double(record.integer(c)));
                    }
                    break;
                case SqliteRecord::Type::Real:
                    if (spec.measures[qsizetype(m)].kind == FactCube::MeasureKind::Distinct) {
                        needs = true;
                        return false;
                    }
                    cube->add(cell, int(m), record.real(c));
                    break;
                default:
                    if (spec.measures[qsizetype(m)].kind != FactCube::MeasureKind::Distinct) {
                        needs = true;
                        return false;
                    }
                    cube->addDistinct(cell, int(m), fnv1a(record.bytes(c)));
                }
            }
            return true;
        };

        for (;;) {
            const size_t run = runs.next++;
            if (run >= runs.count || runs.stop || (feedback && feedback->isCancelled()))
                break;
            const size_t first = run * runs.size;
            const size_t last = std::min(file.leaves().size(), first + runs.size);
            for (size_t i = first; i < last && !bad && !needs; ++i)
                if (!file.forEachRow(file.leaves()[i], scratch, onRow))
                    bad = true;
            if (bad || needs) {
                runs.stop = true;
                error = unsupported(bad ? QStringLiteral("a page does not parse") : QStringLiteral("a value needs SQLite's conversion"));
                break;
            }
            pagesDone += last - first;
            if (feedback && reportTotal > 0)
                feedback->setProgress(progressFrom + progressSpan * double(pagesDone.load()) / double(reportTotal));
        }
        cube->factRows += rows;
    }
};

} // namespace

Result<std::shared_ptr<FactCube>> FactPageScan::run(const FactScanSpec &spec, Feedback *feedback, int threads, double progressFrom,
                                                    double progressSpan)
{
    if (Result<void> r = needsSql(spec); !r)
        return r.error();
    Result<std::unique_ptr<SqliteTableFile>> file = SqliteTableFile::open(spec.path, spec.table);
    if (!file)
        return file.error();
    Result<Layout> layout = layoutOf(spec, **file);
    if (!layout)
        return layout.error();
    const size_t leaves = (*file)->leaves().size();
    if (threads <= 0)
        threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    if (leaves < 2000) // about 100,000 rows: below this, starting threads costs more than it saves
        threads = 1;
    Runs runs;
    runs.count = threads == 1 ? 1 : size_t(threads) * 16;
    runs.size = std::max<size_t>(1, (leaves + runs.count - 1) / runs.count);
    std::atomic<size_t> pagesDone{0};
    std::vector<Worker> workers;
    for (int t = 0; t < threads; ++t)
        workers.push_back(Worker{spec, **file, *layout, runs, pagesDone, feedback, t == 0 ? leaves : 0, progressFrom, progressSpan, nullptr, {}});
    FactWorkers::runAll(workers);
    if (feedback && leaves > 0)
        feedback->setProgress(progressFrom + progressSpan * double(pagesDone.load()) / double(leaves));
    return FactWorkers::merged(workers, feedback);
}

} // namespace urbis
