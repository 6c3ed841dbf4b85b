#include "csvdialect.h"

#include <QStringDecoder>

#include <array>
#include <map>
#include <vector>

namespace urbis {

namespace {

constexpr qsizetype kZeroProbeBytes = 4096; // enough pairs to tell UTF-16 text from binary noise
constexpr int kSniffRecords = 100;          // records compared when guessing the delimiter
constexpr std::array<char, 4> kDelimiters = {',', ';', '\t', '|'}; // ties go to the earlier one

bool startsWith(QByteArrayView sample, std::initializer_list<uchar> bom)
{
    if (sample.size() < qsizetype(bom.size()))
        return false;
    qsizetype i = 0;
    for (const uchar b : bom) {
        if (uchar(sample[i++]) != b)
            return false;
    }
    return true;
}

CsvDialect::Encoding detectEncoding(QByteArrayView sample)
{
    using Encoding = CsvDialect::Encoding;
    if (startsWith(sample, {0xEF, 0xBB, 0xBF}))
        return Encoding::Utf8Bom;
    if (startsWith(sample, {0xFF, 0xFE}))
        return Encoding::Utf16LE;
    if (startsWith(sample, {0xFE, 0xFF}))
        return Encoding::Utf16BE;

    // Without a BOM, UTF-16 shows itself by zero bytes on one side of each pair (ASCII digits,
    // delimiters and line breaks are in every CSV); binary noise has them on both sides or not at all.
    const qsizetype probe = qMin(sample.size(), kZeroProbeBytes) & ~qsizetype(1);
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        zerosEven += sample[i] == '\0';
        zerosOdd += sample[i + 1] == '\0';
    }
    const qsizetype pairs = probe / 2;
    if (pairs >= 2 && zerosOdd * 4 >= pairs && zerosEven * 8 <= zerosOdd)
        return Encoding::Utf16LE;
    if (pairs >= 2 && zerosEven * 4 >= pairs && zerosOdd * 8 <= zerosEven)
        return Encoding::Utf16BE;

    // A stateful decoder keeps a character cut off at the end of the sample as pending state
    // instead of flagging it, so a sample cut mid-character still counts as valid UTF-8.
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString decoded = utf8(sample); // decodes on conversion
    return utf8.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QString decodeSample(QByteArrayView sample, CsvDialect::Encoding encoding)
{
    switch (encoding) {
    case CsvDialect::Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE).decode(sample);
    case CsvDialect::Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE).decode(sample);
    default:
        // Delimiters and quotes are ASCII, and ASCII bytes never occur inside multi-byte UTF-8
        // characters, so Latin-1 is exact enough for counting them in every 8-bit encoding.
        return QString::fromLatin1(sample);
    }
}

// How well a delimiter splits the records: half for being present on each record, half for
// giving the most common count on each record. 1.0 = on every record, always the same count.
double score(const std::vector<int> &counts)
{
    std::map<int, int> frequency;
    int present = 0;
    for (const int c : counts) {
        if (c > 0) {
            ++present;
            ++frequency[c];
        }
    }
    int consistent = 0;
    for (const auto &[count, times] : frequency)
        consistent = qMax(consistent, times);
    return counts.empty() ? 0.0 : double(present + consistent) / double(2 * counts.size());
}

char detectDelimiter(const QString &text, QChar quote)
{
    std::array<std::vector<int>, kDelimiters.size()> counts;
    std::array<int, kDelimiters.size()> current{};
    bool inQuotes = false;
    bool empty = true; // no character yet in the current record: blank lines say nothing
    qsizetype records = 0;
    const auto endRecord = [&] {
        if (!empty) {
            for (size_t k = 0; k < kDelimiters.size(); ++k)
                counts[k].push_back(current[k]);
            ++records;
        }
        current.fill(0);
        empty = true;
    };
    for (qsizetype i = 0; i < text.size() && records < kSniffRecords; ++i) {
        const QChar c = text.at(i);
        if (c == quote) {
            inQuotes = !inQuotes; // "" toggles twice, so escaped quotes keep the state
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            endRecord();
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < kDelimiters.size(); ++k)
                current[k] += c == QLatin1Char(kDelimiters[k]);
        }
        empty = false;
    }
    // The last record may be cut off by the sample's end; count it only when it is all we have.
    if (records == 0)
        endRecord();

    char best = ',';
    double bestScore = 0.5; // below this no candidate is convincing and the RFC 4180 default stands
    for (size_t k = 0; k < kDelimiters.size(); ++k) {
        const double s = score(counts[k]);
        if (s > bestScore) {
            best = kDelimiters[k];
            bestScore = s;
        }
    }
    return best;
}

} // namespace

CsvDialect CsvDialect::sniff(QByteArrayView sample)
{
    CsvDialect d;
    d.encoding = detectEncoding(sample);
    d.delimiter = detectDelimiter(decodeSample(sample, d.encoding), QLatin1Char(d.quote));
    return d;
}

QString CsvDialect::encodingName(Encoding e)
{
    // Names Python's codecs (and so Frictionless) understand, which are also the usual IANA labels.
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf-8-sig");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Latin1:
        return QStringLiteral("iso-8859-1");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("utf-8");
}

} // namespace urbis
