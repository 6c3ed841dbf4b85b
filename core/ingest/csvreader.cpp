#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cstring>
#include <vector>

namespace urbis {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;   // one read: amortises system calls, bounds the extra memory
constexpr qint64 kSampleBytes = 64 << 10; // what sniff() sees

// Windows-1252's 0x80-0x9F (the rest is Latin-1). Not ICU: same on every Qt build, and unassigned
// bytes map to the C1 control of the same value (as in the WHATWG standard) instead of failing.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Bytes at the end of `s` that start a UTF-8 character the read cut off. They wait for the next
// read, so every decode call sees whole characters and an error can be located inside it.
qsizetype incompleteUtf8Tail(const uchar *s, qsizetype n)
{
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar b = s[n - back];
        if ((b & 0xC0) != 0x80) {
            const qsizetype need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? back : 0;
        }
    }
    return 0;
}

// Reuses the cell's buffer when nobody else holds it: in the usual loop (one Row, cells used
// before the next call) reading allocates nothing per cell.
void assign(QString &out, const QChar *chars, qsizetype len)
{
    if (!out.isDetached())
        out = QString(); // the caller kept a copy: leave it alone
    out.resize(len);
    std::memcpy(out.data(), chars, size_t(len) * sizeof(QChar));
}

// Details start with the Frictionless error type, so callers can classify them.
Error tooLong(qint64 row, qint64 limit)
{
    return Error(
        Error::Code::InvalidData,
        QCoreApplication::translate("urbis::CsvReader", "Row %1 is longer than %2 bytes").arg(row).arg(limit),
        QStringLiteral("source-error: row %1: record longer than %2 bytes").arg(row).arg(limit));
}

Error unterminatedQuote(qint64 row)
{
    return Error(Error::Code::InvalidData,
                 QCoreApplication::translate("urbis::CsvReader", "Row %1: a quote is never closed").arg(row),
                 QStringLiteral("source-error: row %1: unterminated quote").arg(row));
}

Error invalidBytes(qint64 row, const QString &encoding, qint64 at)
{
    return Error(
        Error::Code::InvalidData,
        QCoreApplication::translate("urbis::CsvReader", "Row %1 is not valid %2 text").arg(row).arg(encoding),
        QStringLiteral("encoding-error: row %1: invalid %2 at byte %3").arg(row).arg(encoding).arg(at));
}

} // namespace

