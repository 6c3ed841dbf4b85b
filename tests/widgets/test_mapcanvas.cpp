#include "map/layerpanel.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/scalebar.h"
#include "map/footprintslayer.h"
#include "map/vectorlayer.h"
#include "geo/webmercator.h"
#include "geo/wkb.h"

#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace urbis;

namespace {

void sendMouse(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &e);
}

void click(QWidget *w, const QPointF &pos)
{
    sendMouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, pos, Qt::NoButton);
}

void drag(QWidget *w, const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseMove, to, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

QPointF screenOf(const MapCanvas &c, double lon, double lat)
{
    return c.settings().toScreen(webmercator::lonLatToMeters(lon, lat));
}

} // namespace

class TestMapCanvas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapCanvas> m_canvas;
    std::shared_ptr<VectorLayer> m_vector;
    std::shared_ptr<FootprintsLayer> m_footprints;

    QImage waitForImage()
    {
        QSignalSpy rendered(m_canvas.get(), &MapCanvas::rendered);
        if (!m_canvas->isRendering() && !m_canvas->renderedImage().isNull())
            return m_canvas->renderedImage();
        if (!rendered.wait(10000))
            return {};
        // Later view changes may have started another job: wait until the canvas is idle.
        while (m_canvas->isRendering())
            if (!rendered.wait(10000))
                return {};
        return m_canvas->renderedImage();
    }

