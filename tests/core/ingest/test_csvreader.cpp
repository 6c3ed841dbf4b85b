// CsvReader and CsvDialect::sniff: quoting, line breaks, blank-row numbering, encodings, limits and
// errors, plus the Frictionless peer files in ../shared/conformance (read in place).
#include "ingest/csvreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

const QString kFrictionless = QStringLiteral(URBIS_CONFORMANCE_DIR "/frictionless");

struct ReadAll
{
    QList<qint64> numbers;
    QList<QStringList> rows;
    Error error; ///< the error that stopped reading, code None at a clean end
};

// Reads to the end or the first error; the cap only guards the test against a reader that loops.
ReadAll readAll(CsvReader &reader, qint64 cap = 10'000'000)
{
    ReadAll out;
    CsvReader::Row row;
    while (out.rows.size() < cap) {
        Result<bool> more = reader.next(row);
        if (!more) {
            out.error = more.error();
            break;
        }
        if (!*more)
            break;
        out.numbers << row.number;
        out.rows << row.cells;
    }
    return out;
}

ReadAll readData(const QByteArray &data, std::optional<CsvDialect> dialect = CsvDialect{})
{
    Result<CsvReader> reader = CsvReader::fromData(data, dialect);
    if (!reader)
        return {{}, {}, reader.error()};
    return readAll(*reader);
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> out;
    for (qint64 i = 1; i <= n; ++i)
        out << i;
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding e, bool bom)
{
    return QStringEncoder(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default)(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parsing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("rows");
        using L = QList<QStringList>;
        const QStringList blank;
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << L{{"a,b", "c"}};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << L{{"say \"hi\"", "x"}};
        QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << L{{"\""}};
        QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << L{{"", "x"}};
        QTest::newRow("LF in quotes") << QByteArray("\"l1\nl2\",x\ny,z\n") << L{{"l1\nl2", "x"}, {"y", "z"}};
        QTest::newRow("CRLF in quotes") << QByteArray("\"l1\r\nl2\",x\r\n") << L{{"l1\r\nl2", "x"}};
        QTest::newRow("CR in quotes") << QByteArray("\"l1\rl2\",x\r") << L{{"l1\rl2", "x"}};
        QTest::newRow("CRLF records") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("CR records") << QByteArray("a,b\r1,2\r") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("mixed breaks") << QByteArray("a\r\nb\rc\nd") << L{{"a"}, {"b"}, {"c"}, {"d"}};
        QTest::newRow("quote inside unquoted") << QByteArray("a\"b,c\n") << L{{"a\"b", "c"}};
        QTest::newRow("text after closing quote") << QByteArray("\"ab\"c\"d\",e\n") << L{{"abc\"d\"", "e"}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << L{{"", "", ""}};
        QTest::newRow("trailing delimiter") << QByteArray("a,\nb,") << L{{"a", ""}, {"b", ""}};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << L{{" a ", " b "}};
        QTest::newRow("blank line numbered")
            << QByteArray("a,b\n1,2\n\n3,4\n") << L{{"a", "b"}, {"1", "2"}, blank, {"3", "4"}};
        QTest::newRow("blank CRLF lines")
            << QByteArray("a\r\n\r\n\r\nb\r\n") << L{{"a"}, blank, blank, {"b"}};
        QTest::newRow("blank CR lines") << QByteArray("a\r\rb") << L{{"a"}, blank, {"b"}};
        QTest::newRow("only a newline") << QByteArray("\n") << L{blank};
        QTest::newRow("trailing blank line") << QByteArray("a\n\n") << L{{"a"}, blank};
        QTest::newRow("utf-8 text") << QByteArray("名前,€\n") << L{{"名前", "€"}};
    }
    void parsing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, rows);
        const ReadAll got = readData(data);
        QCOMPARE(got.error.code, Error::Code::None);
        QCOMPARE(got.rows, rows);
        QCOMPARE(got.numbers, oneTo(rows.size())); // blank lines count
    }

    // Records crossing read boundaries (the 64 KiB sniff sample plus 1 MiB, then 1 MiB per read):
    // a CRLF split after its CR, a UTF-8 character split between reads, quoted fields with line
    // breaks everywhere. Every cell is compared to what was written.
    void chunkBoundaries()
    {
        const qsizetype first = (64 << 10) + (1 << 20);
        const qsizetype second = first + (1 << 20);
        QByteArray data;
        QList<QStringList> expected;
        // A filler row that puts `tail` at byte `at`: the test is only as good as that placement.
        const auto placeAt = [&](qsizetype at, const QString &tail) {
            const qsizetype pad = at - data.size();
            expected << QStringList{QString(pad, QChar(u'p')) + tail};
            data += QByteArray(pad, 'p') + tail.toUtf8() + "\r\n";
        };
        const QString quoted = QStringLiteral("q \"x\"\r\ny €😀");
        for (int i = 0; data.size() < (3 << 20) + 1000; ++i) {
            const QString text = QStringLiteral("r%1-%2").arg(i).arg(QString(i % 13, QChar(u'é')));
            expected << QStringList{text, quoted, QString::number(i)};
            data += text.toUtf8() + ",\"q \"\"x\"\"\r\ny €😀\"," + QByteArray::number(i) + "\r\n";
            if (data.size() > first - 100 && data.size() < first - 10) {
                placeAt(first - 1, {}); // the row's CR is the last byte of the first read
                QCOMPARE(data.at(first - 1), '\r');
            }
            if (data.size() > second - 100 && data.size() < second - 10) {
                placeAt(second - 1, QStringLiteral("€")); // 3 bytes across the boundary
                QCOMPARE(data.mid(second - 1, 3), QByteArray("€"));
            }
        }
        const ReadAll got = readData(data);
        QCOMPARE(got.error.code, Error::Code::None);
        QCOMPARE(got.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(got.rows.at(i), expected.at(i));
        QCOMPARE(got.numbers, oneTo(expected.size()));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<CsvDialect::Encoding>("encoding");
        QTest::addColumn<QStringList>("firstRow");
        const QString text = QStringLiteral("name,city\nÉmile,Zürich €\n");
        const QStringList header{QStringLiteral("name"), QStringLiteral("city")};
        using E = CsvDialect::Encoding;
        QTest::newRow("utf-8") << text.toUtf8() << E::Utf8 << header;
        QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << E::Utf8Bom << header;
        QTest::newRow("utf-16le BOM") << utf16(text, QStringConverter::Utf16LE, true) << E::Utf16LE << header;
        QTest::newRow("utf-16be BOM") << utf16(text, QStringConverter::Utf16BE, true) << E::Utf16BE << header;
        QTest::newRow("utf-16le no BOM")
            << utf16(text, QStringConverter::Utf16LE, false) << E::Utf16LE << header;
        QTest::newRow("utf-16be no BOM")
            << utf16(text, QStringConverter::Utf16BE, false) << E::Utf16BE << header;
        QTest::newRow("windows-1252") << QByteArray("caf\xE9,\x80 \x93q\x94\n1,2\n") << E::Windows1252
                                      << QStringList{QStringLiteral("café"), QStringLiteral("€ “q”")};
    }
    void encodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(CsvDialect::Encoding, encoding);
        QFETCH(QStringList, firstRow);
        QCOMPARE(CsvDialect::sniff(data).encoding, encoding);
        Result<CsvReader> reader = CsvReader::fromData(data);
        QVERIFY(reader);
        QCOMPARE(reader->dialect().encoding, encoding);
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.error.code, Error::Code::None);
        QCOMPARE(got.rows.size(), 2);
        QCOMPARE(got.rows.first(), firstRow); // a BOM must not stick to the first header
        if (encoding != CsvDialect::Encoding::Windows1252)
            QCOMPARE(got.rows.at(1), (QStringList{QStringLiteral("Émile"), QStringLiteral("Zürich €")}));
    }

    // Invalid UTF-8 names the record it is in (and the byte); the rows before it are delivered.
    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("byte");
        QByteArray big = "id,text\n"; // the sniff sees 64 KiB of valid UTF-8, the bad byte comes later
        int rows = 1;
        while (big.size() < 100 * 1024)
            big += QByteArray::number(++rows) + ",Zoë\n";
        const int at = int(big.size()) + 9;
        big += "99999,caf\xE9\n9,ok\n";
        QTest::newRow("after the sniff sample") << big << rows + 1 << at;
        QTest::newRow("mid-line") << QByteArray("a\nb\xE9\nc\n") << 2 << 3;
        QTest::newRow("line start") << QByteArray("a\n\xE9\n") << 2 << 2;
        QTest::newRow("stray continuation") << QByteArray("a\n\x80") << 2 << 2;
        QTest::newRow("broken 4-byte") << QByteArray("a\nb\xF0\x9F\x98X\n") << 2 << 3;
        QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << 2 << 2;
        QTest::newRow("after CR") << QByteArray("a\r\xE9") << 2 << 2;
        QTest::newRow("in quoted lines") << QByteArray("a\n\"x\n\xE9\"\n") << 2 << 5;
        QTest::newRow("cut at the end") << QByteArray("a,b\n1,\xE2\x82") << 2 << 6;
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, row);
        QFETCH(int, byte);
        if (data.size() > 64 * 1024)
            QCOMPARE(CsvDialect::sniff(QByteArrayView(data).first(64 * 1024)).encoding,
                     CsvDialect::Encoding::Utf8);
        const ReadAll got = readData(data, CsvDialect{}); // small cases: the sniff would say Windows-1252
        QCOMPARE(got.error.code, Error::Code::InvalidData);
        QCOMPARE(got.error.detail,
                 QStringLiteral("encoding-error: row %1: invalid utf-8 at byte %2").arg(row).arg(byte));
        QVERIFY2(got.error.message.contains(QString::number(row)), qPrintable(got.error.message));
        QCOMPARE(got.rows.size(), row - 1);
    }

    void sniffDelimiter_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolon, decimal commas") << QByteArray("x;y\n1,5;2,5\n3;4,25\n") << ';';
        QTest::newRow("tab with commas in text") << QByteArray("name\tnote\nfoo\ta, b\nbar\tc\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
        QTest::newRow("semicolons only in quotes") << QByteArray("a,b\n\"x;y;z\",2\n\"p;q\",3\n") << ',';
        QTest::newRow("one column") << QByteArray("name\nfoo\nbar\n") << ',';
        QTest::newRow("empty") << QByteArray() << ',';
        QTest::newRow("ragged commas")
            << QByteArray("id,name,age\n1101,John\n1102,Julie,26,Potatoes\n") << ',';
    }
    void sniffDelimiter()
    {
        QFETCH(QByteArray, data);
        QFETCH(char, delimiter);
        const CsvDialect d = CsvDialect::sniff(data);
        QCOMPARE(d.delimiter, delimiter);
        QCOMPARE(d.quote, '"');
        QVERIFY(d.header);
    }

    void sniffedSemicolonFile()
    {
        QTemporaryDir dir;
        Result<CsvReader> reader = CsvReader::open(writeFile(dir, "a;b\n1,5;\"x;y\"\n"));
        QVERIFY(reader);
        QCOMPARE(reader->dialect().delimiter, ';');
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.rows, (QList<QStringList>{{"a", "b"}, {"1,5", "x;y"}}));
        QCOMPARE(reader->size(), 14);
        QCOMPARE(reader->bytesRead(), reader->size());
    }

    void givenDialectWins()
    {
        CsvDialect given;
        given.delimiter = ';';
        given.encoding = CsvDialect::Encoding::Latin1; // never sniffed: 0x80 stays U+0080
        const ReadAll got = readData("a,b\n1,\x80\xE9\n", given);
        QCOMPARE(got.rows, (QList<QStringList>{{"a,b"}, {QStringLiteral("1,\u0080é")}}));
    }

    void unterminatedQuote()
    {
        const ReadAll got = readData("a,b\n1,2\n3,\"open\n4,5\n");
        QCOMPARE(got.error.code, Error::Code::InvalidData);
        QVERIFY2(got.error.detail.startsWith(QLatin1String("source-error: row 3:")),
                 qPrintable(got.error.detail));
        QCOMPARE(got.rows.size(), 2);
    }

    void errorIsSticky()
    {
        Result<CsvReader> reader = CsvReader::fromData("a\n" + QByteArray(200, 'z') + "\n1\n", CsvDialect{});
        QVERIFY(reader);
        reader->setMaxRecordBytes(100);
        CsvReader::Row row;
        QVERIFY(reader->next(row));
        Result<bool> tooLong = reader->next(row);
        QVERIFY(!tooLong);
        Result<bool> again = reader->next(row);
        QVERIFY(!again); // not row 3: after an error the reader stays failed
        QCOMPARE(again.error().detail, tooLong.error().detail);
    }

    // Several MiB with no line break and a 1 MiB limit: the error comes after about the limit,
    // not after reading everything.
    void oversizedRecord_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("row");
        QTest::newRow("unquoted") << QByteArray("a,b\n") + QByteArray(8 << 20, 'x') << (1 << 20) << 2;
        QTest::newRow("quoted line breaks")
            << QByteArray("a,b\n1,2\n\"") + QByteArray(8 << 20, '\n') << (1 << 20) << 3;
        QTest::newRow("then a newline") << QByteArray("a,b\n") + QByteArray(3 << 20, 'y') + "\n1,2\n"
                                        << (1 << 20) << 2;
        QTest::newRow("within one read") << QByteArray("a,b\n") + QByteArray(200, 'z') + "\n1,2\n"
                                         << 100 << 2;
    }
    void oversizedRecord()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, limit);
        QFETCH(int, row);
        Result<CsvReader> reader = CsvReader::fromData(data, CsvDialect{});
        QVERIFY(reader);
        reader->setMaxRecordBytes(limit);
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.error.code, Error::Code::InvalidData);
        QVERIFY2(got.error.detail.startsWith(QStringLiteral("source-error: row %1:").arg(row)),
                 qPrintable(got.error.detail));
        QCOMPARE(got.rows.size(), row - 1);
        QVERIFY2(reader->bytesRead() <= (3 << 20), qPrintable(QString::number(reader->bytesRead())));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        Result<CsvReader> reader = CsvReader::open(writeFile(dir, {}));
        QVERIFY(reader);
        QCOMPARE(reader->size(), 0);
        CsvReader::Row row;
        Result<bool> more = reader->next(row);
        QVERIFY(more);
        QVERIFY(!*more);
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/urbis/missing.csv");
        QTest::newRow("folder") << QDir::tempPath();
    }
    void openErrors()
    {
        QFETCH(QString, path);
        Result<CsvReader> reader = CsvReader::open(path);
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, Error::Code::Io);
        QVERIFY2(reader.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(reader.error().message));
    }

    // Random bytes (with many NULs) must give rows or one clean error, never a crash or a hang.
    void binaryGarbage_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void binaryGarbage()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QByteArray data(int(random.bounded(1, 3 << 20)), '\0');
        for (char &c : data)
            c = random.bounded(4) == 0 ? '\0' : char(random.bounded(256));
        Result<CsvReader> reader = CsvReader::fromData(data);
        QVERIFY(reader);
        reader->setMaxRecordBytes(1 << 20);
        const ReadAll got = readAll(*reader, data.size() + 1);
        QVERIFY(got.rows.size() <= data.size());
        if (got.error.isError())
            QCOMPARE(got.error.code, Error::Code::InvalidData);
        else
            QCOMPARE(reader->bytesRead(), data.size());
    }

    // Blank rows in the peer files: the rows reported as blank-row must be the ones we read as
    // blank (no cells, or only empty cells), by number.
    void frictionlessBlankRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<qint64>>("blankRows");
        QFile f(kFrictionless + QStringLiteral("/manifest.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(cases.size() >= 30);
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("options")).toObject().isEmpty())
                continue; // pick, skip and limit options hide some blank rows
            QList<qint64> blank;
            for (const QJsonValue &e : c.value(QStringLiteral("expected")).toArray()) {
                if (e.toArray().at(2).toString() == QLatin1String("blank-row"))
                    blank << e.toArray().at(0).toInteger();
            }
            QTest::newRow(qPrintable(c.value(QStringLiteral("id")).toString()))
                << c.value(QStringLiteral("data")).toString() << blank;
        }
    }
    void frictionlessBlankRows()
    {
        QFETCH(QString, file);
        QFETCH(QList<qint64>, blankRows);
        Result<CsvReader> reader = CsvReader::open(kFrictionless + QStringLiteral("/data/") + file);
        QVERIFY2(reader, qPrintable(reader.error().toString()));
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.error.code, Error::Code::None);
        QCOMPARE(got.numbers, oneTo(got.rows.size()));
        QList<qint64> blank;
        for (qsizetype i = 1; i < got.rows.size(); ++i) { // row 1 is the header
            const QStringList &cells = got.rows.at(i);
            if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); }))
                blank << got.numbers.at(i);
        }
        QCOMPARE(blank, blankRows);
    }

    void frictionlessBlankRowsFile()
    {
        Result<CsvReader> reader = CsvReader::open(kFrictionless + QStringLiteral("/data/blank-rows.csv"));
        QVERIFY(reader);
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.numbers, oneTo(4));
        QCOMPARE(got.rows.at(0), (QStringList{"id", "name", "age"}));
        QCOMPARE(got.rows.at(3), (QStringList{"", "", ""})); // the manifest's [4, null, "blank-row"]
    }

    void frictionlessCrlfWide()
    {
        Result<CsvReader> reader = CsvReader::open(kFrictionless + QStringLiteral("/data/issue-277.csv"));
        QVERIFY(reader);
        const ReadAll got = readAll(*reader);
        QCOMPARE(got.error.code, Error::Code::None);
        QCOMPARE(got.rows.size(), 76);
        for (const QStringList &cells : got.rows) {
            QCOMPARE(cells.size(), got.rows.first().size());
            QVERIFY(!cells.last().endsWith(QLatin1Char('\r')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
