#include "catalog/assetexport.h"
#include "catalog/datasetassets.h"
#include "catalog/reportreader.h"
#include "catalogfixtures.h"
#include "storage/localobjectstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
DatasetRecord withAssets(const QString &dataMediaType)
{
    DatasetRecord r = fixtures::record(QStringLiteral("Athens air"));
    r.mediaType = dataMediaType;
    r.assets = {AssetInfo{QStringLiteral("data"), QStringLiteral("air.gpkg"), dataMediaType, r.sha256, 10},
                AssetInfo{QStringLiteral("source"), QStringLiteral("air.csv"), QStringLiteral("text/csv"), QString(64, QLatin1Char('c')), 5}};
    return r;
}
} // namespace

class TestDatasetAssets : public QObject
{
    Q_OBJECT
private slots:
    void findByRole()
    {
        const DatasetRecord r = withAssets(DatasetAssets::geoPackageMediaType());
        QCOMPARE(DatasetAssets::find(r, QStringLiteral("source"))->name, QStringLiteral("air.csv"));
        QVERIFY(!DatasetAssets::find(r, QStringLiteral("report")));
        // A record from before assets existed still has its data.
        DatasetRecord old = fixtures::record(QStringLiteral("Old"));
        const std::optional<AssetInfo> data = DatasetAssets::find(old, QStringLiteral("data"));
        QVERIFY(data);
        QCOMPARE(data->sha256, old.sha256);
    }

    void tableOnlyForGeoPackages()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.filePath(QStringLiteral("objects")));
        const DatasetRecord raster = withAssets(QStringLiteral("image/tiff; application=geotiff"));
        QVERIFY(!DatasetAssets::hasTable(raster));
        Result<QString> p = DatasetAssets::tablePath(raster, store);
        QCOMPARE(p.error().code, Error::Code::Unsupported);
        QVERIFY2(p.error().message.contains(QLatin1String("raster")), qPrintable(p.error().message));

        DatasetRecord table = withAssets(DatasetAssets::geoPackageMediaType());
        QVERIFY(DatasetAssets::hasTable(table));
        QCOMPARE(DatasetAssets::tablePath(table, store).error().code, Error::Code::NotFound);
        Result<ObjectInfo> blob = store.putData("not really a geopackage");
        QVERIFY(blob.ok());
        table.assets[0].sha256 = blob->sha256;
        Result<QString> path = DatasetAssets::tablePath(table, store);
        QVERIFY(path.ok());
        QCOMPARE(*path, store.pathFor(blob->sha256));
    }

    void exportNames()
    {
        DatasetRecord r = withAssets(DatasetAssets::geoPackageMediaType());
        QCOMPARE(DatasetAssets::exportFileName(r, r.assets.at(1)), QStringLiteral("air.csv"));
        AssetInfo unnamed = r.assets.at(0);
        unnamed.name.clear();
        r.title = QStringLiteral("Athens: air / 2023");
        QCOMPARE(DatasetAssets::exportFileName(r, unnamed), QStringLiteral("Athens_air_2023.gpkg"));
    }

    void exportTask()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<LocalObjectStore>(dir.filePath(QStringLiteral("objects")));
        Result<ObjectInfo> blob = store->putData("station,pm10\nATH-01,12.5\n");
        QVERIFY(blob.ok());
        const AssetInfo asset{QStringLiteral("source"), QStringLiteral("air.csv"), QStringLiteral("text/csv"), blob->sha256, blob->size};
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        std::unique_ptr<Task> task(AssetExport::makeTask(store, asset, path));
        QVERIFY(task->description().contains(QLatin1String("air.csv")));
        task->execute(); // what the TaskManager does on a pool thread
        QCOMPARE(task->state(), Task::State::Succeeded);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("station,pm10\nATH-01,12.5\n"));

        // Cancelled before it ran: no file at all.
        const QString never = dir.filePath(QStringLiteral("never.csv"));
        std::unique_ptr<Task> cancelled(AssetExport::makeTask(store, asset, never));
        cancelled->cancel();
        cancelled->execute();
        QCOMPARE(cancelled->state(), Task::State::Cancelled);
        QVERIFY(!QFile::exists(never));

        AssetInfo missing = asset;
        missing.sha256 = QString(64, QLatin1Char('0'));
        std::unique_ptr<Task> failed(AssetExport::makeTask(store, missing, dir.filePath(QStringLiteral("x"))));
        failed->execute();
        QCOMPARE(failed->state(), Task::State::Failed);
    }

    void reportRoundTrip()
    {
        ValidationReport in;
        in.rows = 12;
        in.fields = 3;
        in.bytes = 345;
        in.sha256 = QStringLiteral("abc");
        in.warnings = {QStringLiteral("reached error limit: 1")};
        ValidationError e;
        e.type = QStringLiteral("type-error");
        e.rowNumber = 4;
        e.fieldNumber = 2;
        e.fieldName = QStringLiteral("pm10");
        e.cell = QStringLiteral("n/a");
        e.message = QStringLiteral("bad number");
        in.errors << e;
        ValidationError n;
        n.type = QStringLiteral("crs-missing");
        n.message = QStringLiteral("no CRS");
        in.notices << n;

        Result<ValidationReport> out = ReportReader::fromJson(QJsonDocument(in.toJson()).toJson());
        QVERIFY(out.ok());
        QCOMPARE(out->toJson(), in.toJson());
        QCOMPARE(out->errors.first().rowNumber, std::optional<qint64>(4));
        QVERIFY(!out->notices.first().rowNumber);

        QCOMPARE(ReportReader::fromJson("{broken").error().code, Error::Code::InvalidData);
    }

    void reportFromStore()
    {
        QTemporaryDir dir;
        LocalObjectStore store(dir.filePath(QStringLiteral("objects")));
        DatasetRecord r = withAssets(DatasetAssets::geoPackageMediaType());
        QCOMPARE(ReportReader::load(r, store).error().code, Error::Code::NotFound);
        ValidationReport report;
        report.rows = 7;
        Result<ObjectInfo> blob = store.putData(QJsonDocument(report.toJson()).toJson());
        QVERIFY(blob.ok());
        r.assets << AssetInfo{QStringLiteral("report"), QStringLiteral("validation-report.json"), QStringLiteral("application/json"),
                              blob->sha256, blob->size};
        Result<ValidationReport> loaded = ReportReader::load(r, store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->rows, 7);
        QVERIFY(loaded->valid());
    }
};

QTEST_GUILESS_MAIN(TestDatasetAssets)
#include "test_datasetassets.moc"
