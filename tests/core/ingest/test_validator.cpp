#include "ingest/validator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
TableSchema airSchema()
{
    const QJsonObject d{{QStringLiteral("fields"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("station")},
                                                {QStringLiteral("type"), QStringLiteral("string")},
                                                {QStringLiteral("constraints"), QJsonObject{{QStringLiteral("required"), true}}}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("pm10")},
                                                {QStringLiteral("type"), QStringLiteral("number")},
                                                {QStringLiteral("constraints"), QJsonObject{{QStringLiteral("minimum"), 0}}}}}},
                        {QStringLiteral("primaryKey"), QStringLiteral("station")}};
    return *TableSchema::fromJson(d);
}
QStringList types(const ValidationReport &r)
{
    QStringList t;
    for (const ValidationError &e : r.errors)
        t << e.type;
    return t;
}
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void validTableHasStats()
    {
        const QByteArray csv = "station,pm10\nATH-01,12.5\nATH-02,40\n";
        Result<ValidationReport> r = Validator(airSchema()).validateData(csv);
        QVERIFY(r.ok());
        QVERIFY(r->valid());
        QCOMPARE(r->rows, 2);
        QCOMPARE(r->fields, 2);
        QCOMPARE(r->bytes, csv.size());
        QCOMPARE(r->sha256.size(), 64);
        const QJsonObject j = r->toJson();
        QCOMPARE(j.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("stats")).toObject().value(QStringLiteral("rows")).toInt(), 2);
    }

    void cellErrorsNameRowFieldAndCell()
    {
        Result<ValidationReport> r = Validator(airSchema()).validateData("station,pm10\nATH-01,n/a\n,-3\nATH-01,5\n");
        QVERIFY(r.ok());
        QCOMPARE(types(*r), (QStringList{QStringLiteral("type-error"), QStringLiteral("constraint-error"),
                                         QStringLiteral("constraint-error"), QStringLiteral("primary-key"),
                                         QStringLiteral("primary-key")}));
        const ValidationError &e = r->errors.first();
        QCOMPARE(*e.rowNumber, 2);
        QCOMPARE(*e.fieldNumber, 2);
        QCOMPARE(e.fieldName, QStringLiteral("pm10"));
        QCOMPARE(e.cell, QStringLiteral("n/a"));
        QVERIFY(e.message.contains(QLatin1String("n/a")));
        QCOMPARE(r->toJson().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("cell")).toString(),
                 QStringLiteral("n/a"));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("0 bytes") << QByteArray() << QStringLiteral("source-error");
        QByteArray latin = "station,pm10\nGen\xe8ve,1\n"; // Windows-1252 text is read as such, not an error
        QTest::newRow("latin-1") << latin << QString();
        QByteArray badUtf8 = "station,pm10\n" + QByteArray(70000, 'a') + ",1\nbad\xff\xfe,2\n";
        QTest::newRow("invalid utf-8 after the sniffed part") << badUtf8 << QStringLiteral("encoding-error");
        QTest::newRow("unterminated quote") << QByteArray("station,pm10\n\"ATH,1\n") << QStringLiteral("source-error");
    }
    void hostileInputs()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedType);
        Result<ValidationReport> r = Validator().validateData(data);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        if (expectedType.isEmpty())
            QVERIFY2(r->valid(), qPrintable(types(*r).join(u',')));
        else
            QVERIFY2(types(*r).contains(expectedType), qPrintable(types(*r).join(u',')));
    }

    void binaryGarbageNeverCrashes()
    {
        QRandomGenerator rng(99);
        for (int round = 0; round < 20; ++round) {
            QByteArray junk(int(rng.bounded(1, 50000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            Result<ValidationReport> r = Validator(airSchema()).validateData(junk);
            QVERIFY(r.ok()); // problems are findings in the report, not a failed validation
        }
    }

    void missingFileIsIoError()
    {
        Result<ValidationReport> r = Validator().validateFile(QStringLiteral("/nonexistent/file.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
    }

    void cancelStops()
    {
        QByteArray big = "station,pm10\n";
        for (int i = 0; i < 200000; ++i)
            big += "S" + QByteArray::number(i) + ",1\n";
        Feedback fb;
        fb.cancel();
        Result<ValidationReport> r = Validator(airSchema()).validateData(big, &fb);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
    }

    void limitAndFilters()
    {
        const QByteArray csv = "station,pm10\n,x\n,y\n,z\n";
        ValidationOptions o;
        o.limitErrors = 2;
        Result<ValidationReport> r = Validator(airSchema(), o).validateData(csv);
        QCOMPARE(r->errors.size(), 2);
        QCOMPARE(r->warnings, QStringList{QStringLiteral("reached error limit: 2")});
        o.limitErrors = 0;
        o.pickErrors = {QStringLiteral("type-error")};
        QCOMPARE(types(*Validator(airSchema(), o).validateData(csv)), QStringList(3, QStringLiteral("type-error")));
        o.pickErrors.clear();
        o.skipErrors = {QStringLiteral("#cell")};
        QCOMPARE(types(*Validator(airSchema(), o).validateData(csv)), QStringList(3, QStringLiteral("primary-key")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "test_validator.moc"
