// Impact analysis on a hand-made fixture: a 10 x 10 grid of 10 m cells in UTM 34N whose fire
// front moves one column per step (row 9 never burns), buildings at known cells, two roads of
// known length, three districts of known population and overlap. Exact expected counts, lengths
// and people per step; the same fixture stored in EPSG:4326 gives the same answers.

#include "geo/gdalsession.h"
#include "sim/impactanalysis.h"
#include "sim/impactgeometry.h"
#include "sim/impacttable.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <numbers>

using namespace urbis;

namespace {

constexpr double kX0 = 500000, kY0 = 4200000, kCell = 10;
const double kSqrt2 = std::sqrt(2.0);

/** "x y" in UTM metres of pixel position (col, row). */
QString px(double c, double r)
{
    return QStringLiteral("%1 %2").arg(kX0 + kCell * c, 0, 'f', 6).arg(kY0 - kCell * r, 0, 'f', 6);
}

struct Feature
{
    QString wkt; ///< in EPSG:32634
    QVariantList values;
};

/** Writes a GeoPackage layer; geometries are transformed from UTM 34N when `epsg` differs. */
bool writeLayer(const QString &path, int epsg, OGRwkbGeometryType type,
                const QList<QPair<QByteArray, OGRFieldType>> &fields, const QList<Feature> &features)
{
    gdal::ensureRegistered();
    GDALDatasetH ds =
        GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH utm = OSRNewSpatialReference(nullptr), srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(utm, 32634);
    OSRImportFromEPSG(srs, epsg);
    OSRSetAxisMappingStrategy(utm, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = epsg == 32634 ? nullptr : OCTNewCoordinateTransformation(utm, srs);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "fixture", srs, type, nullptr);
    bool ok = layer != nullptr;
    for (const auto &[name, fieldType] : fields) {
        OGRFieldDefnH d = OGR_Fld_Create(name.constData(), fieldType);
        ok = ok && OGR_L_CreateField(layer, d, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(d);
    }
    ok = ok && GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE;
    for (const Feature &f : features) {
        if (!ok)
            break;
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGRGeometryH g = nullptr;
        QByteArray wkt = f.wkt.toUtf8();
        char *text = wkt.data();
        ok = OGR_G_CreateFromWkt(&text, utm, &g) == OGRERR_NONE &&
             (!ct || OGR_G_Transform(g, ct) == OGRERR_NONE);
        OGR_F_SetGeometryDirectly(feature, g);
        for (int i = 0; i < f.values.size(); ++i) {
            if (!f.values[i].isValid())
                OGR_F_SetFieldNull(feature, i);
            else if (fields[i].second == OFTReal)
                OGR_F_SetFieldDouble(feature, i, f.values[i].toDouble());
            else
                OGR_F_SetFieldString(feature, i, f.values[i].toString().toUtf8().constData());
        }
        ok = ok && OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    ok = ok && GDALDatasetCommitTransaction(ds) == OGRERR_NONE;
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(utm);
    OSRDestroySpatialReference(srs);
    GDALClose(ds);
    return ok;
}

QString square(double c0, double r0, double c1, double r1)
{
    return QStringLiteral("(%1, %2, %3, %4, %1)").arg(px(c0, r0), px(c1, r0), px(c1, r1), px(c0, r1));
}

/** The three layers in `dir`, stored in `epsg`; returns the spec over the UTM grid. */
ImpactSpec fixture(const QString &dir, int epsg)
{
    const QString b = dir + QStringLiteral("/buildings.gpkg"), r = dir + QStringLiteral("/roads.gpkg"),
                  d = dir + QStringLiteral("/districts.gpkg");
    auto point = [](double c, double rr) { return QStringLiteral("POINT (%1)").arg(px(c, rr)); };
    const bool ok =
        writeLayer(b, epsg, wkbUnknown, {{"use", OFTString}},
                   {{point(0.5, 0.5), {QStringLiteral("residential")}},
                    {point(1.5, 5.5), {QStringLiteral("residential")}},
                    {point(2.5, 2.5), {QStringLiteral("school")}},
                    {QStringLiteral("POLYGON (%1)").arg(square(3.2, 1.2, 3.8, 1.8)),
                     {QStringLiteral("residential")}},
                    {point(0.5, 9.5), {QStringLiteral("hospital")}}, // row 9 never burns
                    {point(5.5, 5.5), {QVariant()}},
                    {point(12.5, 3.5), {QStringLiteral("school")}}}) && // outside the grid
        writeLayer(
            r, epsg, wkbLineString, {{"name", OFTString}},
            {{QStringLiteral("LINESTRING (%1, %2)").arg(px(-1, 4.5), px(11, 4.5)), {QStringLiteral("A")}},
             {QStringLiteral("LINESTRING (%1, %2, %3)").arg(px(0, 0), px(5, 5), px(10, 10)),
              {QStringLiteral("B")}}}) &&
        writeLayer(
            d, epsg, wkbPolygon, {{"name", OFTString}, {"pop", OFTReal}},
            {{QStringLiteral("POLYGON (%1, %2)").arg(square(0, 0, 5, 10), square(1, 3, 2, 4)),
              {QStringLiteral("North"), 1000.0}},
             {QStringLiteral("POLYGON (%1)").arg(square(5, 2, 15, 6)), {QStringLiteral("East"), 800.0}},
             {QStringLiteral("POLYGON ((%1, %2, %3, %1))").arg(px(0, 0), px(4, 0), px(0, 4)),
              {QStringLiteral("Triangle"), 400.0}}});
    if (!ok)
        qWarning("fixture not written");
    ImpactSpec spec;
    spec.grid = {10, 10, {kX0, kCell, 0, kY0, 0, -kCell}, QStringLiteral("EPSG:32634")};
    spec.layers = {{ImpactLayer::Kind::Assets, b, {}, {}, QStringLiteral("use"), {}},
                   {ImpactLayer::Kind::Roads, r, {}, {}, {}, {}},
                   {ImpactLayer::Kind::Population, d, {}, {}, QStringLiteral("name"), QStringLiteral("pop")}};
    spec.start = QDateTime(QDate(2024, 7, 1), QTime(12, 0), Qt::UTC);
    spec.stepSeconds = 60;
    return spec;
}

/** Fire front: column c burns at step c, row 9 never. */
IntGrid arrivalGrid()
{
    IntGrid g(10, 10, -1);
    for (int r = 0; r < 9; ++r)
        for (int c = 0; c < 10; ++c)
            g.at(c, r) = c;
    return g;
}

QMap<QString, double> expectedAt(int s)
{
    auto count = [s](std::initializer_list<int> steps) {
        return double(std::count_if(steps.begin(), steps.end(), [s](int k) { return k <= s; }));
    };
    const double x = std::min(s + 1, 4); // the triangle burns where x < s + 1
    return {{QStringLiteral("buildings/"), count({0, 1, 2, 3, 5})},
            {QStringLiteral("buildings/residential"), count({0, 1, 3})},
            {QStringLiteral("buildings/school"), count({2})},
            {QStringLiteral("buildings/hospital"), 0},
            {QStringLiteral("buildings/(no value)"), count({5})},
            {QStringLiteral("roads/"), 10.0 * (std::min(s, 9) + 1) + 10 * kSqrt2 * (std::min(s, 8) + 1)},
            {QStringLiteral("people/North"), 1000.0 * (9 * (std::min(s, 4) + 1) - 1) / 49},
            {QStringLiteral("people/East"), 800.0 * 4 * std::max(0, std::min(s, 9) - 4) / 40},
            {QStringLiteral("people/Triangle"), 400.0 * (4 * x - x * x / 2) / 8}};
}

QMap<QString, double> byKey(const QList<ImpactRecord> &records, int step)
{
    QMap<QString, double> out;
    for (const ImpactRecord &r : records)
        if (r.step == step)
            out.insert(r.metric + QLatin1Char('/') + r.category, r.value);
    return out;
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

} // namespace

class TestImpactAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void geometryPiecesAddUp()
    {
        double length = 0;
        ImpactGeometry::segmentCells(
            {0.25, 0.5}, {3.75, 2.5}, 10, 10, [&](int c, int r, QPointF a, QPointF b) {
                const QPointF mid = (a + b) / 2;
                QVERIFY(mid.x() >= c && mid.x() <= c + 1 && mid.y() >= r && mid.y() <= r + 1);
                length += std::hypot(b.x() - a.x(), b.y() - a.y());
            });
        QVERIFY(near(length, std::hypot(3.5, 2.0)));
        // An L-shaped (concave) ring, partly outside a 3 x 3 grid: 3 x 1 + 1 x 3 - overlap 1 = 5,
        // inside: 4.5.
        const QPolygonF l{{0.5, 0}, {4, 0}, {4, 1}, {1.5, 1}, {1.5, 3}, {0.5, 3}};
        double area = 0;
        ImpactGeometry::ringCells(l, 3, 3, [&](int, int, const QPolygonF &piece) {
            const double a = std::fabs(ImpactGeometry::signedArea(piece));
            QVERIFY(a <= 1 + 1e-12);
            area += a;
        });
        QVERIFY(near(std::fabs(ImpactGeometry::signedArea(l)), 5.5));
        QVERIFY(near(area, 4.5));
    }

    void wildfireStepsOnUtmFixture()
    {
        QTemporaryDir dir;
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(fixture(dir.path(), 32634));
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QCOMPARE(a->metrics().size(), 1 + 4 + 1 + 1 + 3);
        const Result<QList<ImpactRecord>> r = a->evaluateArrival(arrivalGrid(), 10);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 10 * 10);
        for (int s = 1; s <= 10; ++s) {
            const QMap<QString, double> got = byKey(*r, s), want = expectedAt(s);
            for (auto it = want.cbegin(); it != want.cend(); ++it)
                QVERIFY2(near(got.value(it.key(), -1), it.value()),
                         qPrintable(QStringLiteral("step %1 %2: %3 != %4")
                                        .arg(s)
                                        .arg(it.key())
                                        .arg(got.value(it.key(), -1))
                                        .arg(it.value())));
            QVERIFY(near(got.value(QStringLiteral("people/")),
                         want.value(QStringLiteral("people/North")) +
                             want.value(QStringLiteral("people/East")) +
                             want.value(QStringLiteral("people/Triangle"))));
        }
        const ImpactRecord &first = r->first();
        QCOMPARE(first.step, 1);
        QCOMPARE(first.time, QDateTime(QDate(2024, 7, 1), QTime(12, 1), Qt::UTC));
        QCOMPARE(first.unit, QStringLiteral("count"));
        // Exposure: everything inside the grid (the East district only half).
        for (const ImpactAnalysis::Metric &m : a->metrics())
            if (m.metric == QLatin1String("roads"))
                QVERIFY(near(m.exposed, 100 + 100 * kSqrt2));
            else if (m.category == QLatin1String("East"))
                QVERIFY(near(m.exposed, 400));
    }

    void floodFramesAndMasks()
    {
        QTemporaryDir dir;
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(fixture(dir.path(), 32634));
        QVERIFY(a.ok());
        FloatGrid depth(10, 10, 0.0f);
        ByteGrid mask(10, 10, 0);
        for (int r = 0; r < 10; ++r)
            for (int c = 0; c < 6; ++c) {
                depth.at(c, r) = c < 3 ? 0.05f : 0.2f;
                mask.at(c, r) = c >= 3;
            }
        const Result<QList<ImpactRecord>> flood = a->evaluateDepth(7, depth);
        QVERIFY(flood.ok());
        const QMap<QString, double> got = byKey(*flood, 7);
        QCOMPARE(got.value(QStringLiteral("buildings/")), 2.0);
        QVERIFY(near(got.value(QStringLiteral("roads/")), 30 + 30 * kSqrt2));
        QVERIFY(near(got.value(QStringLiteral("people/North")), 1000.0 * 20 / 49));
        QVERIFY(near(got.value(QStringLiteral("people/East")), 80));
        QVERIFY(near(got.value(QStringLiteral("people/Triangle")), 25));
        QCOMPARE(byKey(*a->evaluateMask(7, mask), 7), got);
        QCOMPARE(byKey(*a->evaluateDepth(7, depth, 0.04), 7).value(QStringLiteral("buildings/")), 6.0);
        QCOMPARE(a->evaluateDepth(7, depth, 0).error().code, Error::Code::InvalidArgument);
        QCOMPARE(a->evaluateDepth(7, FloatGrid(9, 10)).error().code, Error::Code::InvalidArgument);
        QCOMPARE(a->evaluateArrival(IntGrid(10, 11), 3).error().code, Error::Code::InvalidArgument);
    }

    void layersInWgs84AreReprojected()
    {
        QTemporaryDir dir;
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(fixture(dir.path(), 4326));
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        const Result<QList<ImpactRecord>> r = a->evaluateArrival(arrivalGrid(), 10);
        QVERIFY(r.ok());
        for (int s = 1; s <= 10; ++s) {
            const QMap<QString, double> got = byKey(*r, s), want = expectedAt(s);
            for (auto it = want.cbegin(); it != want.cend(); ++it)
                QVERIFY2(near(got.value(it.key(), -1), it.value(), 1e-6),
                         qPrintable(QStringLiteral("step %1 %2: %3 != %4")
                                        .arg(s)
                                        .arg(it.key())
                                        .arg(got.value(it.key(), -1))
                                        .arg(it.value())));
        }
    }

    void geographicGridMeasuresMetres()
    {
        QTemporaryDir dir;
        const QString roads = dir.filePath(QStringLiteral("r.gpkg")),
                      districts = dir.filePath(QStringLiteral("d.gpkg"));
        ImpactSpec spec;
        spec.grid = {10, 10, {23.0, 0.001, 0, 38.0, 0, -0.001}, QStringLiteral("EPSG:4326")};
        QVERIFY(writeLayer(roads, 4326, wkbLineString, {}, {}));
        QVERIFY(writeLayer(districts, 4326, wkbPolygon, {{"pop", OFTReal}}, {}));
        // Layers in the grid's own CRS, written with GDAL directly (no transform).
        GDALDatasetH ds = GDALOpenEx(roads.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                     nullptr, nullptr);
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(GDALDatasetGetLayer(ds, 0)));
        OGRGeometryH g = OGR_G_CreateGeometry(wkbLineString);
        OGR_G_AddPoint_2D(g, 23.0005, 38.0);
        OGR_G_AddPoint_2D(g, 23.0005, 37.99);
        OGR_F_SetGeometryDirectly(f, g);
        QCOMPARE(OGR_L_CreateFeature(GDALDatasetGetLayer(ds, 0), f), OGRERR_NONE);
        OGR_F_Destroy(f);
        GDALClose(ds);
        ds = GDALOpenEx(districts.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr,
                        nullptr);
        f = OGR_F_Create(OGR_L_GetLayerDefn(GDALDatasetGetLayer(ds, 0)));
        char wkt[] = "POLYGON ((23 38, 23.01 38, 23.01 37.99, 23 37.99, 23 38))";
        char *text = wkt;
        QCOMPARE(OGR_G_CreateFromWkt(&text, nullptr, &g), OGRERR_NONE);
        OGR_F_SetGeometryDirectly(f, g);
        OGR_F_SetFieldDouble(f, 0, 1000);
        QCOMPARE(OGR_L_CreateFeature(GDALDatasetGetLayer(ds, 0), f), OGRERR_NONE);
        OGR_F_Destroy(f);
        GDALClose(ds);
        spec.layers = {{ImpactLayer::Kind::Roads, roads, {}, {}, {}, {}},
                       {ImpactLayer::Kind::Population, districts, {}, {}, {}, QStringLiteral("pop")}};
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(spec);
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        ByteGrid west(10, 10, 0);
        for (int r = 0; r < 10; ++r)
            for (int c = 0; c < 5; ++c)
                west.at(c, r) = 1;
        const QMap<QString, double> got = byKey(*a->evaluateMask(1, west), 1);
        // Meridian arc of 0.01 degrees at 37.995 N on WGS84: M = a(1-e2) / (1 - e2 sin^2)^1.5.
        const double e2 = 0.00669437999014, phi = 37.995 * std::numbers::pi / 180;
        const double arc = 6378137 * (1 - e2) / std::pow(1 - e2 * std::sin(phi) * std::sin(phi), 1.5) * 0.01 *
                           std::numbers::pi / 180;
        QVERIFY2(near(got.value(QStringLiteral("roads/")), arc, 1e-6),
                 qPrintable(QString::number(got.value(QStringLiteral("roads/")))));
        QVERIFY(near(got.value(QStringLiteral("people/")), 500));
    }

