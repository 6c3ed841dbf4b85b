// GpkgWriter's spatial index: the R*Tree is bulk loaded from the envelopes collected while writing,
// so these tests check it the way SQLite and GDAL see it afterwards: rtreecheck, row counts, box
// queries against a brute-force scan, GDAL's spatial filter and capability, and that the triggers
// are back (a feature added later by GDAL is indexed).
#include "geo/gdalsession.h"
#include "ingest/gpkgwriter.h"
#include "ingest/rtreebulkload.h"
#include "util/database.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace urbis;

namespace {

struct Box
{
    double minX, maxX, minY, maxY;
    bool intersects(const Box &o) const { return maxX >= o.minX && minX <= o.maxX && maxY >= o.minY && minY <= o.maxY; }
    /** This box grown by float32 precision, the most the R*Tree's outward rounding can add. */
    Box grown() const
    {
        const auto pad = [](double v) { return 1e-5 * std::max(1.0, std::abs(v)); };
        return {minX - pad(minX), maxX + pad(maxX), minY - pad(minY), maxY + pad(maxY)};
    }
};

/** What was written: fid -> envelope of every row with a geometry. */
using Written = QHash<qint64, Box>;

enum class Kind { Points, Rectangles };

/**
 * Writes `rows` random features; every 13th point row has no coordinates (no geometry), so the index
 * must skip it. GDAL numbers the rows of a new table 1, 2, ... which is what the fids here assume
 * (the query comparisons fail if that ever changes).
 */
Written writeLayer(const QString &path, Kind kind, int rows, quint32 seed, bool withGaps, qint64 bulkLimit = -1)
{
    GpkgLayout layout;
    if (bulkLimit >= 0)
        layout.bulkIndexLimit = bulkLimit;
    if (kind == Kind::Points) {
        TableField lat, lon;
        lat.name = QStringLiteral("lat");
        lat.type = QStringLiteral("number");
        lon.name = QStringLiteral("lon");
        lon.type = QStringLiteral("number");
        layout.fields = {lat, lon};
        layout.geometry = GpkgLayout::Geometry::LatLon;
        layout.latField = 0;
        layout.lonField = 1;
    } else {
        TableField wkt;
        wkt.name = QStringLiteral("wkt");
        layout.fields = {wkt};
        layout.geometry = GpkgLayout::Geometry::Wkt;
        layout.wktField = 0;
        layout.geometryType = QStringLiteral("Polygon");
    }
    Result<GpkgWriter> w = GpkgWriter::create(path, layout);
    if (!w)
        qFatal("create: %s", qPrintable(w.error().toString()));
    QRandomGenerator rng(seed);
    Written out;
    for (int i = 0; i < rows; ++i) {
        const double x = rng.generateDouble() * 360 - 180, y = rng.generateDouble() * 180 - 90;
        Result<void> r;
        if (kind == Kind::Points) {
            if (withGaps && i % 13 == 5) {
                r = w->write({QVariant(), QVariant()});
            } else {
                r = w->write({y, x});
                out.insert(i + 1, {x, x, y, y});
            }
        } else {
            const double x1 = x + rng.generateDouble() * 2, y1 = y + rng.generateDouble() * 2;
            const QString wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                    .arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(x1, 0, 'g', 17).arg(y1, 0, 'g', 17);
            r = w->write({wkt});
            out.insert(i + 1, {x, x1, y, y1});
        }
        if (!r)
            qFatal("write: %s", qPrintable(r.error().toString()));
    }
    if (Result<void> f = w->finish(); !f)
        qFatal("finish: %s", qPrintable(f.error().toString()));
    return out;
}

Box randomQuery(QRandomGenerator &rng)
{
    const double w = std::pow(10.0, rng.generateDouble() * 3 - 1.5), h = std::pow(10.0, rng.generateDouble() * 3 - 1.5);
    const double x = rng.generateDouble() * 380 - 190, y = rng.generateDouble() * 200 - 100;
    return {x, x + w, y, y + h};
}

QSet<qint64> rtreeHits(Database &db, const Box &q)
{
    Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM rtree_data_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"));
    if (!s)
        qFatal("prepare: %s", qPrintable(s.error().toString()));
    s->bind(1, q.minX).bind(2, q.maxX).bind(3, q.minY).bind(4, q.maxY);
    QSet<qint64> ids;
    Result<void> r = s->forEachRow([&](const Statement &row) { ids.insert(row.int64(0)); });
    if (!r)
        qFatal("query: %s", qPrintable(r.error().toString()));
    return ids;
}

qint64 count(Database &db, const QString &sql)
{
    Result<QVariant> v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestGpkgWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { gdal::ensureRegistered(); }

    void spatialIndex_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("gaps");
        QTest::addColumn<qint64>("bulkLimit"); // -1: the default; small: the row-by-row path of big files
        // 51 cells fit a node (1228-byte nodes on 4096-byte pages): 50/51/52 straddle the first
        // split, 2,601 = 51² fills two levels exactly.
        for (int n : {0, 1, 50, 51, 52, 2601, 100000})
            QTest::addRow("points %d", n) << int(Kind::Points) << n << false << qint64(-1);
        QTest::addRow("points 2601 with gaps") << int(Kind::Points) << 2601 << true << qint64(-1);
        QTest::addRow("polygons 5000") << int(Kind::Rectangles) << 5000 << false << qint64(-1);
        QTest::addRow("points 20000 row by row") << int(Kind::Points) << 20000 << true << qint64(100);
        QTest::addRow("polygons 5000 row by row") << int(Kind::Rectangles) << 5000 << false << qint64(100);
    }