struct CsvReader::Impl
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    struct Span // one field of the record being scanned, as offsets into `text`
    {
        qsizetype begin, end;
        bool quoted, escaped; // escaped: holds "" or text after the closing quote
    };

    std::unique_ptr<QIODevice> device;
    CsvDialect dialect;
    int unitBytes = 1; // input bytes per UTF-16 unit of text, for the record limit
    qint64 size = -1;
    qint64 maxRecordBytes = kDefaultMaxRecordBytes;
    qint64 bytesRead = 0;
    QByteArray raw; // read buffer; its first `pending` bytes wait to be decoded
    qsizetype pending = 0;
    QStringDecoder decoder;        // UTF-8 and UTF-16; the 8-bit encodings use a table
    QString text;                  // decoded input from the current record on
    bool atEnd = false;            // nothing more will be decoded
    std::optional<qint64> badByte; // an invalid byte follows the decoded text
    std::optional<Error> error;    // sticky: after an error the reader stays failed
    qint64 number = 0;             // records returned

    // Scanner state, kept between reads so a record may span any number of them.
    State state = State::FieldStart;
    qsizetype pos = 0, recordStart = 0, recordEnd = 0, fieldStart = 0;
    bool fieldQuoted = false, fieldEscaped = false;
    bool skipLf = false; // the last record ended at CR: an LF right after belongs to it
    std::vector<Span> spans;

    static std::unique_ptr<Impl> create(std::unique_ptr<QIODevice> dev, qint64 size,
                                        std::optional<CsvDialect> d);

    void startField(qsizetype at)
    {
        fieldStart = at;
        fieldQuoted = fieldEscaped = false;
        state = State::FieldStart;
    }

    void endField(qsizetype at) { spans.push_back({fieldStart, at, fieldQuoted, fieldEscaped}); }

    // A delimiter or line break at i; true when it ended the record.
    bool boundary(qsizetype &i, char16_t c)
    {
        if (c == char16_t(uchar(dialect.delimiter))) {
            endField(i);
            startField(++i);
            return false;
        }
        if (i > recordStart) // else a blank line: a record without cells
            endField(i);
        recordEnd = i;
        skipLf = c == u'\r';
        pos = ++i;
        state = State::FieldStart;
        return true;
    }

    // Advances over the decoded text; true when a whole record is in `spans`, false when the
    // text ran out first (the state then says where to resume).
    bool scan()
    {
        const auto *s = reinterpret_cast<const char16_t *>(text.constData());
        const qsizetype n = text.size();
        const char16_t delim = uchar(dialect.delimiter), quote = uchar(dialect.quote);
        qsizetype i = pos;
        if (skipLf) {
            if (i == n)
                return false;
            if (s[i] == u'\n')
                recordStart = ++i;
            startField(recordStart);
            skipLf = false;
        }
        while (i < n) {
            switch (state) {
            case State::FieldStart:
                fieldQuoted = s[i] == quote;
                state = fieldQuoted ? State::Quoted : State::Unquoted;
                i += fieldQuoted ? 1 : 0;
                break;
            case State::Unquoted: // the hot loop; a quote here is literal text, as in Python's csv
                while (i < n && s[i] != delim && s[i] != u'\n' && s[i] != u'\r')
                    ++i;
                if (i < n && boundary(i, s[i]))
                    return true;
                break;
            case State::Quoted:
                while (i < n && s[i] != quote)
                    ++i;
                if (i < n) {
                    state = State::QuoteInQuoted;
                    ++i;
                }
                break;
            case State::QuoteInQuoted:
                if (s[i] == delim || s[i] == u'\n' || s[i] == u'\r') {
                    if (boundary(i, s[i]))
                        return true;
                    break;
                }
                // "" stands for one quote; other text after the closing quote is kept literally.
                fieldEscaped = true;
                state = s[i] == quote ? State::Quoted : State::Unquoted;
                i += s[i] == quote ? 1 : 0;
                break;
            }
        }
        pos = i;
        return false;
    }

    // Reads and decodes the next chunk onto the end of text.
    Result<void> fill()
    {
        // Keep only the record in progress: memory stays bounded by the longest record.
        if (const qsizetype shift = recordStart; shift > 0) {
            QChar *t = text.data();
            std::memmove(t, t + shift, size_t(text.size() - shift) * sizeof(QChar));
            text.truncate(text.size() - shift);
            for (Span &span : spans)
                span.begin -= shift, span.end -= shift;
            pos -= shift;
            fieldStart -= shift;
            recordStart = 0;
        }
        raw.resize(pending + kChunkBytes);
        const qint64 n = device->read(raw.data() + pending, kChunkBytes);
        if (n < 0)
            return Error(Error::Code::Io,
                         QCoreApplication::translate("urbis::CsvReader", "Cannot read the file"),
                         device->errorString());
        bytesRead += n;
        atEnd = n == 0;
        const qsizetype avail = pending + qsizetype(n);
        const qint64 offset = bytesRead - avail; // of raw's first byte in the input, for errors
        const auto *bytes = reinterpret_cast<const uchar *>(raw.constData());
        const qsizetype old = text.size();
        qsizetype complete = avail;
        if (dialect.encoding == CsvDialect::Encoding::Latin1 ||
            dialect.encoding == CsvDialect::Encoding::Windows1252) {
            const bool cp1252 = dialect.encoding == CsvDialect::Encoding::Windows1252;
            text.resize(old + avail);
            auto *out = reinterpret_cast<char16_t *>(text.data() + old);
            for (qsizetype i = 0; i < avail; ++i)
                out[i] = cp1252 && (bytes[i] & 0xE0) == 0x80 ? kCp1252High[bytes[i] - 0x80] : bytes[i];
        } else {
            // UTF-16 errors are not located: the decoder turns a lone surrogate into U+FFFD, as
            // other UTF-16 readers do, and keeps an odd byte for the next read.
            const bool utf8 = unitBytes == 1;
            complete -= utf8 ? incompleteUtf8Tail(bytes, avail) : 0;
            text.resize(old + decoder.requiredSpace(complete));
            QChar *end = decoder.appendToBuffer(text.data() + old, QByteArrayView(bytes, complete));
            if (utf8 && decoder.hasError()) {
                // Qt tells that there is an error, not where: find the longest prefix that decodes
                // cleanly. It may end inside the bad sequence (held back as an unfinished character).
                qsizetype good = 0;
                for (qsizetype bad = complete; bad - good > 1;) {
                    const qsizetype mid = (good + bad) / 2;
                    QStringDecoder probe(QStringConverter::Utf8);
                    const QString probed = probe(QByteArrayView(bytes, mid)); // decodes on conversion
                    (probe.hasError() ? bad : good) = mid;
                }
                good -= incompleteUtf8Tail(bytes, good);
                // Decoded again by a fresh decoder that drops a BOM only at the start of the input.
                using F = QStringConverter::Flag;
                QStringDecoder clean(QStringConverter::Utf8, offset > 0 ? F::ConvertInitialBom : F::Default);
                end = clean.appendToBuffer(text.data() + old, QByteArrayView(bytes, good));
                badByte = offset + good;
                complete = good;
            }
            text.truncate(end - text.constData());
            if (atEnd && complete < avail && !badByte) // the input ends inside a character
                badByte = offset + complete;
        }
        pending = badByte ? 0 : avail - complete;
        std::memmove(raw.data(), raw.constData() + complete, size_t(pending));
        atEnd = atEnd || badByte; // nothing after an invalid byte is read: the error ends the input
        return {};
    }

    void buildCell(QString &out, const Span &span) const
    {
        const QChar *s = text.constData();
        if (!span.quoted)
            return assign(out, s + span.begin, span.end - span.begin);
        if (!span.escaped)
            return assign(out, s + span.begin + 1, span.end - span.begin - 2);
        // Rare: drop the opening and closing quotes, turn "" into ", keep text after the closing quote.
        const QChar quote = QLatin1Char(dialect.quote);
        QString cell;
        cell.reserve(span.end - span.begin);
        bool inQuotes = true;
        for (qsizetype i = span.begin + 1; i < span.end; ++i) {
            if (inQuotes && s[i] == quote) {
                if (i + 1 < span.end && s[i + 1] == quote)
                    cell.append(s[++i]);
                else
                    inQuotes = false;
                continue;
            }
            cell.append(s[i]);
        }
        out = std::move(cell);
    }

    Result<bool> finishRecord(Row &row)
    {
        if (qint64(recordEnd - recordStart) * unitBytes > maxRecordBytes)
            return tooLong(number + 1, maxRecordBytes);
        row.number = ++number;
        row.cells.resize(qsizetype(spans.size()));
        for (qsizetype k = 0; k < row.cells.size(); ++k)
            buildCell(row.cells[k], spans[size_t(k)]);
        spans.clear();
        recordStart = pos;
        startField(pos);
        return true;
    }

    Result<bool> next(Row &row)
    {
        while (!scan()) {
            const qint64 rowNumber = number + 1; // the record in progress
            if (badByte)
                return invalidBytes(rowNumber, CsvDialect::encodingName(dialect.encoding), *badByte);
            if (atEnd) {
                if (state == State::FieldStart && pos == recordStart && spans.empty())
                    return false; // a final line break does not start an empty record
                if (state == State::Quoted)
                    return unterminatedQuote(rowNumber);
                endField(pos); // the last record has no line break
                recordEnd = pos;
                return finishRecord(row);
            }
            // Checked before each read: a 2 GB line fails after maxRecordBytes, not after 2 GB.
            if (qint64(text.size() - recordStart) * unitBytes > maxRecordBytes)
                return tooLong(rowNumber, maxRecordBytes);
            if (Result<void> read = fill(); !read)
                return read.error();
        }
        return finishRecord(row);
    }
};

