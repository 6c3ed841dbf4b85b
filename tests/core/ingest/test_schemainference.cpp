#include "ingest/schemainference.h"

#include <QTest>

using namespace urbis;

namespace {

/** A RecordSource over rows in memory, so these tests do not depend on the file readers. */
class ListSource : public RecordSource
{
public:
    ListSource(QStringList labels, QList<QStringList> rows, QStringList declared = {})
        : m_labels(std::move(labels)), m_rows(std::move(rows)), m_declared(std::move(declared))
    {}

    QString format() const override { return QStringLiteral("CSV"); }
    QString mediaType() const override { return QStringLiteral("text/csv"); }
    QStringList labels() const override { return m_labels; }
    QStringList declaredTypes() const override
    {
        return m_declared.isEmpty() ? QStringList(m_labels.size()) : m_declared;
    }
    Result<bool> next(SourceRow &row) override
    {
        if (m_position == m_failAt)
            return Error(Error::Code::InvalidData, QStringLiteral("broken"), QStringLiteral("source-error"));
        if (m_position >= m_rows.size())
            return false;
        row.number = m_position + 2;
        row.cells = m_rows.at(m_position++);
        return true;
    }
    Result<void> rewind() override
    {
        m_position = 0;
        ++rewinds;
        return {};
    }
    qint64 bytesRead() const override { return m_position * 10; }
    qint64 size() const override { return m_rows.size() * 10; }

    qsizetype position() const { return m_position; }
    qsizetype m_failAt = -1;
    int rewinds = 0;

private:
    QStringList m_labels;
    QList<QStringList> m_rows;
    QStringList m_declared;
    qsizetype m_position = 0;
};

FieldGuess guessColumn(const QString &name, const QStringList &cells, SchemaInference::Options options = {})
{
    SchemaInference inference({name}, {}, options);
    for (const QString &c : cells)
        inference.addRow({c});
    return inference.guesses().value(0);
}

QStringList repeated(const QString &cell, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << cell;
    return out;
}

QStringList counting(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QString::number(i);
    return out;
}

} // namespace

class TestSchemaInference : public QObject
{
    Q_OBJECT

private slots:
    void types_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("confidence");

