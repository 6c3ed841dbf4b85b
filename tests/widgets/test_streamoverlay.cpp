// MapOverlay on MapCanvas (painted above the layers, repainted on changed() without a render)
// and the live StationOverlay (markers at the projected position, coloured by value or alert).
#include "geo/webmercator.h"
#include "map/mapcanvas.h"
#include "map/mapoverlay.h"
#include "map/mapsettings.h"
#include "stream/stationoverlay.h"

#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace urbis;

namespace {

class SquareOverlay : public MapOverlay
{
public:
    int paints = 0;
    void paint(QPainter &p, const MapSettings &) override
    {
        ++paints;
        p.fillRect(QRectF(10, 10, 20, 20), Qt::magenta);
    }
};

bool near(QColor a, QColor b, int tolerance = 8)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QColor pixelAt(MapCanvas &canvas, double lon, double lat)
{
    const QImage image = canvas.grab().toImage();
    const QPointF at = canvas.settings().toScreen(webmercator::lonLatToMeters(lon, lat));
    return image.pixelColor(at.toPoint());
}

} // namespace

class TestStreamOverlay : public QObject
{
    Q_OBJECT

private slots:
    void overlayPaintsAboveTheLayers()
    {
        MapCanvas canvas;
        canvas.setBackgroundColor(Qt::white);
        canvas.resize(320, 240);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        SquareOverlay overlay;
        canvas.addOverlay(&overlay);
        QCOMPARE(canvas.overlays().size(), 1);
        QCOMPARE(canvas.grab().toImage().pixelColor(20, 20), QColor(Qt::magenta));
        overlay.setVisible(false);
        QCOMPARE(canvas.grab().toImage().pixelColor(20, 20), QColor(Qt::white));
        overlay.setVisible(true);
        canvas.removeOverlay(&overlay);
        QVERIFY(canvas.overlays().isEmpty());
        QCOMPARE(canvas.grab().toImage().pixelColor(20, 20), QColor(Qt::white));
    }

    void changedRepaintsWithoutRendering()
    {
        MapCanvas canvas;
        canvas.resize(320, 240);
        QSignalSpy rendered(&canvas, &MapCanvas::rendered);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QTRY_VERIFY(!canvas.isRendering());
        SquareOverlay overlay;
        canvas.addOverlay(&overlay);
        QTRY_VERIFY(overlay.paints > 0);
        const int paints = overlay.paints;
        const qsizetype renders = rendered.size();
        emit overlay.changed();
        QVERIFY(!canvas.isRendering()); // a repaint only: no render job was asked for
        QTRY_VERIFY(overlay.paints > paints);
        QCOMPARE(rendered.size(), renders);
    }

    void destroyedOverlayIsDropped()
    {
        MapCanvas canvas;
        QPointer<SquareOverlay> overlay = new SquareOverlay;
        canvas.addOverlay(overlay);
        canvas.addOverlay(overlay); // once only
        QCOMPARE(canvas.overlays().size(), 1);
        delete overlay;
        QVERIFY(canvas.overlays().isEmpty());
        canvas.resize(100, 100);
        QVERIFY(!canvas.grab().isNull()); // painting with the overlay gone does not crash
    }

    void markersAtTheirPositionColouredByValueOrAlert()
    {
        MapCanvas canvas;
        canvas.setBackgroundColor(Qt::white);
        canvas.resize(480, 360);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setCenterLonLat(10, 50);
        canvas.setZoom(8);
        StationOverlay overlay;
        canvas.addOverlay(&overlay);
        StationMarker low{QStringLiteral("s"), QStringLiteral("LOW"), 9.6, 49.8, 10.0, false, {}};
        StationMarker high{QStringLiteral("s"), QStringLiteral("HIGH"), 10.4, 50.2, 90.0, false, {}};
        StationMarker alert{QStringLiteral("s"), QStringLiteral("ALERT"), 10.0, 50.0, 50.0, true,
                            QStringLiteral("pm10 > 40")};
        overlay.setMarkers({low, alert, high}, QStringLiteral("pm10 (ug/m3)"), QStringLiteral("ug/m3"));
        QCOMPARE(overlay.minimum(), 10.0);
        QCOMPARE(overlay.maximum(), 90.0);
        // Alerts are kept last, so they are drawn over their neighbours.
        QCOMPARE(overlay.markers().last().entity, QStringLiteral("ALERT"));

        const QColor lowColour = StationOverlay::valueColor(10, 10, 90);
        const QColor highColour = StationOverlay::valueColor(90, 10, 90);
        QVERIFY(!near(lowColour, highColour));
        QVERIFY2(near(pixelAt(canvas, 9.6, 49.8), lowColour), qPrintable(pixelAt(canvas, 9.6, 49.8).name()));
        QVERIFY2(near(pixelAt(canvas, 10.4, 50.2), highColour), qPrintable(pixelAt(canvas, 10.4, 50.2).name()));
        QVERIFY2(near(pixelAt(canvas, 10.0, 50.0), StationOverlay::alertColor()),
                 qPrintable(pixelAt(canvas, 10.0, 50.0).name()));

        // New values recolour on the next paint; the alert clearing turns it back to its value.
        alert.alert = false;
        alert.value = 90;
        overlay.setMarkers({low, alert, high}, QStringLiteral("pm10 (ug/m3)"), QStringLiteral("ug/m3"));
        QVERIFY(near(pixelAt(canvas, 10.0, 50.0), highColour));
        // Off the view: nothing drawn where it would be, nothing breaks.
        canvas.setCenterLonLat(-60, -30);
        QVERIFY(near(pixelAt(canvas, -60, -30), Qt::white));
    }

    void valueColourFollowsTheRamp()
    {
        QCOMPARE(StationOverlay::valueColor(std::nan(""), 0, 1), QColor(150, 150, 150));
        QVERIFY(StationOverlay::valueColor(0, 0, 10) != StationOverlay::valueColor(10, 0, 10));
        // One value only (min == max): the middle of the ramp, not a division by zero.
        QCOMPARE(StationOverlay::valueColor(5, 5, 5), StationOverlay::valueColor(0.5, 0, 1));
    }
};

QTEST_MAIN(TestStreamOverlay)
#include "test_streamoverlay.moc"
