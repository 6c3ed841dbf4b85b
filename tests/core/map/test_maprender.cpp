#include "mapimagecheck.h"

#include "map/basemaplayers.h"
#include "map/colorramp.h"
#include "map/footprintslayer.h"
#include "map/maprenderjob.h"
#include "map/rasterlayer.h"
#include "map/vectorlayer.h"
#include "geo/webmercator.h"
#include "geo/wkb.h"

#include <QTest>

using namespace urbis;

namespace {

// The fixture's view: lon 10..11, lat 50..50.6 at zoom 9 (about 300 m a pixel).
MapSettings fixtureView()
{
    MapSettings s;
    s.setSize(QSize(400, 320));
    s.setCenterLonLat(10.5, 50.3);
    s.setZoom(9);
    return s;
}

std::shared_ptr<VectorLayer> fixtureLayer(const VectorStyle &style)
{
    auto layer = VectorLayer::open(test::mapDataDir() + QStringLiteral("/fixture.geojson"));
    if (!layer)
        qFatal("fixture: %s", qPrintable(layer.error().toString()));
    (*layer)->setStyle(style);
    return *layer;
}

QImage render(const MapSettings &s, const QList<std::shared_ptr<MapLayer>> &layers, QStringList *errors = nullptr)
{
    const std::atomic<bool> never{false};
    return MapRenderJob::render(s, MapRenderJob::snapshot(layers), never, errors);
}

VectorStyle categorisedStyle()
{
    VectorStyle style = VectorStyle::categorised(QStringLiteral("kind"), {{QStringLiteral("residential"), QColor(230, 120, 90)},
                                                                         {QStringLiteral("industrial"), QColor(150, 110, 200)},
                                                                         {QStringLiteral("green"), QColor(90, 180, 90)},
                                                                         {QStringLiteral("road"), QColor(60, 60, 60)},
                                                                         {QStringLiteral("station"), QColor(20, 90, 220)}});
    style.strokeWidth = 1.5;
    style.pointSize = 10;
    return style;
}

} // namespace

