#include "catalog/datasetrecord.h"
#include "catalogfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace urbis;

class TestDatasetRecord : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip()
    {
        DatasetRecord r = fixtures::record(QStringLiteral("Round trip ünïcode"));
        r.id = QStringLiteral("0b7e6f0e-1111-4222-8333-944445555666");
        r.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
        r.modified = r.created.addSecs(10);
        r.version = 3;
        r.previousVersion = QStringLiteral("prev");
        r.validation = DatasetRecord::Validation::Warnings;
        Result<DatasetRecord> back = DatasetRecord::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->title, r.title);
        QCOMPARE(back->bbox, r.bbox);
        QCOMPARE(back->footprint, r.footprint);
        QCOMPARE(back->fields, r.fields);
        QCOMPARE(back->validation, DatasetRecord::Validation::Warnings);
    }

    void jsonShape()
    {
        const QJsonObject o = fixtures::record(QStringLiteral("x")).toJson();
        for (const char *key : {"id", "title", "description", "source", "publisher", "city", "countryCode", "domain",
                                "keywords", "license", "format", "mediaType", "temporal", "bbox", "crs", "featureCount",
                                "fields", "byteSize", "sha256", "created", "modified", "version", "validation"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("bbox")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("temporal")).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2023-01-01T00:00:00.000Z"));
    }

    void lenientInput()
    {
        const QJsonObject o{{QStringLiteral("title"), QStringLiteral("t")},
                            {QStringLiteral("keywords"), QStringLiteral("a, b ,c")},
                            {QStringLiteral("bbox"), QStringLiteral("1,2,3,4")},
                            {QStringLiteral("temporal"), QJsonObject{{QStringLiteral("start"), QStringLiteral("2023-05-01")}}}};
        Result<DatasetRecord> r = DatasetRecord::fromJson(o);
        QVERIFY(r.ok());
        QCOMPARE(r->keywords, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r->bbox, Extent(1, 2, 3, 4));
        QCOMPARE(r->timeStart, QDateTime(QDate(2023, 5, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(r->domain, QStringLiteral("other"));
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("title number") << QJsonObject{{QStringLiteral("title"), 5}};
        QTest::newRow("bbox short") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("bbox"), QJsonArray{1, 2}}};
        QTest::newRow("unreadable start") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")},
                                                         {QStringLiteral("temporal"), QJsonObject{{QStringLiteral("start"), QStringLiteral("31/01/2023")}}}};
        QTest::newRow("unreadable created") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("created"), 5}};
        QTest::newRow("bbox text bad") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("bbox"), QStringLiteral("1,2")}};
    }
    void wrongTypesAreErrors()
    {
        QFETCH(QJsonObject, json);
        Result<DatasetRecord> r = DatasetRecord::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetRecord)
#include "test_datasetrecord.moc"
