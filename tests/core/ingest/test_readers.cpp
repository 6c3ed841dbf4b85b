// The table readers behind SourceOpener: CsvSource, JsonSource (array, NDJSON, {"data": [...]},
// the Annex B air-quality schema) and XmlSource; labels, cells, row numbers, rewind, kindOf.
#include "ingest/csvsource.h"
#include "ingest/jsonsource.h"
#include "ingest/sourceopener.h"
#include "ingest/xmlsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

const QString kData = QStringLiteral(URBIS_INGEST_DATA_DIR);

struct ReadAll
{
    QList<qint64> numbers;
    QList<QStringList> rows;
    Error error; ///< what stopped reading; code None at a clean end
};

ReadAll readAll(RecordSource &source)
{
    ReadAll out;
    SourceRow row;
    for (int guard = 0; guard < 1000000; ++guard) {
        Result<bool> more = source.next(row);
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

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

std::unique_ptr<RecordSource> openOrFail(const QString &path)
{
    Result<std::unique_ptr<RecordSource>> r = SourceOpener::open(path);
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r ? std::move(*r) : nullptr;
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private slots:
    void csvHeaderCellsAndRowNumbers()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.csv"), "id,name,pm10\n1,Syntagma,12.5\n\n2,\"Pat, ission\",40\n");
        auto source = openOrFail(path);
        QVERIFY(source);
        QCOMPARE(source->format(), QStringLiteral("CSV"));
        QCOMPARE(source->mediaType(), QStringLiteral("text/csv"));
        QCOMPARE(source->labels(), QStringList({"id", "name", "pm10"}));
        QCOMPARE(source->declaredTypes(), QStringList(3));
        QVERIFY(!source->hasGeometry());
        const ReadAll all = readAll(*source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3, 4})); // the blank line is row 3
        QCOMPARE(all.rows.at(0), QStringList({"1", "Syntagma", "12.5"}));
        QCOMPARE(all.rows.at(1), QStringList());
        QCOMPARE(all.rows.at(2), QStringList({"2", "Pat, ission", "40"}));
        QCOMPARE(source->bytesRead(), source->size());
        // A second pass gives the same rows.
        QVERIFY(source->rewind());
        const ReadAll again = readAll(*source);
        QCOMPARE(again.numbers, all.numbers);
        QCOMPARE(again.rows, all.rows);
    }

    void tsvFormat()
    {
        QTemporaryDir dir;
        auto source = openOrFail(write(dir, QStringLiteral("a.tsv"), "a\tb\n1\t2\n3\t4\n"));
        QVERIFY(source);
        QCOMPARE(source->format(), QStringLiteral("TSV"));
        QCOMPARE(source->mediaType(), QStringLiteral("text/tab-separated-values"));
        QCOMPARE(source->labels(), QStringList({"a", "b"}));
        QCOMPARE(readAll(*source).rows, QList<QStringList>({{"1", "2"}, {"3", "4"}}));
    }

    void csvWithoutHeader()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.csv"), "1,2,3\n4,5,6\n");
        CsvDialect dialect;
        dialect.header = false;
        Result<std::unique_ptr<CsvSource>> source = CsvSource::open(path, dialect);
        QVERIFY(source);
        QCOMPARE((*source)->labels(), QStringList({"field1", "field2", "field3"}));
        ReadAll all = readAll(**source);
        QCOMPARE(all.numbers, QList<qint64>({1, 2})); // CsvReader's numbering: the first record is row 1
        QCOMPARE(all.rows.first(), QStringList({"1", "2", "3"}));
        QVERIFY((*source)->rewind());
        all = readAll(**source);
        QCOMPARE(all.numbers, QList<qint64>({1, 2}));
        QCOMPARE(all.rows.last(), QStringList({"4", "5", "6"}));
    }

    void jsonArrayCells()
    {
        QTemporaryDir dir;
        const QByteArray json = "[\n"
            " {\"id\": 9007199254740993, \"v\": 0.1, \"big\": 1e300, \"ok\": true, \"no\": false, \"none\": null,\n"
            "  \"nested\": {\"b\": [1, 2], \"a\": \"x\"}, \"list\": [1, \"two\", null], \"text\": \"caf\\u00e9 \\\"q\\\"\"},\n"
            " {\"id\": 2, \"v\": -12.25, \"extra\": \"late key\"}\n"
            "]";
        auto source = openOrFail(write(dir, QStringLiteral("a.json"), json));
        QVERIFY(source);
        QCOMPARE(source->format(), QStringLiteral("JSON"));
        QCOMPARE(source->mediaType(), QStringLiteral("application/json"));
        // Document order, not QJsonObject's sorted order; a key of the second record comes last.
        QCOMPARE(source->labels(), QStringList({"id", "v", "big", "ok", "no", "none", "nested", "list", "text", "extra"}));
        const ReadAll all = readAll(*source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
        QCOMPARE(all.rows.at(0), QStringList({"9007199254740993", "0.1", "1e+300", "true", "false", "",
                                              "{\"a\":\"x\",\"b\":[1,2]}", "[1,\"two\",null]", QString::fromUtf8("café \"q\""), ""}));
        QCOMPARE(all.rows.at(1), QStringList({"2", "-12.25", "", "", "", "", "", "", "", "late key"}));
    }

    void annexBAirQuality()
    {
        auto source = openOrFail(kData + QStringLiteral("/annexb_airquality.json"));
        QVERIFY(source);
        const QStringList labels = source->labels();
        QCOMPARE(labels.size(), 27);
        QCOMPARE(labels.first(), QStringLiteral("source"));
        QCOMPARE(labels.last(), QStringLiteral("weather_icon"));
        const ReadAll all = readAll(*source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
        const auto cell = [&](int row, const char *label) { return all.rows.at(row).at(labels.indexOf(QLatin1String(label))); };
        QCOMPARE(cell(0, "cityName"), QStringLiteral("Athens"));
        QCOMPARE(cell(0, "pm10"), QStringLiteral("12.5"));
        QCOMPARE(cell(0, "lat"), QStringLiteral("37.9715"));
        QCOMPARE(cell(0, "timeRecorded"), QStringLiteral("1684318800"));
        QCOMPARE(cell(0, "sunrise"), QStringLiteral("2023-05-17T03:16:00Z"));
        QCOMPARE(cell(1, "windgust"), QString()); // null is missing
        QCOMPARE(cell(1, "humidity"), QStringLiteral("70"));
    }

    void ndjson()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("a.ndjson"), "{\"a\":1,\"b\":\"x\"}\n\n{\"b\":\"y\",\"c\":[{\"n\":1}]}\r\n{\"a\":3}");
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Table);
        auto source = openOrFail(path);
        QVERIFY(source);
        QCOMPARE(source->format(), QStringLiteral("NDJSON"));
        QCOMPARE(source->labels(), QStringList({"a", "b", "c"}));
        const ReadAll all = readAll(*source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3, 4}));
        QCOMPARE(all.rows, QList<QStringList>({{"1", "x", ""}, {"", "y", "[{\"n\":1}]"}, {"3", "", ""}}));
    }

    void jsonWrappedArray()
    {
        QTemporaryDir dir;
        const QByteArray json = "{\"status\": \"ok\", \"meta\": {\"count\": 2, \"tags\": [1, 2]},\n"
            "  \"data\": [{\"stationId\": \"ATH-01\", \"pm10\": 12.5}, {\"stationId\": \"ATH-02\", \"pm10\": 20}],\n"
            "  \"next\": null}";
        const QString path = write(dir, QStringLiteral("api.json"), json);
        Result<std::unique_ptr<JsonSource>> source = JsonSource::open(path);
        QVERIFY(source);
        QCOMPARE((*source)->layout(), JsonSource::Layout::Wrapped);
        QCOMPARE((*source)->wrapperKey(), QStringLiteral("data"));
        QCOMPARE((*source)->labels(), QStringList({"stationId", "pm10"}));
        ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.rows, QList<QStringList>({{"ATH-01", "12.5"}, {"ATH-02", "20"}}));
        QVERIFY((*source)->rewind());
        all = readAll(**source);
        QCOMPARE(all.numbers, QList<qint64>({2, 3}));
    }

    void jsonSingleObjectIsOneRecord()
    {
        QTemporaryDir dir;
        auto source = openOrFail(write(dir, QStringLiteral("one.json"), "{\"a\": 1, \"b\": [1, 2]}"));
        QVERIFY(source);
        QCOMPARE(source->labels(), QStringList({"a", "b"}));
        QCOMPARE(readAll(*source).rows, QList<QStringList>({{"1", "[1,2]"}}));
    }

    void jsonLabelsFromSampleOnly()
    {
        // A key first seen after the label sample is no column: dropped and counted.
        QByteArray json = "[";
        for (int i = 0; i < JsonSource::kLabelSampleRecords; ++i)
            json += QByteArray("{\"a\":") + QByteArray::number(i) + "},";
        json += "{\"a\":-1,\"late\":true}]";
        QTemporaryDir dir;
        Result<std::unique_ptr<JsonSource>> source = JsonSource::open(write(dir, QStringLiteral("big.json"), json));
        QVERIFY(source);
        QCOMPARE((*source)->labels(), QStringList({"a"}));
        const ReadAll all = readAll(**source);
        QCOMPARE(all.rows.size(), JsonSource::kLabelSampleRecords + 1);
        QCOMPARE(all.rows.last(), QStringList({"-1"}));
        QCOMPARE((*source)->ignoredKeys(), 1);
    }

    void jsonGeoJsonIsRoutedToOgr()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("f.json"),
                                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":1},\"geometry\":null}]}");
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Vector);
        Result<std::unique_ptr<JsonSource>> direct = JsonSource::open(path);
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, Error::Code::Unsupported);
    }

    void xmlRecords()
    {
        QTemporaryDir dir;
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<stations xmlns=\"urn:example\">\n"
            "  <info><source>city</source></info>\n"
            "  <station id=\"ATH-01\" type=\"urban\"><name>Syntagma</name><pm10>12.5</pm10><geo><lat>37.9</lat></geo></station>\n"
            "  <station id=\"ATH-02\"><pm10>40</pm10><name>Patission &amp; Co</name><note/></station>\n"
            "  <!-- a comment -->\n"
            "  <station id=\"ATH-03\"><name><![CDATA[Marousi <north>]]></name></station>\n"
            "</stations>\n"
            "";
        const QString path = write(dir, QStringLiteral("stations.xml"), xml);
        QCOMPARE(SourceOpener::kindOf(path), SourceKind::Table);
        Result<std::unique_ptr<XmlSource>> source = XmlSource::open(path);
        QVERIFY2(source, qPrintable(source.error().toString()));
        QCOMPARE((*source)->rootElement(), QStringLiteral("stations"));
        QCOMPARE((*source)->recordElement(), QStringLiteral("station"));
        QCOMPARE((*source)->format(), QStringLiteral("XML"));
        QCOMPARE((*source)->mediaType(), QStringLiteral("application/xml"));
        // "geo" holds elements: not a simple field.
        QCOMPARE((*source)->labels(), QStringList({"id", "type", "name", "pm10", "note"}));
        ReadAll all = readAll(**source);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.toString()));
        QCOMPARE(all.numbers, QList<qint64>({2, 3, 4}));
        QCOMPARE(all.rows.at(0), QStringList({"ATH-01", "urban", "Syntagma", "12.5", ""}));
        QCOMPARE(all.rows.at(1), QStringList({"ATH-02", "", "Patission & Co", "40", ""}));
        QCOMPARE(all.rows.at(2), QStringList({"ATH-03", "", "Marousi <north>", "", ""}));
        QVERIFY((*source)->rewind());
        QCOMPARE(readAll(**source).rows, all.rows);
    }

    void xmlMalformedNamesLine()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("bad.xml"), "<r>\n<rec a=\"1\"/>\n<rec a=\"2\">\n<x>1</y>\n</rec>\n</r>\n");
        auto source = openOrFail(path);
        QVERIFY2(source, "the first record is well-formed: open should succeed");
        const ReadAll all = readAll(*source);
        QCOMPARE(all.rows.size(), 1);
        QCOMPARE(all.error.code, Error::Code::InvalidData);
        QVERIFY2(all.error.message.contains(QLatin1String("line 4")), qPrintable(all.error.message));
        QVERIFY(all.error.detail.startsWith(QLatin1String("source-error: row 3")));
    }

    void kindOf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("csv") << "a.csv" << QByteArray("a,b\n") << int(SourceKind::Table);
        QTest::newRow("txt") << "a.txt" << QByteArray("a;b\n") << int(SourceKind::Table);
        QTest::newRow("json array") << "a.json" << QByteArray("[{\"a\":1}]") << int(SourceKind::Table);
        QTest::newRow("geojson") << "a.geojson" << QByteArray("{}") << int(SourceKind::Vector);
        QTest::newRow("geojsonseq lines") << "a.jsonl" << QByteArray("{\"type\": \"Feature\", \"properties\": {}}\n") << int(SourceKind::Vector);
        QTest::newRow("kml as xml") << "a.xml" << QByteArray("<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>") << int(SourceKind::Vector);
        QTest::newRow("gml as xml") << "a.xml" << QByteArray("<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml\"/>") << int(SourceKind::Vector);
        QTest::newRow("plain xml") << "a.xml" << QByteArray("<rows><row/></rows>") << int(SourceKind::Table);
        QTest::newRow("shp") << "a.shp" << QByteArray() << int(SourceKind::Vector);
        QTest::newRow("gpkg") << "a.gpkg" << QByteArray() << int(SourceKind::Vector);
        QTest::newRow("tiff") << "a.TIF" << QByteArray() << int(SourceKind::Raster);
        QTest::newRow("jpeg") << "a.jpeg" << QByteArray() << int(SourceKind::Raster);
        QTest::newRow("unknown") << "a.bin" << QByteArray("hello") << int(SourceKind::Unknown);
        QTest::newRow("empty zip") << "a.zip" << QByteArray("PK\x05\x06" + QByteArray(18, '\0')) << int(SourceKind::Unknown);
    }

    void kindOf()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QTemporaryDir dir;
        QCOMPARE(int(SourceOpener::kindOf(write(dir, name, bytes))), kind);
    }

    void rasterIsRefused()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<RecordSource>> r = SourceOpener::open(write(dir, QStringLiteral("a.png"), "\x89PNG\r\n\x1a\n"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Unsupported);
        QVERIFY(r.error().detail.contains(QLatin1String("RasterProbe")));
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "test_readers.moc"
