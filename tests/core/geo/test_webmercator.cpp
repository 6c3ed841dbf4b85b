#include "geo/tileid.h"
#include "geo/tilerange.h"
#include "geo/webmercator.h"

#include <QTest>

#include <cmath>

using namespace urbis;

namespace {
TileId tileAt(double lon, double lat, int z)
{
    const QPointF w = webmercator::lonLatToWorld(lon, lat, z);
    return TileId{int(std::floor(w.x() / webmercator::kTileSize)), int(std::floor(w.y() / webmercator::kTileSize)), z};
}
} // namespace

class TestWebMercator : public QObject
{
    Q_OBJECT

private slots:
    void knownTiles_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // Values as the OSM wiki's slippy-map formulas give them.
        QTest::newRow("null island z0") << 0.0 << 0.0 << 0 << 0 << 0;
        QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 1 << 1;
        QTest::newRow("just west of null island z1") << -0.001 << 0.001 << 1 << 0 << 0;
        QTest::newRow("berlin z10") << 13.4050 << 52.5200 << 10 << 550 << 335;
        QTest::newRow("athens z12") << 23.7275 << 37.9838 << 12 << 2317 << 1580;
        QTest::newRow("sydney z5") << 151.2093 << -33.8688 << 5 << 29 << 19;
        QTest::newRow("north edge z3") << 0.0 << 85.05 << 3 << 4 << 0;
        QTest::newRow("pole clamps into last row z2") << 179.999 << -90.0 << 2 << 3 << 3;
    }
    void knownTiles()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId t = tileAt(lon, lat, z);
        QCOMPARE(t.x, x);
        QCOMPARE(std::min(t.y, (1 << z) - 1), y);
    }

    void roundTrips_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0;
        QTest::newRow("berlin") << 13.405 << 52.52 << 10.0;
        QTest::newRow("fractional zoom") << -70.6693 << -33.4489 << 7.3;
        QTest::newRow("antimeridian") << 179.9999 << 10.0 << 18.0;
        QTest::newRow("far north") << -45.0 << 85.0 << 3.0;
    }
    void roundTrips()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, zoom);
        const QPointF back = webmercator::worldToLonLat(webmercator::lonLatToWorld(lon, lat, zoom), zoom);
        QVERIFY2(std::abs(back.x() - lon) < 1e-9 && std::abs(back.y() - lat) < 1e-9,
                 qPrintable(QStringLiteral("%1,%2").arg(back.x(), 0, 'g', 17).arg(back.y(), 0, 'g', 17)));
        const QPointF m = webmercator::lonLatToMeters(lon, lat);
        const QPointF m2 = webmercator::worldToMeters(webmercator::metersToWorld(m, zoom), zoom);
        QVERIFY(std::abs(m2.x() - m.x()) < 1e-6 && std::abs(m2.y() - m.y()) < 1e-6);
    }

    void metersKnownValues()
    {
        const QPointF corner = webmercator::lonLatToMeters(180, webmercator::kMaxLatitude);
        QVERIFY(std::abs(corner.x() - webmercator::kOriginShift) < 1e-6);
        QVERIFY(std::abs(corner.y() - webmercator::kOriginShift) < 1e-3);
        // Latitudes past the mercator limit are clamped, never infinite.
        QVERIFY(std::isfinite(webmercator::lonLatToMeters(0, 90).y()));
        QCOMPARE(webmercator::lonLatToMeters(0, 90), webmercator::lonLatToMeters(0, 89.99));
    }

    void resolutionAndScale()
    {
        QVERIFY(std::abs(webmercator::resolution(0) - 156543.03392804097) < 1e-6);
        QVERIFY(std::abs(webmercator::resolution(10) - 152.8740565703525) < 1e-9);
        QVERIFY(std::abs(webmercator::groundResolution(60, 0) - 156543.03392804097 / 2) < 1e-6);
        // 1:559,082,264 is the zoom-0 scale of the OGC 0.28 mm pixel; a 96 dpi screen shows more.
        QVERIFY(std::abs(webmercator::scaleDenominator(0, 0, 0.0254 / 0.00028) - 559082264.03) < 1.0);
        QVERIFY(std::abs(webmercator::scaleDenominator(0, 0) - 591658710.91) < 1.0);
        QVERIFY(std::abs(webmercator::zoomForResolution(webmercator::resolution(12.25)) - 12.25) < 1e-9);
    }

    void tileRange()
    {
        // The whole world at z1 in a 512 px square: all four tiles.
        TileRange r = TileRange::covering(QRectF(0, 0, 512, 512), 1);
        QCOMPARE(r.count(), 4);
        // A view across the antimeridian asks for column -1, which wraps to the last column.
        r = TileRange::covering(QRectF(-100, 10, 200, 100), 2);
        QCOMPARE(r.minX, -1);
        QCOMPARE(r.maxX, 0);
        QCOMPARE(r.minY, 0);
        QCOMPARE(r.maxY, 0);
        QCOMPARE(TileRange::wrappedX(-1, 2), 3);
        QCOMPARE(TileRange::wrappedX(5, 2), 1);
        // Rows are cut at the edge of the world.
        r = TileRange::covering(QRectF(0, -300, 256, 2000), 2);
        QCOMPARE(r.minY, 0);
        QCOMPARE(r.maxY, 3);
        // Centre tiles come first.
        r = TileRange::covering(QRectF(0, 0, 768, 768), 2);
        QCOMPARE(r.tiles().first(), (TileId{1, 1, 2}));
        QVERIFY(r.contains(TileId{2, 2, 2}));
        QVERIFY(!r.contains(TileId{3, 0, 2}));
    }

    void tileIds()
    {
        const TileId t{550, 335, 10};
        QCOMPARE(t.parent(), (TileId{275, 167, 9}));
        QCOMPARE(t.tmsY(), 1023 - 335);
        QCOMPARE(t.path(), QStringLiteral("10/550/335"));
        QCOMPARE((TileId{0, 0, 0}).parent(), (TileId{0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "test_webmercator.moc"