private slots:
    void init()
    {
        m_canvas = std::make_unique<MapCanvas>();
        m_canvas->resize(400, 320);
        m_canvas->setRenderDelay(0);
        auto vector = VectorLayer::open(QStringLiteral(URBIS_MAP_TEST_DATA "/fixture.geojson"));
        QVERIFY2(vector, qPrintable(vector.error().toString()));
        m_vector = *vector;
        VectorStyle style = VectorStyle::categorised(QStringLiteral("kind"), {{QStringLiteral("green"), QColor(90, 180, 90)}});
        m_vector->setStyle(style);
        m_footprints = std::make_shared<FootprintsLayer>();
        DatasetRecord a;
        a.id = QStringLiteral("dataset-a");
        a.bbox = Extent(10.1, 50.1, 10.4, 50.25);
        a.footprint = wkb::polygonFromExtent(a.bbox);
        m_footprints->setRecords({a});
        m_canvas->layerModel()->addLayer(m_vector);
        m_canvas->layerModel()->addLayer(m_footprints);
        m_canvas->setCenterLonLat(10.5, 50.3);
        m_canvas->setZoom(9);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        QVERIFY(!waitForImage().isNull());
    }

    void cleanup()
    {
        m_canvas.reset();
        m_vector.reset();
        m_footprints.reset();
    }

    void wheelZoomsAboutTheCursor()
    {
        QSignalSpy scale(m_canvas.get(), &MapCanvas::scaleChanged);
        const QPointF at = screenOf(*m_canvas, 10.2, 50.45);
        const QPointF before = m_canvas->settings().toMeters(at);
        QWheelEvent wheel(at, m_canvas->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
        QCOMPARE(m_canvas->zoom(), 10.0);
        QCOMPARE(scale.count(), 1);
        // The place under the cursor stays under it.
        const QPointF after = m_canvas->settings().toMeters(at);
        QVERIFY(std::hypot(after.x() - before.x(), after.y() - before.y()) < 1e-6);
        QVERIFY(!waitForImage().isNull());
    }

    void keysPanAndZoom()
    {
        const QPointF c0 = m_canvas->center();
        const double res = m_canvas->settings().resolution();
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QVERIFY(std::abs(m_canvas->center().x() - (c0.x() + 100 * res)) < 1e-6);
        QTest::keyClick(m_canvas.get(), Qt::Key_Up);
        QVERIFY(std::abs(m_canvas->center().y() - (c0.y() + 80 * res)) < 1e-6);
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QCOMPARE(m_canvas->zoom(), 10.0);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QCOMPARE(m_canvas->zoom(), 8.0);
    }

    void dragPansAndReusesTheImage()
    {
        const QPointF c0 = m_canvas->center();
        const double res = m_canvas->settings().resolution();
        drag(m_canvas.get(), QPointF(200, 160), QPointF(150, 180));
        // Dragging left shows what is east; dragging down shows what is north.
        QVERIFY(std::abs(m_canvas->center().x() - (c0.x() + 50 * res)) < 1e-6);
        QVERIFY(std::abs(m_canvas->center().y() - (c0.y() + 20 * res)) < 1e-6);
        // While the new image renders the widget paints the old one shifted: grabbing never waits.
        QVERIFY(!m_canvas->grab().isNull());
        QVERIFY(!waitForImage().isNull());
    }

    void shiftDragZoomsToTheBox()
    {
        const QPointF a = screenOf(*m_canvas, 10.1, 50.4), b = screenOf(*m_canvas, 10.3, 50.2);
        drag(m_canvas.get(), a, b, Qt::ShiftModifier);
        QVERIFY2(m_canvas->zoom() > 10.4, qPrintable(QString::number(m_canvas->zoom())));
        const QPointF centre = m_canvas->centerLonLat();
        QVERIFY(std::abs(centre.x() - 10.2) < 0.01);
    }

    void clickOnFootprintSelectsTheDataset()
    {
        QSignalSpy clicked(m_canvas.get(), &MapCanvas::datasetClicked);
        QSignalSpy identified(m_canvas.get(), &MapCanvas::featureIdentified);
        click(m_canvas.get(), screenOf(*m_canvas, 10.25, 50.17));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("dataset-a"));
        QCOMPARE(m_footprints->selected(), QStringLiteral("dataset-a"));
        QCOMPARE(identified.count(), 0); // the footprint is on top and answers first
    }

    void clickIdentifiesTheFeature()
    {
        QSignalSpy identified(m_canvas.get(), &MapCanvas::featureIdentified);
        QSignalSpy clicked(m_canvas.get(), &MapCanvas::datasetClicked);
        click(m_canvas.get(), screenOf(*m_canvas, 10.3, 50.5));
        QCOMPARE(clicked.count(), 0);
        QCOMPARE(identified.count(), 1);
        QCOMPARE(identified.first().at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Stadtpark"));
    }

    void cursorPositionIsReported()
    {
        QSignalSpy moved(m_canvas.get(), &MapCanvas::cursorMoved);
        sendMouse(m_canvas.get(), QEvent::MouseMove, screenOf(*m_canvas, 10.7, 50.1), Qt::NoButton);
        QCOMPARE(moved.count(), 1);
        QVERIFY(std::abs(moved.first().at(0).toDouble() - 10.7) < 0.01);
        QVERIFY(std::abs(moved.first().at(1).toDouble() - 50.1) < 0.01);
    }

    void zoomToExtentFitsIt()
    {
        m_canvas->zoomToExtent(Extent(13.0, 52.3, 13.8, 52.7));
        const Extent shown = m_canvas->settings().visibleExtent();
        QVERIFY(shown.west <= 13.0 && shown.east >= 13.8 && shown.south <= 52.3 && shown.north >= 52.7);
        QVERIFY(shown.east - shown.west < 2.0);
    }

    void layerPanelTogglesVisibility()
    {
        LayerPanel panel(m_canvas->layerModel());
        panel.show();
        const QImage both = waitForImage();
        QAbstractItemModel *model = panel.view()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("fixture"));
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Unchecking the vector layer in the panel hides it on the map.
        QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_vector->isVisible());
        const QImage hidden = waitForImage();
        QVERIFY(hidden != both);
        const QPointF park = screenOf(*m_canvas, 10.3, 50.5);
        QCOMPARE(hidden.pixelColor(park.toPoint()), QColor(Qt::white));
        QVERIFY(model->setData(model->index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(waitForImage(), both);
    }

    void layerPanelOrderAndOpacity()
    {
        LayerPanel panel(m_canvas->layerModel());
        panel.show();
        panel.setCurrentRow(0); // the footprints, on top
        auto *down = panel.findChild<QToolButton *>(QStringLiteral("layerDown"));
        QVERIFY(down && down->isEnabled());
        down->click();
        QCOMPARE(m_canvas->layerModel()->layer(1).get(), m_footprints.get());
        QCOMPARE(m_canvas->layerModel()->renderOrder().last().get(), m_vector.get());
        QCOMPARE(panel.currentRow(), 1);
        QVERIFY(!down->isEnabled());
        panel.opacitySlider()->setValue(40);
        QCOMPARE(m_footprints->opacity(), 0.4);
        QVERIFY(!waitForImage().isNull());
    }

    void scaleBarLengths()
    {
        const ScaleBar::Length l = ScaleBar::niceLength(10, 120); // 1,200 m fits: 1 km
        QCOMPARE(l.meters, 1000.0);
        QCOMPARE(l.pixels, 100.0);
        QCOMPARE(ScaleBar::niceLength(1, 120).meters, 100.0);
        QCOMPARE(ScaleBar::niceLength(0.3, 120).meters, 20.0);
        QVERIFY(ScaleBar::scaleText(24567.0).startsWith(QStringLiteral("1:")));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "test_mapcanvas.moc"