class TestMapRender : public QObject
{
    Q_OBJECT

private slots:
    void singleStyle()
    {
        VectorStyle style;
        style.strokeWidth = 2;
        style.pointSize = 9;
        QStringList errors;
        const QImage img = render(fixtureView(), {fixtureLayer(style)}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QString why;
        QVERIFY2(test::matchesControl(img, QStringLiteral("fixture_single"), &why), qPrintable(why));
    }

    void categorisedByField()
    {
        const QImage img = render(fixtureView(), {fixtureLayer(categorisedStyle())});
        QString why;
        QVERIFY2(test::matchesControl(img, QStringLiteral("fixture_categorised"), &why), qPrintable(why));
    }

    void graduatedByField()
    {
        VectorStyle style = VectorStyle::graduated(QStringLiteral("value"), {25, 60},
                                                   VectorStyle::interpolated(QColor(255, 240, 160), QColor(200, 30, 30), 3));
        style.pointSize = 12;
        const QImage img = render(fixtureView(), {fixtureLayer(style)});
        QString why;
        QVERIFY2(test::matchesControl(img, QStringLiteral("fixture_graduated"), &why), qPrintable(why));
    }

    void labelsAreDrawnAboveTheirFeatures()
    {
        // Text differs between font setups, so labels are checked by where ink appears, not by pixels.
        VectorStyle plain = categorisedStyle();
        VectorStyle labelled = plain;
        labelled.labelField = QStringLiteral("name");
        const MapSettings s = fixtureView();
        const QImage a = render(s, {fixtureLayer(plain)}), b = render(s, {fixtureLayer(labelled)});
        QVERIFY(a != b);
        // Above the "Sued" station (10.8, 50.45), where only its label can have changed pixels.
        const QPointF p = s.toScreen(webmercator::lonLatToMeters(10.8, 50.45));
        int changed = 0;
        for (int y = int(p.y()) - 20; y < int(p.y()) - 6; ++y)
            for (int x = int(p.x()) - 12; x < int(p.x()) + 12; ++x)
                changed += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        QVERIFY2(changed > 10, qPrintable(QString::number(changed)));
        // Below zoom labelMinZoom there are none.
        labelled.labelMinZoom = 12;
        QCOMPARE(render(s, {fixtureLayer(labelled)}), a);
    }

    void rasterWithFootprints()
    {
        auto raster = RasterLayer::open(test::mapDataDir() + QStringLiteral("/hazard.tif"));
        QVERIFY2(raster, qPrintable(raster.error().toString()));
        QCOMPARE((*raster)->dataMinimum(), 0.0);
        QCOMPARE((*raster)->dataMaximum(), 95.0);
        (*raster)->setRamp(ColorRamp::hazard());
        (*raster)->setOpacity(0.7);
        const Extent e = (*raster)->extent();
        QVERIFY(std::abs(e.west - 10) < 1e-6 && std::abs(e.north - 50.5) < 1e-6);

        auto footprints = std::make_shared<FootprintsLayer>();
        DatasetRecord a, b;
        a.id = QStringLiteral("a");
        a.bbox = Extent(10.1, 50.1, 10.4, 50.25);
        a.footprint = wkb::polygonFromExtent(a.bbox);
        b.id = QStringLiteral("b");
        b.bbox = Extent(10.6, 50.2, 10.9, 50.45); // no footprint: the bbox stands in
        footprints->setRecords({a, b});
        footprints->setSelected(QStringLiteral("b"));
        const QImage img = render(fixtureView(), {*raster, footprints});
        QString why;
        QVERIFY2(test::matchesControl(img, QStringLiteral("raster_footprints"), &why), qPrintable(why));
        // Nodata (the first five cells of the top row) stays transparent: the white background shows.
        const MapSettings s = fixtureView();
        const QPointF nodata = s.toScreen(webmercator::lonLatToMeters(10.1, 50.48));
        QCOMPARE(img.pixelColor(nodata.toPoint()), QColor(Qt::white));
    }

    void worldBasemap()
    {
        auto layers = BasemapLayers::create();
        QVERIFY2(layers, qPrintable(layers.error().toString()));
        QCOMPARE(layers->size(), 3);
        MapSettings s;
        s.setSize(QSize(512, 512));
        s.setZoom(1);
        s.setCenterLonLat(0, 0);
        s.setBackgroundColor(BasemapLayers::seaColor());
        QStringList errors;
        const QImage img = render(s, *layers, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QString why;
        QVERIFY2(test::matchesControl(img, QStringLiteral("basemap_world"), &why), qPrintable(why));
        // Land in the Sahara, sea in the middle of the Atlantic.
        const QPointF sahara = s.toScreen(webmercator::lonLatToMeters(17, 27)); // inside Libya
        const QPointF atlantic = s.toScreen(webmercator::lonLatToMeters(-35, 10));
        QCOMPARE(img.pixelColor(sahara.toPoint()), QColor(242, 239, 233));
        QCOMPARE(img.pixelColor(atlantic.toPoint()), BasemapLayers::seaColor());
    }

    void deviceRatioDoublesTheImage()
    {
        MapSettings s = fixtureView();
        s.setDevicePixelRatio(2);
        const QImage img = render(s, {fixtureLayer(VectorStyle())});
        QCOMPARE(img.size(), QSize(800, 640));
        QCOMPARE(img.devicePixelRatio(), 2.0);
    }

    void missingSourceIsAnError()
    {
        auto layer = VectorLayer::open(QStringLiteral("/nonexistent/x.geojson"));
        QVERIFY(!layer);
        QCOMPARE(layer.error().code, Error::Code::NotFound);
        QVERIFY(!RasterLayer::open(QStringLiteral("/nonexistent/x.tif")));
    }
};

QTEST_MAIN(TestMapRender)
#include "test_maprender.moc"
