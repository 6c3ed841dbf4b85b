#include "geo/datasettable.h"
#include "geo/gdalsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace urbis;

namespace {

// `rows` points with an id, a name (null every 10th row), a value and a time; written by GDAL as the
// import's GpkgWriter would, then renamed without suffix like a blob in the object store.
bool makeTable(const QString &path, int rows)
{
    gdal::ensureRegistered();
    const QString tmp = path + QStringLiteral(".gpkg");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), tmp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "air", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    bool ok = layer != nullptr;
    const struct
    {
        const char *name;
        OGRFieldType type;
    } fields[] = {{"id", OFTInteger64}, {"name", OFTString}, {"pm10", OFTReal}, {"measured", OFTDateTime}};
    for (const auto &f : fields) {
        OGRFieldDefnH d = OGR_Fld_Create(f.name, f.type);
        ok = ok && OGR_L_CreateField(layer, d, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(d);
    }
    ok = ok && GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE;
    for (int i = 0; ok && i < rows; ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldInteger64(f, 0, i + 1);
        if (i % 10 != 0)
            OGR_F_SetFieldString(f, 1, QStringLiteral("station %1").arg(i % 4).toUtf8().constData());
        else
            OGR_F_SetFieldNull(f, 1);
        OGR_F_SetFieldDouble(f, 2, 10.5 + i);
        OGR_F_SetFieldDateTimeEx(f, 3, 2023, 1, 1, i / 60 % 24, i % 60, 0, 100);
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(p, 0, 23.7, 37.9 + i / 10000.0);
        OGR_F_SetGeometryDirectly(f, p);
        ok = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
    }
    ok = ok && GDALDatasetCommitTransaction(ds) == OGRERR_NONE;
    GDALClose(ds);
    return ok && QFile::rename(tmp, path);
}

} // namespace

class TestDatasetTable : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("0f1e2d3c"));
        QVERIFY(makeTable(m_path, 2500));
    }

    void columnsAndCount()
    {
        Result<DatasetTable> t = DatasetTable::open(m_path);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QStringList names, types;
        for (const DatasetTable::Column &c : t->columns()) {
            names << c.name;
            types << c.type;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("pm10"), QStringLiteral("measured"),
                                     QStringLiteral("geom")}));
        QCOMPARE(types, (QStringList{QStringLiteral("integer"), QStringLiteral("string"), QStringLiteral("number"),
                                     QStringLiteral("datetime"), QStringLiteral("geometry")}));
        QCOMPARE(t->rowCount(), 2500);
        QVERIFY(!t->atEnd());
    }

    void batches()
    {
        Result<DatasetTable> t = DatasetTable::open(m_path);
        QVERIFY(t.ok());
        Result<QList<DatasetTable::Row>> first = t->readRows(1000);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 1000);
        const DatasetTable::Row &r0 = first->at(0);
        QCOMPARE(r0.size(), 5);
        QCOMPARE(r0.at(0).toLongLong(), 1);
        QVERIFY(!r0.at(1).isValid()); // null stays null, not ""
        QCOMPARE(r0.at(2).toDouble(), 10.5);
        QVERIFY2(r0.at(3).toString().startsWith(QLatin1String("2023-01-01 00:00:00")), qPrintable(r0.at(3).toString()));
        QCOMPARE(r0.at(4).toString(), QStringLiteral("POINT (23.7 37.9)"));
        QCOMPARE(first->at(1).at(1).toString(), QStringLiteral("station 1"));

        Result<QList<DatasetTable::Row>> second = t->readRows(1000);
        QCOMPARE(second->size(), 1000);
        QCOMPARE(second->first().at(0).toLongLong(), 1001);
        Result<QList<DatasetTable::Row>> third = t->readRows(1000);
        QCOMPARE(third->size(), 500);
        QCOMPARE(third->last().at(0).toLongLong(), 2500);
        QVERIFY(t->atEnd());
        QCOMPARE(t->readRows(1000)->size(), 0);
    }

    void cancel()
    {
        Result<DatasetTable> t = DatasetTable::open(m_path);
        QVERIFY(t.ok());
        Feedback feedback;
        feedback.cancel();
        QCOMPARE(t->readRows(10, &feedback).error().code, Error::Code::Cancelled);
    }

    void notAGeoPackage()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name\n1,a\n");
        f.close();
        Result<DatasetTable> t = DatasetTable::open(path);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, Error::Code::Io);
        QVERIFY(!t.error().message.isEmpty());
        QVERIFY(!DatasetTable::open(m_dir.filePath(QStringLiteral("missing"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatasetTable)
#include "test_datasettable.moc"