        const auto row = [](const char *tag, const char *name, const QStringList &cells, const char *type,
                            double confidence = 1.0) {
            QTest::newRow(tag) << QString::fromLatin1(name) << cells << QString::fromLatin1(type)
                               << confidence;
        };
        row("boolean", "open", {"true", "false", "True", "FALSE"}, "boolean");
        row("0/1 is not boolean", "flag", {"0", "1", "1", "0"}, "integer");
        row("integer", "n", {"1", "-2", "+3", "40"}, "integer");
        row("number", "v", {"1.5", "2", "-3e2", ".5"}, "number");
        row("zero and a half are numbers", "v", {"0", "0.5", "1"}, "number");
        row("year only when named so", "year", {"2019", "2020", "1999"}, "year");
        row("four digits stay integer", "built", {"2019", "2020", "1999"}, "integer");
        row("date", "day", {"2023-01-01", "2023-12-31"}, "date");
        row("datetime", "observed",
            {"2023-01-01T10:00:00Z", "2023-01-01 11:00:00", "2023-01-01T12:00:00+02:00"}, "datetime");
        row("time", "at", {"10:00:00", "23:59:59"}, "time");
        row("geopoint", "where", {"7.68,45.07", "23.72, 37.98"}, "geopoint");
        row("string", "city", {"Athens", "Cascais", "Ljubljana"}, "string");
        row("words like the casts' words", "w", {"Sofia", "nano", "information", "fals", "Turin"}, "string");
        row("infinity and nan are numbers as in validation", "v", {"1.5", "NaN", "-inf", "Infinity"},
            "number");
        row("spaces around numbers", "v", {" 1", "2 ", " 3 "}, "integer");
        row("exponent is not integer", "v", {"1e3", "2E3", "3"}, "number");
        row("zip codes with a leading zero", "zip", {"12345", "01234", "54321"}, "string");
        row("station codes", "code", {"007", "008", "010"}, "string");
        row("beyond 64 bits", "id", {"123456789012345678901234", "223456789012345678901234"}, "string");
        row("64-bit edge", "id", {"9223372036854775807", "-9223372036854775808"}, "integer");
        row("big decimals are numbers", "v", {"123456789012345678901234.5", "1"}, "number");
        row("nine of ten integers", "n", counting(9) << "n/a", "integer", 0.9);
        row("mixed below threshold", "n",
            counting(8) << "a"
                        << "b",
            "string");
        row("widens to number", "v", counting(19) << "2.5", "number");
        row("integers with a typo", "v", counting(19) << "x", "integer", 0.95);
        row("dates with a typo", "d", repeated("2023-05-01", 19) << "yesterday", "date", 0.95);
        row("all missing", "empty", {"", "", ""}, "string");
    }
    void types()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, cells);
        QFETCH(QString, type);
        QFETCH(double, confidence);
        const FieldGuess g = guessColumn(name, cells);
        QCOMPARE(g.field.type, type);
        QVERIFY2(qAbs(g.confidence - confidence) < 1e-9, qPrintable(QString::number(g.confidence)));
        QCOMPARE(g.sampled, cells.size());
    }

    void threshold()
    {
        SchemaInference::Options o;
        o.threshold = 0.8;
        const FieldGuess g = guessColumn(QStringLiteral("n"),
                                         counting(8) << "a"
                                                     << "b",
                                         o);
        QCOMPARE(g.field.type, QStringLiteral("integer"));
        QCOMPARE(g.confidence, 0.8);
    }

    void units_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("unit");
        const auto row = [](const char *name, const QStringList &cells, const char *unit) {
            QTest::newRow(name) << QString::fromLatin1(name) << cells << QString::fromUtf8(unit);
        };
        row("lat", {"37.98", "-45.1"}, "deg");
        row("latitude", {"91", "37.9"}, "");
        row("lon", {"23.72", "-120"}, "deg");
        row("lng", {"181", "0"}, "");
        row("x", {"23.7", "7.6"}, "deg");
        row("y", {"4200000", "4300000"}, "");
        row("pm10", {"12", "30.5"}, "ug/m3");
        row("pm2_5", {"8"}, "ug/m3");
        row("pm25", {"8"}, "ug/m3");
        row("no2", {"40"}, "ug/m3");
        row("o3", {"40"}, "ug/m3");
        row("ozone", {"40"}, "ug/m3");
        row("so2", {"4"}, "ug/m3");
        row("sulphurDioxide", {"4"}, "ug/m3");
        row("co", {"0.4"}, "mg/m3");
        row("temperature", {"21.5"}, "Cel");
        row("temp", {"21.5"}, "Cel");
        row("temp_min", {"11.5"}, "Cel");
        row("temp_max", {"25"}, "Cel");
        row("dew", {"9"}, "Cel");
        row("humidity", {"60"}, "%");
        row("pressure", {"1013"}, "hPa");
        row("windSpeed", {"3.4"}, "m/s");
        row("windspeed", {"3.4"}, "m/s");
        row("windgust", {"8"}, "m/s");
        row("windDirection", {"270"}, "deg");
        row("winddegree", {"270"}, "deg");
        row("noise", {"55"}, "dB");
        row("visibility", {"10000"}, "m");
        row("cityName", {"Athens"}, "");
        row("pm10 as text", {"n/a", "low"}, "");
    }
    void units()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, cells);
        QFETCH(QString, unit);
        QCOMPARE(guessColumn(name.section(u' ', 0, 0), cells).field.unit, unit);
    }

    void examples()
    {
        const FieldGuess g = guessColumn(QStringLiteral("c"), {"", "a", "a", "b", "", "c", "d"});
        QCOMPARE(g.examples, (QStringList{"a", "b", "c"}));
        QCOMPARE(g.sampled, 7);
        QCOMPARE(g.missing, 2);
    }

    void missingValues()
    {
        SchemaInference::Options o;
        o.missingValues = {QString(), QStringLiteral("NA"), QStringLiteral("-")};
        const FieldGuess g = guessColumn(QStringLiteral("n"), {"1", "NA", "-", "3", ""}, o);
        QCOMPARE(g.field.type, QStringLiteral("integer"));
        QCOMPARE(g.confidence, 1.0);
        QCOMPARE(g.missing, 3);
        QCOMPARE(g.field.missingValues, o.missingValues);
        // Without them "NA" is a string cell.
        QCOMPARE(guessColumn(QStringLiteral("n"), {"1", "NA", "-", "3"}).field.type,
                 QStringLiteral("string"));
    }

    void declaredTypesWin()
    {
        SchemaInference inference({"code", "value", "lat"}, {"string", "", "number"});
        inference.addRow({"1", "2.5", "37.9"});
        inference.addRow({"2", "3.5", "38.1"});
        const QList<FieldGuess> g = inference.guesses();
        QCOMPARE(g.at(0).field.type, QStringLiteral("string"));
        QCOMPARE(g.at(0).confidence, 1.0);
        QCOMPARE(g.at(1).field.type, QStringLiteral("number"));
        QCOMPARE(g.at(2).field.type, QStringLiteral("number"));
        QCOMPARE(g.at(2).field.unit, QStringLiteral("deg"));
    }

    void raggedRows()
    {
        SchemaInference inference({"a", "b"});
        inference.addRow({"1"});
        inference.addRow({"2", "x", "extra"});
        const QList<FieldGuess> g = inference.guesses();
        QCOMPARE(g.at(0).sampled, 2);
        QCOMPARE(g.at(1).sampled, 1);
        QCOMPARE(g.at(1).field.type, QStringLiteral("string"));
    }

    void schema()
    {
        SchemaInference::Options o;
        o.missingValues = {QString(), QStringLiteral("NA")};
        SchemaInference inference({"station", "pm10", "time"}, {}, o);
        inference.addRow({"ATH-01", "12.5", "2023-01-01T10:00:00Z"});
        const TableSchema s = inference.schema();
        QCOMPARE(s.fieldNames(), (QStringList{"station", "pm10", "time"}));
        QCOMPARE(s.missingValues, o.missingValues);
        QCOMPARE(s.fields.at(1).type, QStringLiteral("number"));
        QCOMPARE(s.fields.at(1).unit, QStringLiteral("ug/m3"));
        QCOMPARE(s.fields.at(2).type, QStringLiteral("datetime"));
        // The inferred schema round-trips through the Table Schema reader.
        QVERIFY(TableSchema::fromJson(s.toJson()).ok());
    }

    void inferWholeSource()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 10; ++i)
            rows << QStringList{QString::number(i), QStringLiteral("0%1").arg(i)};
        ListSource source({"n", "code"}, rows);
        Feedback feedback;
        Result<SchemaInference> r = SchemaInference::infer(source, {}, &feedback);
        QVERIFY(r.ok());
        QVERIFY(!r->sampled());
        QCOMPARE(r->guesses().at(0).field.type, QStringLiteral("integer"));
        QCOMPARE(r->guesses().at(0).sampled, 10);
        QCOMPARE(r->guesses().at(1).field.type, QStringLiteral("string"));
        QCOMPARE(source.position(), 0); // rewound for the next pass
        QCOMPARE(feedback.progress(), 100.0);
    }

    void inferSample()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 10; ++i)
            rows << QStringList{i < 5 ? QString::number(i) : QStringLiteral("text")};
        {
            ListSource source({"n"}, rows);
            SchemaInference::Options o;
            o.sampleRows = 5;
            Result<SchemaInference> r = SchemaInference::infer(source, o);
            QVERIFY(r.ok());
            QVERIFY(r->sampled());
            QVERIFY(!r->wantsMore());
            QCOMPARE(r->guesses().at(0).sampled, 5);
            QCOMPARE(r->guesses().at(0).field.type, QStringLiteral("integer"));
            QCOMPARE(source.position(), 0);
        }
        {
            // A sample as large as the table leaves nothing out.
            ListSource source({"n"}, rows);
            SchemaInference::Options o;
            o.sampleRows = 10;
            Result<SchemaInference> r = SchemaInference::infer(source, o);
            QVERIFY(r.ok());
            QVERIFY(!r->sampled());
            QCOMPARE(r->guesses().at(0).field.type, QStringLiteral("string"));
        }
    }

    void inferDeclared()
    {
        ListSource source({"name", "value"}, {{"1", "1"}, {"2", "2"}}, {"string", "number"});
        Result<SchemaInference> r = SchemaInference::infer(source);
        QVERIFY(r.ok());
        QCOMPARE(r->guesses().at(0).field.type, QStringLiteral("string"));
        QCOMPARE(r->guesses().at(1).field.type, QStringLiteral("number"));
        QCOMPARE(r->guesses().at(1).confidence, 1.0);
    }

    void inferCancelled()
    {
        ListSource source({"n"}, {{"1"}, {"2"}});
        Feedback feedback;
        feedback.cancel();
        Result<SchemaInference> r = SchemaInference::infer(source, {}, &feedback);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(source.position(), 0);
    }

    void inferSourceError()
    {
        ListSource source({"n"}, {{"1"}, {"2"}, {"3"}});
        source.m_failAt = 2;
        Result<SchemaInference> r = SchemaInference::infer(source);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidData);
        QCOMPARE(source.position(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaInference)
#include "test_schemainference.moc"
