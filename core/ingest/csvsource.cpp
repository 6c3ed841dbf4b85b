#include "csvsource.h"

#include "csvreader.h"

namespace urbis {

CsvSource::CsvSource(QString path, CsvDialect dialect) : m_path(std::move(path)), m_dialect(dialect) {}

CsvSource::~CsvSource() = default;

Result<std::unique_ptr<CsvSource>> CsvSource::open(const QString &path, std::optional<CsvDialect> dialect, std::optional<bool> header)
{
    Result<CsvReader> probe = CsvReader::open(path, dialect);
    if (!probe)
        return probe.error();
    // The sniffed dialect is pinned: a rewind must not sniff again and possibly decide differently.
    CsvDialect pinned = probe->dialect();
    if (header)
        pinned.header = *header;
    std::unique_ptr<CsvSource> source(new CsvSource(path, pinned));
    source->m_reader = std::make_unique<CsvReader>(std::move(*probe));
    if (Result<void> started = source->start(); !started)
        return started.error();
    return source;
}

// Reads the header (or the first record of a headerless file) from a freshly opened reader.
Result<void> CsvSource::start()
{
    m_pending.reset();
    CsvReader::Row first;
    Result<bool> more = m_reader->next(first);
    if (!more)
        return more.error();
    if (!*more)
        return {}; // an empty file: no labels, no records
    if (m_dialect.header) {
        m_labels = first.cells;
        return {};
    }
    if (m_labels.isEmpty()) {
        for (qsizetype i = 1; i <= first.cells.size(); ++i)
            m_labels << QStringLiteral("field%1").arg(i);
    }
    m_pending = SourceRow{first.number, first.cells, {}};
    return {};
}

QString CsvSource::format() const
{
    return m_dialect.delimiter == '\t' ? QStringLiteral("TSV") : QStringLiteral("CSV");
}

QString CsvSource::mediaType() const
{
    return m_dialect.delimiter == '\t' ? QStringLiteral("text/tab-separated-values") : QStringLiteral("text/csv");
}

Result<bool> CsvSource::next(SourceRow &row)
{
    row.wkb.clear();
    if (m_pending) {
        row.number = m_pending->number;
        row.cells = std::move(m_pending->cells);
        m_pending.reset();
        return true;
    }
    CsvReader::Row record;
    record.cells = std::move(row.cells); // hand the buffers back: CsvReader reuses them
    Result<bool> more = m_reader->next(record);
    if (!more || !*more)
        return more;
    row.number = record.number;
    row.cells = std::move(record.cells);
    return true;
}

Result<void> CsvSource::rewind()
{
    Result<CsvReader> reopened = CsvReader::open(m_path, m_dialect);
    if (!reopened)
        return reopened.error();
    m_reader = std::make_unique<CsvReader>(std::move(*reopened));
    return start();
}

qint64 CsvSource::bytesRead() const
{
    return m_reader->bytesRead();
}

qint64 CsvSource::size() const
{
    return m_reader->size();
}

} // namespace urbis
