#include "catalog/catalog.h"
#include "catalog/recorddiff.h"
#include "catalogfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
QStringList fieldsOf(const QList<RecordDiff::Change> &changes)
{
    QStringList f;
    for (const RecordDiff::Change &c : changes)
        f << c.field;
    return f;
}
} // namespace

class TestRecordDiff : public QObject
{
    Q_OBJECT
private slots:
    void sameRecordHasNoChanges()
    {
        const DatasetRecord r = fixtures::record(QStringLiteral("Athens air"));
        QVERIFY(RecordDiff::between(r, r).isEmpty());
    }

    void bookkeepingIsIgnored()
    {
        const DatasetRecord a = fixtures::record(QStringLiteral("Athens air"));
        DatasetRecord b = a;
        b.id = QStringLiteral("other");
        b.version = 2;
        b.previousVersion = QStringLiteral("x");
        b.created = QDateTime::currentDateTimeUtc();
        b.modified = b.created;
        b.footprint = QByteArray("\x01\x02", 2);
        QVERIFY(RecordDiff::between(a, b).isEmpty());
    }

    void changesInPanelOrder()
    {
        const DatasetRecord a = fixtures::record(QStringLiteral("Athens air"));
        DatasetRecord b = a;
        b.license = QStringLiteral("ODbL-1.0");
        b.title = QStringLiteral("Athens air quality");
        b.keywords << QStringLiteral("no2");
        const QList<RecordDiff::Change> d = RecordDiff::between(a, b);
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("title"), QStringLiteral("keywords"), QStringLiteral("license")}));
        QCOMPARE(d.at(0).before, QStringLiteral("Athens air"));
        QCOMPARE(d.at(0).after, QStringLiteral("Athens air quality"));
        QCOMPARE(d.at(1).before, QStringLiteral("pm10, air quality"));
        QCOMPARE(d.at(1).after, QStringLiteral("pm10, air quality, no2"));
        QCOMPARE(d.at(2).before, QStringLiteral("CC-BY-4.0"));
    }

    void fieldsTimeAndExtentAsText()
    {
        const DatasetRecord a = fixtures::record(QStringLiteral("Athens air"));
        DatasetRecord b = a;
        b.fields[1].unit = QStringLiteral("mg/m3");
        b.timeEnd = QDateTime(QDate(2023, 2, 28), QTime(23, 0), Qt::UTC);
        b.bbox = Extent(23.5, 37.9, 23.8, 38.1);
        b.featureCount = 2000;
        const QList<RecordDiff::Change> d = RecordDiff::between(a, b);
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("temporal"), QStringLiteral("bbox"), QStringLiteral("featureCount"),
                                           QStringLiteral("fields")}));
        QCOMPARE(d.at(0).after, QStringLiteral("2023-01-01T00:00:00.000Z – 2023-02-28T23:00:00.000Z"));
        QCOMPARE(d.at(1).after, QStringLiteral("23.5, 37.9, 23.8, 38.1"));
        QCOMPARE(d.at(2).before, QStringLiteral("1488"));
        QCOMPARE(d.at(3).before, QStringLiteral("timeRecorded (datetime); pm10 (number, ug/m3, PM10)"));
        QCOMPARE(d.at(3).after, QStringLiteral("timeRecorded (datetime); pm10 (number, mg/m3, PM10)"));
    }

    void emptyAndMissingReadTheSame()
    {
        DatasetRecord a = fixtures::record(QStringLiteral("Athens air"));
        a.keywords.clear();
        a.assets.clear();
        DatasetRecord b = a;
        b.assets = {};
        QVERIFY(RecordDiff::between(a, b).isEmpty());
        b.assets = {AssetInfo{QStringLiteral("report"), QStringLiteral("validation-report.json"), {}, QStringLiteral("ab"), 2}};
        const QList<RecordDiff::Change> d = RecordDiff::between(a, b);
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("assets")});
        QCOMPARE(d.first().before, QString());
        QCOMPARE(d.first().after, QStringLiteral("report: validation-report.json"));
    }

    void betweenStoredVersions()
    {
        QTemporaryDir dir;
        Result<Catalog> c = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(c.ok());
        Result<DatasetRecord> v1 = c->insert(fixtures::record(QStringLiteral("Sofia air")));
        QVERIFY(v1.ok());
        DatasetRecord next = *v1;
        next.description = QStringLiteral("Now with NO2");
        next.sha256 = QString(64, QLatin1Char('b'));
        Result<DatasetRecord> v2 = c->addVersion(v1->id, next);
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        Result<QList<DatasetRecord>> versions = c->versions(v2->id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        const QList<RecordDiff::Change> d = RecordDiff::between(versions->at(0), versions->at(1));
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("description"), QStringLiteral("sha256")}));
    }
};

QTEST_GUILESS_MAIN(TestRecordDiff)
#include "test_recorddiff.moc"