std::unique_ptr<CsvReader::Impl> CsvReader::Impl::create(std::unique_ptr<QIODevice> dev, qint64 size,
                                                         std::optional<CsvDialect> d)
{
    auto impl = std::make_unique<Impl>();
    // The sniff sample stays in the read buffer as the first bytes to decode: no seek back, so
    // pipes work too. A failing read shows up again, as an Io error, in the first fill().
    impl->raw = dev->read(kSampleBytes);
    impl->pending = impl->bytesRead = impl->raw.size();
    impl->dialect = d ? *d : CsvDialect::sniff(impl->raw);
    // The decoder drops a BOM at the start (the first header would begin with U+FEFF otherwise).
    const CsvDialect::Encoding e = impl->dialect.encoding;
    impl->unitBytes = e == CsvDialect::Encoding::Utf16LE || e == CsvDialect::Encoding::Utf16BE ? 2 : 1;
    impl->decoder = QStringDecoder(e == CsvDialect::Encoding::Utf16LE   ? QStringConverter::Utf16LE
                                   : e == CsvDialect::Encoding::Utf16BE ? QStringConverter::Utf16BE
                                                                        : QStringConverter::Utf8);
    impl->device = std::move(dev);
    impl->size = size;
    return impl;
}

CsvReader::CsvReader(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
CsvReader::CsvReader(CsvReader &&) noexcept = default;
CsvReader &CsvReader::operator=(CsvReader &&) noexcept = default;
CsvReader::~CsvReader() = default;

Result<CsvReader> CsvReader::open(const QString &path, std::optional<CsvDialect> dialect)
{
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: reads are 1 MiB already, a second buffer would only copy. Folders fail here too.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("urbis::CsvReader", "Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(path), file->errorString()),
                     file->errorString());
    const qint64 size = file->isSequential() ? -1 : file->size();
    return CsvReader(Impl::create(std::move(file), size, dialect));
}

Result<CsvReader> CsvReader::fromData(const QByteArray &data, std::optional<CsvDialect> dialect)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data); // shares the bytes, no copy
    buffer->open(QIODevice::ReadOnly);
    return CsvReader(Impl::create(std::move(buffer), data.size(), dialect));
}

const CsvDialect &CsvReader::dialect() const
{
    return d->dialect;
}

void CsvReader::setMaxRecordBytes(qint64 bytes)
{
    d->maxRecordBytes = qMax<qint64>(1, bytes);
}

Result<bool> CsvReader::next(Row &row)
{
    if (d->error)
        return *d->error;
    Result<bool> more = d->next(row);
    if (!more)
        d->error = more.error();
    return more;
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead;
}

qint64 CsvReader::size() const
{
    return d->size;
}

} // namespace urbis