    void spatialIndex()
    {
        QFETCH(int, kind);
        QFETCH(int, rows);
        QFETCH(bool, gaps);
        QFETCH(qint64, bulkLimit);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("t.gpkg"));
        const Written written = writeLayer(path, Kind(kind), rows, quint32(rows + kind * 7 + 1), gaps, bulkLimit);

        {
            Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(db, qPrintable(db.error().toString()));
            Result<QVariant> check = db->scalar(QStringLiteral("SELECT rtreecheck('rtree_data_geom')"));
            QVERIFY2(check, qPrintable(check.error().toString()));
            QCOMPARE(check->toString(), QStringLiteral("ok"));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM rtree_data_geom")), qint64(written.size()));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM data")), qint64(rows));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_data_geom_%'")) > 0,
                     true);

            // Packed, not grown by splits: the shallowest tree of 51-cell nodes, every node the root's size.
            int depth = 0;
            for (qint64 capacity = 51; capacity < written.size(); capacity *= 51)
                ++depth;
            const Result<QVariant> rootDepth = db->scalar(QStringLiteral("SELECT hex(substr(data, 1, 2)) FROM rtree_data_geom_node WHERE nodeno = 1"));
            QVERIFY(rootDepth);
            QCOMPARE(rootDepth->toString().toInt(nullptr, 16), depth);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM rtree_data_geom_node WHERE length(data) <> "
                                               "(SELECT length(data) FROM rtree_data_geom_node WHERE nodeno = 1)")),
                     qint64(0));

            // Every stored box contains the written one (outward rounding), and no more than float precision bigger.
            Result<Statement> all = db->prepare(QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM rtree_data_geom"));
            QVERIFY(all);
            int mismatches = 0;
            QVERIFY(all->forEachRow([&](const Statement &s) {
                const auto it = written.constFind(s.int64(0));
                const Box stored{s.real(1), s.real(2), s.real(3), s.real(4)};
                if (it == written.cend() || stored.minX > it->minX || stored.maxX < it->maxX || stored.minY > it->minY ||
                    stored.maxY < it->maxY || !(it->grown().minX <= stored.minX && stored.maxX <= it->grown().maxX))
                    ++mismatches;
            }));
            QCOMPARE(mismatches, 0);

            QRandomGenerator rng(42);
            qint64 hits = 0;
            for (int q = 0; q < 50; ++q) {
                const Box box = randomQuery(rng);
                const QSet<qint64> found = rtreeHits(*db, box);
                for (auto it = written.cbegin(); it != written.cend(); ++it)
                    if (it->intersects(box)) {
                        QVERIFY2(found.contains(it.key()), qPrintable(QStringLiteral("query %1 misses fid %2").arg(q).arg(it.key())));
                        ++hits;
                    }
                for (qint64 id : found) {
                    QVERIFY(written.contains(id));
                    QVERIFY2(written.value(id).intersects(box.grown()), qPrintable(QStringLiteral("query %1 returns fid %2").arg(q).arg(id)));
                }
            }
            if (written.size() > 1000)
                QVERIFY(hits > 0); // the queries do reach the data
        }

        // GDAL: it sees the index and its spatial filter agrees with the brute force.
        GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayerByName(ds, "data");
        QVERIFY(layer);
        QVERIFY(OGR_L_TestCapability(layer, OLCFastSpatialFilter));
        QRandomGenerator rng(43);
        for (int q = 0; q < 10; ++q) {
            const Box box = randomQuery(rng);
            qint64 expected = 0;
            for (const Box &b : written)
                expected += b.intersects(box) ? 1 : 0;
            OGR_L_SetSpatialFilterRect(layer, box.minX, box.minY, box.maxX, box.maxY);
            OGR_L_ResetReading(layer);
            qint64 seen = 0;
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                ++seen;
                OGR_F_Destroy(f);
            }
            QCOMPARE(seen, expected);
        }
        OGR_L_SetSpatialFilter(layer, nullptr);

        // One more feature through GDAL: the triggers are back, so it lands in the index.
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, 12.345678901, -45.678901234);
        if (kind == int(Kind::Rectangles)) {
            OGR_G_DestroyGeometry(g);
            char wkt[] = "POLYGON((12.345678901 -45.678901234,13 -45.678901234,13 -45,12.345678901 -45,12.345678901 -45.678901234))";
            char *cursor = wkt;
            QCOMPARE(OGR_G_CreateFromWkt(&cursor, nullptr, &g), OGRERR_NONE);
        }
        OGR_F_SetGeometryDirectly(f, g);
        QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        const qint64 fid = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
        GDALClose(ds);

        Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("SELECT rtreecheck('rtree_data_geom')"))->toString(), QStringLiteral("ok"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM rtree_data_geom")), qint64(written.size()) + 1);
        QVERIFY(rtreeHits(*db, {12.3456789, 12.3456790, -45.6789013, -45.6789012}).contains(fid));
    }

    void attributeTableHasNoIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.gpkg"));
        GpkgLayout layout;
        TableField name;
        name.name = QStringLiteral("name");
        layout.fields = {name};
        Result<GpkgWriter> w = GpkgWriter::create(path, layout);
        QVERIFY(w);
        QVERIFY(w->write({QStringLiteral("a")}));
        QVERIFY(w->finish());
        Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM data")), qint64(1));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree%'")), qint64(0));
    }

    void bulkLoadRoundsOutwardAndRefusesAFullTree()
    {
        Result<Database> db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")));
        // 0.1 and 0.3 are not floats: stored as they are rounded to nearest, a query for the exact
        // point would miss half of them.
        std::vector<RTreeBulkLoad::Entry> entries;
        for (int i = 0; i < 1000; ++i) {
            const double v = 0.1 + i * 0.3;
            entries.push_back({i + 1, v, v, -v, -v});
        }
        QVERIFY(RTreeBulkLoad::load(*db, QStringLiteral("r"), entries));
        QCOMPARE(db->scalar(QStringLiteral("SELECT rtreecheck('r')"))->toString(), QStringLiteral("ok"));
        for (const RTreeBulkLoad::Entry &e : entries) {
            Result<Statement> s = db->prepare(QStringLiteral("SELECT count(*) FROM r WHERE id = ? AND minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"));
            QVERIFY(s);
            s->bind(1, e.id).bind(2, e.minX).bind(3, e.maxX).bind(4, e.minY).bind(5, e.maxY);
            QVERIFY(*s->step());
            QCOMPARE(s->int64(0), qint64(1));
        }
        const Result<void> again = RTreeBulkLoad::load(*db, QStringLiteral("r"), entries);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::InvalidArgument);
        // The tree SQLite maintains from here on stays consistent.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO r VALUES(5000, 1, 2, 3, 4); DELETE FROM r WHERE id <= 600")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT rtreecheck('r')"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM r"))->toLongLong(), qint64(401));
    }
};

QTEST_GUILESS_MAIN(TestGpkgWriter)
#include "test_gpkgwriter.moc"
