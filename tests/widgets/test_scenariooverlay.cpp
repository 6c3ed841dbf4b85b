// ScenarioFrameOverlay: a frame's cells drawn where the grid lies on the map (each cell checked at
// the projected centre of that cell, computed independently through OGR), coloured by arrival step
// or depth, with unburned / dry cells left transparent; and ScenarioFrameHistory's replay rules.
#include "geo/gridgeoref.h"
#include "geo/webmercator.h"
#include "map/mapcanvas.h"
#include "map/mapsettings.h"
#include "sim/scenarioframehistory.h"
#include "sim/scenarioframeoverlay.h"

#include <QTest>

using namespace urbis;

namespace {

constexpr int kSide = 64;

GridGeoref georef()
{
    Result<GridGeoref> g = GridGeoref::locate(23.70, 38.05, QStringLiteral("EPSG:4326"), 30, kSide, kSide);
    return g ? *g : GridGeoref();
}

/** The centre of cell (col, row) on screen, through a one-cell georef (OGR), not the overlay's quad. */
QPointF cellOnScreen(const MapSettings &settings, const GridGeoref &grid, int col, int row)
{
    GridGeoref cell = grid;
    cell.originX += col * grid.cellSize;
    cell.originY -= row * grid.cellSize;
    cell.width = cell.height = 1;
    Result<std::array<QPointF, 4>> corners = cell.wgs84Corners();
    if (!corners)
        return {};
    QPointF sum;
    for (const QPointF &c : *corners)
        sum += c;
    return settings.toScreen(webmercator::lonLatToMeters(sum.x() / 4, sum.y() / 4));
}

/** `c` composed over white, as the canvas shows a translucent overlay on a white map. */
QColor overWhite(const QColor &c)
{
    const double a = c.alphaF();
    auto mix = [a](int v) { return int(v * a + 255 * (1 - a) + 0.5); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return QStringLiteral("rgb(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

std::shared_ptr<const ScenarioFrame> fireFrame()
{
    ScenarioFrame f;
    f.type = Scenario::Type::Wildfire;
    f.steps = 60;
    f.step = 30;
    f.timeSec = 30 * 60;
    f.georef = georef();
    f.arrival = IntGrid(kSide, kSide, -1);
    for (int row = 8; row < 24; ++row)
        for (int col = 8; col < 24; ++col)
            f.arrival.at(col, row) = 5;
    f.arrival.at(40, 20) = 12; // a lone cell: its neighbours must stay clear
    f.arrival.at(50, 50) = 30; // the active front at step 30
    return std::make_shared<const ScenarioFrame>(f);
}

} // namespace

class TestScenarioOverlay : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_canvas = std::make_unique<MapCanvas>();
        m_canvas->setBackgroundColor(Qt::white);
        m_canvas->resize(640, 600);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        Result<Extent> extent = georef().wgs84Extent();
        QVERIFY(extent.ok());
        m_canvas->zoomToExtent(*extent);
        QTRY_VERIFY(!m_canvas->isRendering());
    }

    void cleanup() { m_canvas.reset(); }

    void burnedCellsAtTheirPlace()
    {
        ScenarioFrameOverlay overlay;
        overlay.setLegendVisible(false);
        m_canvas->addOverlay(&overlay);
        const auto frame = fireFrame();
        overlay.setFrame(frame, 30);
        QVERIFY2(overlay.placementError().isEmpty(), qPrintable(overlay.placementError()));
        QCOMPARE(overlay.image().size(), QSize(kSide, kSide));
        QCOMPARE(overlay.cornersMeters().size(), 4);

        const GridGeoref g = frame->georef;
        const MapSettings &s = m_canvas->settings();
        const auto at = [&](int col, int row) { return m_canvas->grab().toImage().pixelColor(cellOnScreen(s, g, col, row).toPoint()); };
        const QColor burned = overWhite(ScenarioFrameOverlay::arrivalColor(5, 60));
        QVERIFY2(near(at(15, 15), burned), qPrintable(describe(at(15, 15))));
        QVERIFY2(near(at(8, 8), burned), qPrintable(describe(at(8, 8))));
        QVERIFY2(near(at(23, 23), burned), qPrintable(describe(at(23, 23))));
        QCOMPARE(at(24, 15), QColor(Qt::white));
        QCOMPARE(at(15, 7), QColor(Qt::white));
        // The lone cell and its four neighbours: placement is right to well within half a cell.
        QVERIFY2(near(at(40, 20), overWhite(ScenarioFrameOverlay::arrivalColor(12, 60))), qPrintable(describe(at(40, 20))));
        for (const QPoint &n : {QPoint(39, 20), QPoint(41, 20), QPoint(40, 19), QPoint(40, 21)})
            QCOMPARE(at(n.x(), n.y()), QColor(Qt::white));
        QVERIFY2(near(at(50, 50), ScenarioFrameOverlay::frontColor()), qPrintable(describe(at(50, 50))));
        // Earlier cells are paler than later ones (the ramp runs from pale yellow to dark red).
        QVERIFY(ScenarioFrameOverlay::arrivalColor(5, 60).lightness() > ScenarioFrameOverlay::arrivalColor(55, 60).lightness());

        // At step 4 nothing had burned yet; at step 12 the block no longer is the front.
        overlay.setFrame(frame, 4);
        QCOMPARE(overlay.step(), 4);
        QCOMPARE(at(15, 15), QColor(Qt::white));
        QCOMPARE(at(40, 20), QColor(Qt::white));
        overlay.setFrame(frame, 12);
        QVERIFY(near(at(40, 20), ScenarioFrameOverlay::frontColor()));
        QVERIFY(near(at(15, 15), burned));

        // Panned and zoomed in, the cells follow.
        m_canvas->setZoom(m_canvas->zoom() + 1);
        m_canvas->panBy(QPointF(-150, -150)); // the cells checked stay in view
        QTRY_VERIFY(!m_canvas->isRendering());
        QVERIFY(near(at(15, 15), burned));
        QCOMPARE(at(16, 24), QColor(Qt::white));

        overlay.setVisible(false);
        QCOMPARE(at(15, 15), QColor(Qt::white));
    }

    void floodDepthsAndDryCells()
    {
        ScenarioFrameOverlay overlay;
        overlay.setLegendVisible(false);
        m_canvas->addOverlay(&overlay);
        ScenarioFrame f;
        f.type = Scenario::Type::Flood;
        f.steps = 10;
        f.step = 10;
        f.timeSec = 600;
        f.georef = georef();
        f.depth = FloatGrid(kSide, kSide, 0);
        for (int row = 30; row < 40; ++row)
            for (int col = 10; col < 30; ++col)
                f.depth.at(col, row) = 1.5f;
        f.depth.at(50, 10) = 0.005f; // under a centimetre: not drawn
        f.depth.at(50, 12) = 0.3f;
        overlay.setFrame(std::make_shared<const ScenarioFrame>(f), 10);
        const MapSettings &s = m_canvas->settings();
        const auto at = [&](int col, int row) {
            return m_canvas->grab().toImage().pixelColor(cellOnScreen(s, f.georef, col, row).toPoint());
        };
        QVERIFY2(near(at(20, 35), overWhite(ScenarioFrameOverlay::depthColor(1.5))), qPrintable(describe(at(20, 35))));
        QVERIFY2(near(at(50, 12), overWhite(ScenarioFrameOverlay::depthColor(0.3))), qPrintable(describe(at(50, 12))));
        QCOMPARE(at(50, 10), QColor(Qt::white));
        QCOMPARE(at(20, 45), QColor(Qt::white));
        QCOMPARE(ScenarioFrameOverlay::depthColor(0.005).alpha(), 0);
        // Deeper is darker.
        QVERIFY(ScenarioFrameOverlay::depthColor(0.1).lightness() > ScenarioFrameOverlay::depthColor(1.9).lightness());
    }

    void legendAndMarks()
    {
        ScenarioFrameOverlay overlay;
        m_canvas->addOverlay(&overlay);
        Scenario s;
        s.name = QStringLiteral("Legend test");
        s.ignitions = {QPoint(32, 32)};
        s.barrierLines = {QPolygon({QPoint(5, 60), QPoint(60, 60)})};
        overlay.setScenario(s);
        overlay.setFrame(fireFrame(), 30);
        const QImage shot = m_canvas->grab().toImage();
        // The ignition is a white dot with a dark ring; the barrier a dark line.
        const GridGeoref g = georef();
        QCOMPARE(shot.pixelColor(cellOnScreen(m_canvas->settings(), g, 32, 32).toPoint()), QColor(Qt::white));
        QVERIFY(shot.pixelColor(cellOnScreen(m_canvas->settings(), g, 30, 60).toPoint()).lightness() < 80);
        // The legend box sits in the bottom-right corner, over the map.
        const QColor legend = shot.pixelColor(shot.width() - 20, shot.height() - 20);
        QVERIFY2(near(legend, QColor(255, 255, 255), 12), qPrintable(describe(legend)));
        overlay.clear();
        QVERIFY(!overlay.hasFrame());
        QCOMPARE(m_canvas->grab().toImage().pixelColor(cellOnScreen(m_canvas->settings(), g, 15, 15).toPoint()),
                 QColor(Qt::white));
    }

    void historyKeepsNewestFireAndThinsFloods()
    {
        ScenarioFrameHistory fire;
        for (int step : {3, 7, 11}) {
            ScenarioFrame f;
            f.step = step;
            f.arrival = IntGrid(8, 8, -1);
            fire.add(f);
        }
        QCOMPARE(fire.frameCount(), 1); // the newest arrival grid holds every earlier step
        QCOMPARE(fire.frameFor(2)->step, 11);
        QCOMPARE(fire.newestStep(), 11);

        // Each flood frame is 64 KiB; a 300 KiB budget keeps at most four.
        ScenarioFrameHistory flood(300 * 1024);
        for (int step = 1; step <= 20; ++step) {
            ScenarioFrame f;
            f.type = Scenario::Type::Flood;
            f.step = step;
            f.depth = FloatGrid(128, 128, float(step));
            flood.add(f);
            QVERIFY(flood.bytes() <= 300 * 1024);
        }
        const QList<int> kept = flood.keptSteps();
        QVERIFY2(kept.size() >= 2 && kept.size() <= 4, qPrintable(QString::number(kept.size())));
        QCOMPARE(kept.first(), 1);
        QCOMPARE(kept.last(), 20);
        QCOMPARE(flood.frameFor(20)->step, 20);
        QCOMPARE(flood.frameFor(0)->step, 1); // before the first: the first
        // Any step shows the latest kept frame at or before it.
        for (int step = 1; step <= 20; ++step)
            QVERIFY(flood.frameFor(step)->step <= step);
        flood.clear();
        QVERIFY(flood.isEmpty());
        QVERIFY(!flood.frameFor(3));
    }

private:
    std::unique_ptr<MapCanvas> m_canvas;
};

QTEST_MAIN(TestScenarioOverlay)
#include "test_scenariooverlay.moc"