    void progressCancelAndErrors()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("many.gpkg"));
        QList<Feature> points;
        for (int i = 0; i < 20000; ++i)
            points.append(
                {QStringLiteral("POINT (%1)").arg(px((i % 100) / 10.0, (i / 100 % 100) / 10.0)), {}});
        QVERIFY(writeLayer(big, 32634, wkbPoint, {}, points));
        ImpactSpec spec = fixture(dir.path(), 32634);
        spec.layers = {{ImpactLayer::Kind::Assets, big, {}, QStringLiteral("facilities"), {}, {}}};
        Feedback feedback;
        QSignalSpy progress(&feedback, &Feedback::progressChanged);
        QElapsedTimer timer;
        timer.start();
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(spec, &feedback);
        qInfo("prepared 20000 points in %lld ms", timer.elapsed());
        QVERIFY(a.ok());
        QVERIFY(progress.count() > 5);
        QCOMPARE(feedback.progress(), 100.0);
        QCOMPARE(a->metrics().first().metric, QStringLiteral("facilities"));
        QCOMPARE(a->metrics().first().exposed, 20000.0);

        Feedback cancelled;
        cancelled.cancel();
        QCOMPARE(ImpactAnalysis::prepare(spec, &cancelled).error().code, Error::Code::Cancelled);
        spec.layers.first().path = dir.filePath(QStringLiteral("missing.gpkg"));
        QCOMPARE(ImpactAnalysis::prepare(spec).error().code, Error::Code::NotFound);
        spec.layers = {{ImpactLayer::Kind::Population, big, {}, {}, {}, {}}};
        QCOMPARE(ImpactAnalysis::prepare(spec).error().code, Error::Code::InvalidArgument);
        spec.layers = {{ImpactLayer::Kind::Assets, big, {}, {}, QStringLiteral("nope"), {}}};
        QCOMPARE(ImpactAnalysis::prepare(spec).error().code, Error::Code::NotFound);
        spec.grid.crs = QStringLiteral("EPSG:999999");
        QCOMPARE(ImpactAnalysis::prepare(spec).error().code, Error::Code::InvalidArgument);
    }

    void tablesAndKpis()
    {
        QTemporaryDir dir;
        const Result<ImpactAnalysis> a = ImpactAnalysis::prepare(fixture(dir.path(), 32634));
        QVERIFY(a.ok());
        const QList<ImpactRecord> records = *a->evaluateArrival(arrivalGrid(), 2);
        const QByteArray csv = ImpactTable::toCsv(records);
        QVERIFY(csv.startsWith("step,timeSec,time,metric,category,unit,value\r\n"));
        QVERIFY(csv.contains("\r\n1,60,2024-07-01T12:01:00Z,buildings,,count,2\r\n"));
        QCOMPARE(csv.count('\n'), 1 + records.size());
        QCOMPARE(ImpactTable::toJson(records).size(), records.size());
        const QList<KpiResult> kpis = ImpactTable::toKpiResults(records);
        QCOMPARE(kpis.size(), 3);
        QCOMPARE(kpis[0].id, QStringLiteral("buildings"));
        QCOMPARE(kpis[0].dimensions, QStringList{QStringLiteral("category")});
        QCOMPARE(kpis[1].unit, QStringLiteral("m"));
        QCOMPARE(kpis[1].values.size(), 2);
        QCOMPARE(kpis[1].values[1].period, QStringLiteral("2024-07-01T12:02:00Z"));
        QVERIFY(near(*kpis[1].values[1].value, expectedAt(2).value(QStringLiteral("roads/"))));
        ImpactRecord untimed = records.first();
        untimed.time = {};
        QCOMPARE(ImpactTable::periodOf(untimed), QStringLiteral("step 0001"));
    }
};

QTEST_GUILESS_MAIN(TestImpactAnalysis)
#include "test_impactanalysis.moc"
