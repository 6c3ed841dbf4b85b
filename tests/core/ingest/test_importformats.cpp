// ImportJob per input format: CSV, JSON, NDJSON, GeoJSON, zipped Shapefile and GeoTIFF go into a
// Workspace and what was stored is opened again with GDAL.
#include "importfixture.h"

using namespace urbis;
using namespace importtest;

class TestImportFormats : public QObject, protected ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { gdal::ensureRegistered(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }


    void csvWithLatLonBecomesPointGeoPackage()
    {
        const AirTable t = airTable(240, 7);
        const QString path = writeFile(file(QStringLiteral("athens-air.csv")), t.csv);
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) {
            r.metadata.city = QStringLiteral("Athens");
            r.metadata.domain = QStringLiteral("air");
        });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        QVERIFY2(out->record.validation != DatasetRecord::Validation::Invalid, qPrintable(QJsonDocument(out->report.toJson()).toJson()));
        QVERIFY(!out->schemaSampled);

        // What the catalog holds, read back rather than trusted from the outcome.
        Result<DatasetRecord> got = m_ws->catalog().get(out->record.id);
        QVERIFY(got.ok());
        const DatasetRecord &r = *got;
        QCOMPARE(r.title, QStringLiteral("athens-air")); // the file name when no title is given
        QCOMPARE(r.city, QStringLiteral("Athens"));
        QCOMPARE(r.domain, QStringLiteral("air"));
        QCOMPARE(r.format, QStringLiteral("CSV"));
        QCOMPARE(r.mediaType, QStringLiteral("application/geopackage+sqlite3"));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        QCOMPARE(r.featureCount, qint64(t.rows));
        QVERIFY(r.bbox.isValid());
        QVERIFY(std::abs(r.bbox.west - t.west) < 1e-7);
        QVERIFY(std::abs(r.bbox.east - t.east) < 1e-7);
        QVERIFY(std::abs(r.bbox.south - t.south) < 1e-7);
        QVERIFY(std::abs(r.bbox.north - t.north) < 1e-7);
        QVERIFY(!r.footprint.isEmpty());
        QCOMPARE(r.timeStart, t.first);
        QVERIFY2(r.timeEnd >= t.last && r.timeEnd < t.last.addSecs(1), qPrintable(r.timeEnd.toString(Qt::ISODateWithMs)));
        QStringList fields;
        for (const FieldInfo &f : r.fields)
            fields << f.name + u':' + f.type;
        QCOMPARE(fields, QStringList({"id:integer", "station:string", "lat:number", "lon:number", "pm10:number", "measured:datetime"}));
        checkAssets(r, path);

        // The report asset is the Frictionless report of this very file.
        const QJsonObject rep = reportOf(r);
        QVERIFY(rep.value(QStringLiteral("valid")).isBool());
        QVERIFY(rep.value(QStringLiteral("errors")).isArray());
        const QJsonObject stats = rep.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("rows")).toInteger(), t.rows);
        QCOMPARE(stats.value(QStringLiteral("fields")).toInt(), 6);
        QCOMPARE(stats.value(QStringLiteral("bytes")).toInteger(), t.csv.size());
        QCOMPARE(stats.value(QStringLiteral("sha256")).toString(), sha256Of(t.csv));
        QCOMPARE(stats.value(QStringLiteral("errors")).toInt(), int(rep.value(QStringLiteral("errors")).toArray().size()));
        QCOMPARE(rep.value(QStringLiteral("valid")).toBool(), rep.value(QStringLiteral("errors")).toArray().isEmpty());
        // Clean data: no errors; missing units or CRS are notices only.
        QVERIFY(rep.value(QStringLiteral("errors")).toArray().isEmpty());
        for (const QJsonValue &n : rep.value(QStringLiteral("notices")).toArray()) {
            const QString type = n.toObject().value(QStringLiteral("type")).toString();
            QVERIFY2(type == u"crs-missing" || type == u"unit-missing", qPrintable(type));
        }

        // The GeoPackage itself.
        const QString gpkg = copyOut(r.sha256, QStringLiteral("air.gpkg"));
        QVERIFY(!gpkg.isEmpty());
        GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        auto closeDs = qScopeGuard([&] { GDALClose(ds); });
        QCOMPARE(GDALDatasetGetLayerCount(ds), 1);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), qint64(t.rows));
        QCOMPARE(wkbFlatten(OGR_L_GetGeomType(layer)), wkbPoint);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        auto typeOf = [&](const char *name) {
            const int i = OGR_FD_GetFieldIndex(defn, name);
            return i < 0 ? OGRFieldType(-1) : OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i));
        };
        QCOMPARE(typeOf("id"), OFTInteger64);
        QCOMPARE(typeOf("station"), OFTString);
        QCOMPARE(typeOf("lat"), OFTReal);
        QCOMPARE(typeOf("pm10"), OFTReal);
        QCOMPARE(typeOf("measured"), OFTDateTime);
        // Row 17 (id 17) sits where its lat/lon say, and carries its own values.
        QCOMPARE(OGR_L_SetAttributeFilter(layer, "id = 17"), OGRERR_NONE);
        OGRFeatureH f = OGR_L_GetNextFeature(layer);
        QVERIFY(f);
        auto destroyF = qScopeGuard([&] { OGR_F_Destroy(f); });
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        QVERIFY(g);
        QVERIFY(std::abs(OGR_G_GetX(g, 0) - t.lon.at(16)) < 1e-9);
        QVERIFY(std::abs(OGR_G_GetY(g, 0) - t.lat.at(16)) < 1e-9);
        QVERIFY(std::abs(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(defn, "pm10")) - t.pm10.at(16)) < 1e-9);
        // The spatial index exists as the R*Tree table GeoPackage readers look for.
        const QByteArray rtree = QByteArray("rtree_") + OGR_L_GetName(layer) + '_' + OGR_L_GetGeometryColumn(layer);
        const QByteArray sql = "SELECT count(*) FROM sqlite_master WHERE name = '" + rtree + "'";
        OGRLayerH res = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, nullptr);
        QVERIFY(res);
        OGRFeatureH rf = OGR_L_GetNextFeature(res);
        QVERIFY(rf);
        const int tables = OGR_F_GetFieldAsInteger(rf, 0);
        OGR_F_Destroy(rf);
        GDALDatasetReleaseResultSet(ds, res);
        QVERIFY2(tables == 1, rtree.constData());
        QVERIFY(OGR_L_TestCapability(layer, OLCFastSpatialFilter));
    }

    void geoJson()
    {
        const QList<Pt> pts{{23.70, 37.95}, {23.72, 37.99}, {23.75, 37.97}, {23.69, 38.01}, {23.74, 37.93}};
        const QString path = file(QStringLiteral("sites.geojson"));
        QVERIFY(makePoints("GeoJSON", path, 4326, pts));
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, QStringLiteral("GeoJSON"));
        QCOMPARE(r.featureCount, qint64(pts.size()));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        const Extent want = wgs84Box(4326, pts);
        QVERIFY(std::abs(r.bbox.west - want.west) < 1e-7 && std::abs(r.bbox.north - want.north) < 1e-7);
        QVERIFY(std::abs(r.bbox.east - want.east) < 1e-7 && std::abs(r.bbox.south - want.south) < 1e-7);
        checkAssets(r, path);
        QCOMPARE(assetOf(r, "source")->mediaType, QStringLiteral("application/geo+json"));
        const QString gpkg = copyOut(r.sha256, QStringLiteral("sites.gpkg"));
        GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        const qint64 n = OGR_L_GetFeatureCount(layer, TRUE);
        const OGRwkbGeometryType type = wkbFlatten(OGR_L_GetGeomType(layer));
        GDALClose(ds);
        QCOMPARE(n, qint64(pts.size()));
        QCOMPARE(type, wkbPoint);
    }

    void zippedShapefileInUtm()
    {
        // UTM 34N points (western Greece): the record's box must be in degrees, the data kept in UTM.
        const QList<Pt> pts{{480000, 4200000}, {482500, 4203000}, {478000, 4199000}, {481000, 4205500}};
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("shp"))));
        const QString shp = m_dir->filePath(QStringLiteral("shp/sites.shp"));
        QVERIFY(makePoints("ESRI Shapefile", shp, 32634, pts));
        const QString zip = file(QStringLiteral("sites.zip"));
        QVERIFY(zipFiles(zip, shapefileParts(shp)));
        Result<ImportOutcome> out = import(zip);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, QStringLiteral("Shapefile"));
        QCOMPARE(r.featureCount, qint64(pts.size()));
        QCOMPARE(r.crs, QStringLiteral("EPSG:32634"));
        // The box of the UTM envelope's corners (a projected box is not a box in degrees), which
        // holds every point.
        const Extent want = wgs84Box(32634, {{478000, 4199000}, {482500, 4199000}, {478000, 4205500}, {482500, 4205500}});
        const Extent points = wgs84Box(32634, pts);
        QVERIFY2(std::abs(r.bbox.west - want.west) < 1e-5 && std::abs(r.bbox.east - want.east) < 1e-5
                     && std::abs(r.bbox.south - want.south) < 1e-5 && std::abs(r.bbox.north - want.north) < 1e-5,
                 qPrintable(QStringLiteral("got %1,%2,%3,%4 want %5,%6,%7,%8")
                                .arg(r.bbox.west).arg(r.bbox.south).arg(r.bbox.east).arg(r.bbox.north)
                                .arg(want.west).arg(want.south).arg(want.east).arg(want.north)));
        QVERIFY(r.bbox.west <= points.west && r.bbox.east >= points.east && r.bbox.south <= points.south
                && r.bbox.north >= points.north);
        checkAssets(r, zip);
        QStringList names;
        for (const FieldInfo &f : r.fields)
            names << f.name;
        QCOMPARE(names, QStringList({"name", "value"}));
    }

    void geoTiffBecomesTiledWithOverviews()
    {
        const QString path = file(QStringLiteral("dem.tif"));
        constexpr int W = 600, H = 400;
        const double gt[6] = {500000, 30, 0, 4200000, 0, -30};
        {
            GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), W, H, 1, GDT_Float32, nullptr);
            QVERIFY(ds);
            GDALSetGeoTransform(ds, const_cast<double *>(gt));
            OGRSpatialReferenceH srs = srsOf(32634);
            GDALSetSpatialRef(ds, srs);
            OSRDestroySpatialReference(srs);
            std::vector<float> px(size_t(W) * H);
            for (int y = 0; y < H; ++y)
                for (int x = 0; x < W; ++x)
                    px[size_t(y) * W + x] = float(x * 0.5 + y * 2.0);
            const CPLErr e = GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, W, H, px.data(), W, H, GDT_Float32, 0, 0);
            GDALClose(ds);
            QCOMPARE(e, CE_None);
        }
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.mediaType, QStringLiteral("image/tiff; application=geotiff"));
        QCOMPARE(r.crs, QStringLiteral("EPSG:32634"));
        QCOMPARE(r.featureCount, qint64(W) * H);
        const Extent want = wgs84Box(32634, {{gt[0], gt[3]}, {gt[0] + W * gt[1], gt[3]}, {gt[0], gt[3] + H * gt[5]},
                                             {gt[0] + W * gt[1], gt[3] + H * gt[5]}});
        QVERIFY2(std::abs(r.bbox.west - want.west) < 1e-3 && std::abs(r.bbox.east - want.east) < 1e-3
                     && std::abs(r.bbox.south - want.south) < 1e-3 && std::abs(r.bbox.north - want.north) < 1e-3,
                 qPrintable(QStringLiteral("%1,%2,%3,%4").arg(r.bbox.west).arg(r.bbox.south).arg(r.bbox.east).arg(r.bbox.north)));
        checkAssets(r, path);

        const QString tif = copyOut(r.sha256, QStringLiteral("dem.tif"));
        GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(ds);
        auto closeDs = qScopeGuard([&] { GDALClose(ds); });
        QCOMPARE(GDALGetRasterXSize(ds), W);
        QCOMPARE(GDALGetRasterYSize(ds), H);
        GDALRasterBandH band = GDALGetRasterBand(ds, 1);
        QVERIFY(GDALGetOverviewCount(band) > 0);
        int bx = 0, by = 0;
        GDALGetBlockSize(band, &bx, &by);
        QCOMPARE(bx, 256);
        QCOMPARE(by, 256);
        QCOMPARE(GDALGetRasterDataType(band), GDT_Float32);
        double stored[6] = {};
        QCOMPARE(GDALGetGeoTransform(ds, stored), CE_None);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(stored[i], gt[i]);
        // Pixels survive the conversion (DEFLATE is lossless).
        std::vector<float> row(W);
        QCOMPARE(GDALRasterIO(band, GF_Read, 0, 321, W, 1, row.data(), W, 1, GDT_Float32, 0, 0), CE_None);
        for (int x = 0; x < W; x += 37)
            QCOMPARE(row[size_t(x)], float(x * 0.5 + 321 * 2.0));
    }

    void jsonArrayAndNdjson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("json array") << QStringLiteral("readings.json") << QStringLiteral("JSON");
        QTest::newRow("ndjson") << QStringLiteral("readings.ndjson") << QStringLiteral("NDJSON");
    }
    void jsonArrayAndNdjson()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        const AirTable t = airTable(30, 11);
        QList<QJsonObject> objs;
        for (int i = 0; i < t.rows; ++i)
            objs << QJsonObject{{QStringLiteral("id"), i + 1},
                                {QStringLiteral("lat"), t.lat.at(i)},
                                {QStringLiteral("lon"), t.lon.at(i)},
                                {QStringLiteral("pm10"), t.pm10.at(i)}};
        QByteArray bytes;
        if (format == u"JSON") {
            QJsonArray a;
            for (const QJsonObject &o : objs)
                a.append(o);
            bytes = QJsonDocument(a).toJson();
        } else {
            for (const QJsonObject &o : objs)
                bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        const QString path = writeFile(file(name), bytes);
        Result<ImportOutcome> out = import(path);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QVERIFY2(out->status == ImportOutcome::Status::Imported, qPrintable(QJsonDocument(out->report.toJson()).toJson()));
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.format, format);
        QCOMPARE(r.featureCount, qint64(t.rows));
        QCOMPARE(r.crs, QStringLiteral("EPSG:4326"));
        QVERIFY(std::abs(r.bbox.west - t.west) < 1e-7 && std::abs(r.bbox.north - t.north) < 1e-7);
        checkAssets(r, path);
        QStringList fields;
        for (const FieldInfo &f : r.fields)
            fields << f.name + u':' + f.type;
        QCOMPARE(fields, QStringList({"id:integer", "lat:number", "lon:number", "pm10:number"}));
    }

};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "test_importformats.moc"
