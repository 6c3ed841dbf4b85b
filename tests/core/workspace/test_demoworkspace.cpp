// DemoWorkspace end to end: every demo dataset goes through ImportJob, so the catalog must hold, for
// each, an opening GeoPackage, the generated source file and a clean validation report.
#include "ingest/metadataextractor.h"
#include "ingest/rasterprobe.h"
#include "workspace/democity.h"
#include "workspace/demoworkspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace urbis;

namespace {

// 8 air-quality tables, energy, traffic, waste, CO2, 3 district boundaries, and the scenarios'
// terrain, fuel map (GeoTIFFs), roads and river (lines) and buildings (points).
constexpr int kDemoDatasets = 19;

std::optional<AssetInfo> asset(const DatasetRecord &r, const QString &role)
{
    for (const AssetInfo &a : r.assets)
        if (a.role == role)
            return a;
    return std::nullopt;
}

QList<DatasetRecord> allRecords(Catalog &catalog)
{
    CatalogQuery q;
    q.limit = 0;
    q.withFacets = false;
    Result<SearchResult> r = catalog.search(q);
    return r ? r->records : QList<DatasetRecord>();
}

bool inside(const Extent &inner, const Extent &outer)
{
    return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north;
}

// title -> sha256 of the source file: what the generator wrote, independent of import timings.
QMap<QString, QString> sourceHashes(Catalog &catalog)
{
    QMap<QString, QString> out;
    for (const DatasetRecord &listed : allRecords(catalog)) {
        Result<DatasetRecord> r = catalog.get(listed.id); // search results leave out fields and assets
        if (r)
            out.insert(r->title, asset(*r, QStringLiteral("source")).value_or(AssetInfo{}).sha256);
    }
    return out;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void importsEveryDatasetWithItsFiles()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        QVERIFY(ws.ok());
        Feedback fb;
        QList<double> progress;
        connect(&fb, &Feedback::progressChanged, this, [&](double p) { progress << p; }, Qt::DirectConnection);
        Result<DemoWorkspace::Summary> s = DemoWorkspace::create(*ws, &fb);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->created.size(), kDemoDatasets);
        QVERIFY(s->existing.isEmpty());
        QCOMPARE(*ws->catalog().count(), kDemoDatasets);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100.0);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        // The generated files were removed once imported; the store holds the only copies.
        QVERIFY(QDir(ws->workDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        QTemporaryDir out;
        for (const QString &id : std::as_const(s->created)) {
            Result<DatasetRecord> r = ws->catalog().get(id);
            QVERIFY(r.ok());
            const QString what = r->title;
            // The scenario inputs: rasters in the grid's UTM zone, and no time (terrain does not change).
            const bool raster = r->mediaType.startsWith(QLatin1String("image/tiff"));
            const bool timeless = r->domain == u"hazard";
            QCOMPARE(r->validation, DatasetRecord::Validation::Valid);
            QCOMPARE(r->crs, raster ? QStringLiteral("EPSG:32634") : QStringLiteral("EPSG:4326"));
            QVERIFY2(r->featureCount > 0, qPrintable(what));
            QVERIFY(!r->fields.isEmpty());
            for (const FieldInfo &f : r->fields)
                QVERIFY2(f.type != u"number" || !f.unit.isEmpty(), qPrintable(what + QLatin1Char(' ') + f.name));

            // Extent and time come from the data, and the data is in its city.
            const DemoCity *city = DemoCity::byName(r->city);
            QVERIFY2(city, qPrintable(r->city));
            QVERIFY2(r->bbox.isValid() && inside(r->bbox, city->area()), qPrintable(what));
            QVERIFY(r->bbox.east > r->bbox.west && r->bbox.north > r->bbox.south);
            if (raster) {
                const std::optional<AssetInfo> data = asset(*r, QStringLiteral("data"));
                QVERIFY2(data && data->sha256 == r->sha256, qPrintable(what));
                QCOMPARE(data->mediaType, QStringLiteral("image/tiff; application=geotiff"));
                Result<RasterInfo> info = RasterProbe::probe(ws->store().pathFor(r->sha256));
                QVERIFY2(info.ok(), qPrintable(what));
                QCOMPARE(info->width, 256);
                QCOMPARE(qint64(info->width) * info->height, r->featureCount);
                QVERIFY(asset(*r, QStringLiteral("source")) && asset(*r, QStringLiteral("report")));
                continue;
            }
            if (timeless) {
                QVERIFY2(!r->timeStart.isValid(), qPrintable(what));
            } else {
                QVERIFY2(r->timeStart.isValid() && r->timeEnd.isValid(), qPrintable(what));
                QVERIFY(r->timeStart <= r->timeEnd);
                QVERIFY(r->timeStart >= QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC));
                QVERIFY(r->timeEnd < QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
            }

            // The data asset is the record's blob and a GeoPackage GDAL opens with the same content.
            const std::optional<AssetInfo> data = asset(*r, QStringLiteral("data"));
            QVERIFY2(data, qPrintable(what));
            QCOMPARE(data->sha256, r->sha256);
            QCOMPARE(data->mediaType, QStringLiteral("application/geopackage+sqlite3"));
            const QString gpkg = out.filePath(id + QStringLiteral(".gpkg"));
            QVERIFY(ws->store().copyTo(data->sha256, gpkg).ok());
            TableSchema schema;
            for (const FieldInfo &f : r->fields) {
                TableField tf;
                tf.name = f.name;
                tf.type = f.type;
                schema.fields << tf;
            }
            DatasetRecord reread;
            Result<void> opened = MetadataExtractor::fromGeoPackage(gpkg, QStringLiteral("data"), schema, {}, reread);
            QVERIFY2(opened.ok(), qPrintable(what + QLatin1Char(' ') + opened.error().toString()));
            QCOMPARE(reread.featureCount, r->featureCount);
            QCOMPARE(reread.bbox, r->bbox);
            QCOMPARE(reread.timeStart, r->timeStart);

            // The generated file is kept as the source, one row or feature per stored feature.
            const std::optional<AssetInfo> source = asset(*r, QStringLiteral("source"));
            QVERIFY2(source, qPrintable(what));
            Result<QByteArray> bytes = ws->store().read(source->sha256);
            QVERIFY(bytes.ok());
            QCOMPARE(bytes->size(), source->byteSize);
            if (r->format == u"CSV")
                QCOMPARE(bytes->count('\n') - 1, r->featureCount);
            else
                QCOMPARE(bytes->count("\"type\": \"Feature\""), r->featureCount);

            // And the validation report says why it is valid: no errors, no notices.
            const std::optional<AssetInfo> report = asset(*r, QStringLiteral("report"));
            QVERIFY2(report, qPrintable(what));
            Result<QByteArray> json = ws->store().read(report->sha256);
            QVERIFY(json.ok());
            const QJsonObject o = QJsonDocument::fromJson(*json).object();
            QVERIFY2(o.value(QStringLiteral("valid")).toBool(), json->constData());
            QVERIFY2(!o.contains(QStringLiteral("notices")), json->constData());
            QCOMPARE(o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("rows")).toInteger(), r->featureCount);
        }
    }

    void airQualityFollowsAnnexB()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        QVERIFY(DemoWorkspace::create(*ws).ok());
        CatalogQuery q;
        q.domains = {QStringLiteral("air")};
        q.limit = 0;
        Result<SearchResult> air = ws->catalog().search(q);
        QVERIFY(air.ok());
        QCOMPARE(air->total, DemoCity::all().size());
        QSet<QString> cities;
        const QStringList annexB{QStringLiteral("source"),    QStringLiteral("cityName"),    QStringLiteral("countrycode"),
                                 QStringLiteral("zipcode"),   QStringLiteral("lat"),         QStringLiteral("lon"),
                                 QStringLiteral("dominentpol"), QStringLiteral("humidity"),  QStringLiteral("co"),
                                 QStringLiteral("no2"),       QStringLiteral("pressure"),    QStringLiteral("pm10"),
                                 QStringLiteral("pm25"),      QStringLiteral("temperature"), QStringLiteral("windspeed"),
                                 QStringLiteral("timeRecorded"), QStringLiteral("station")};
        QList<DatasetRecord> records;
        for (const DatasetRecord &listed : std::as_const(air->records)) // search results leave out fields and assets
            records << *ws->catalog().get(listed.id);
        for (const DatasetRecord &r : std::as_const(records)) {
            cities.insert(r.city);
            QStringList names;
            QHash<QString, QString> units;
            for (const FieldInfo &f : r.fields) {
                names << f.name;
                units.insert(f.name, f.unit);
            }
            QCOMPARE(names, annexB);
            QCOMPARE(units.value(QStringLiteral("pm25")), QStringLiteral("ug/m3"));
            QCOMPARE(units.value(QStringLiteral("co")), QStringLiteral("mg/m3"));
            QCOMPARE(units.value(QStringLiteral("pressure")), QStringLiteral("hPa"));
            QCOMPARE(units.value(QStringLiteral("lat")), QStringLiteral("deg"));
            // Hourly for all of January at each station.
            QCOMPARE(r.timeStart, QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC));
            QCOMPARE(r.timeEnd, QDateTime(QDate(2023, 1, 31), QTime(23, 0), Qt::UTC));
            QCOMPARE(r.featureCount, 3 * 31 * 24);
            QCOMPARE(r.format, QStringLiteral("CSV"));
        }
        QCOMPARE(cities.size(), DemoCity::all().size());

        // NO2 follows the traffic: the morning rush beats the small hours at every station.
        const DatasetRecord athens = *std::find_if(records.cbegin(), records.cend(),
                                                   [](const DatasetRecord &r) { return r.city == u"Athens"; });
        Result<QByteArray> csv = ws->store().read(asset(athens, QStringLiteral("source"))->sha256);
        QVERIFY(csv.ok());
        double rush = 0, night = 0;
        const QList<QByteArray> lines = csv->split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() != annexB.size())
                continue;
            const int hourUtc = cells.at(15).mid(11, 2).toInt(); // Athens is UTC+2 in January
            if (hourUtc == 6)
                rush += cells.at(9).toDouble();
            else if (hourUtc == 1)
                night += cells.at(9).toDouble();
        }
        QVERIFY2(rush > 1.5 * night, qPrintable(QStringLiteral("%1 vs %2").arg(rush).arg(night)));
    }

    void secondRunCreatesNothing()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        const int first = DemoWorkspace::create(*ws)->created.size();
        Result<DemoWorkspace::Summary> again = DemoWorkspace::create(*ws);
        QVERIFY(again.ok());
        QCOMPARE(again->created.size(), 0);
        QCOMPARE(again->existing.size(), first);
        QCOMPARE(*ws->catalog().count(), first);
    }

    // Titles follow the UI language; running the demo again in another language adds nothing.
    void secondRunInAnotherLanguageCreatesNothing()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        const int first = DemoWorkspace::create(*ws)->created.size();
        for (DatasetRecord r : allRecords(ws->catalog())) { // what a German run would have written
            r.title = QStringLiteral("Übersetzt: ") + r.title;
            QVERIFY(ws->catalog().update(r).ok());
        }
        Result<DemoWorkspace::Summary> again = DemoWorkspace::create(*ws);
        QVERIFY(again.ok());
        QCOMPARE(again->created.size(), 0);
        QCOMPARE(*ws->catalog().count(), first);
    }

    // A deleted demo dataset comes back on the next run; the others are left alone.
    void recreatesWhatWasDeleted()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        Result<DemoWorkspace::Summary> first = DemoWorkspace::create(*ws);
        QVERIFY(first.ok());
        const QString gone = first->created.at(3);
        QVERIFY(ws->catalog().remove(gone).ok());
        Result<DemoWorkspace::Summary> again = DemoWorkspace::create(*ws);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again->created.size(), 1);
        QCOMPARE(again->existing.size(), kDemoDatasets - 1);
        QCOMPARE(*ws->catalog().count(), kDemoDatasets);
    }

    // The generated files are the same bytes every time (the GeoPackages and reports are not: GDAL
    // and the report stamp times).
    void deterministicContent()
    {
        QTemporaryDir a, b;
        Result<Workspace> wa = Workspace::open(a.path());
        Result<Workspace> wb = Workspace::open(b.path());
        QVERIFY(DemoWorkspace::create(*wa).ok());
        QVERIFY(DemoWorkspace::create(*wb).ok());
        const QMap<QString, QString> ha = sourceHashes(wa->catalog());
        QCOMPARE(ha.size(), kDemoDatasets);
        QCOMPARE(ha, sourceHashes(wb->catalog()));
        QCOMPARE(QSet<QString>(ha.cbegin(), ha.cend()).size(), kDemoDatasets); // no two files alike
    }

    void cancelStopsAndALaterRunCompletes()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        Feedback fb;
        connect(&fb, &Feedback::progressChanged, this, [&](double p) {
            if (p >= 20)
                fb.cancel();
        }, Qt::DirectConnection);
        Result<DemoWorkspace::Summary> s = DemoWorkspace::create(*ws, &fb);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Cancelled);
        const int partial = int(*ws->catalog().count());
        QVERIFY(partial > 0 && partial < kDemoDatasets);
        QVERIFY(QDir(ws->workDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        Result<DemoWorkspace::Summary> rest = DemoWorkspace::create(*ws);
        QVERIFY2(rest.ok(), qPrintable(rest.error().toString()));
        QCOMPARE(rest->existing.size(), partial);
        QCOMPARE(rest->created.size(), kDemoDatasets - partial);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "test_demoworkspace.moc"
