#include "mapimagecheck.h"

#include "map/maprenderjob.h"
#include "map/vectorlayer.h"
#include "map/vectorstyle.h"
#include "geo/webmercator.h"

#include <QTest>

using namespace urbis;

class TestVectorStyle : public QObject
{
    Q_OBJECT

private slots:
    void single()
    {
        VectorStyle s;
        s.fill = Qt::red;
        QCOMPARE(s.colorFor(QStringLiteral("anything")), QColor(Qt::red));
        QVERIFY(!s.usesField());
    }

    void categorised()
    {
        VectorStyle s = VectorStyle::categorised(QStringLiteral("kind"), {{QStringLiteral("a"), Qt::red}, {QStringLiteral("7"), Qt::blue}});
        s.fill = Qt::gray;
        QVERIFY(s.usesField());
        QCOMPARE(s.colorFor(QStringLiteral("a")), QColor(Qt::red));
        QCOMPARE(s.colorFor(7), QColor(Qt::blue)); // numbers match their text
        QCOMPARE(s.colorFor(QStringLiteral("other")), QColor(Qt::gray));
        QCOMPARE(s.colorFor(QVariant()), QColor(Qt::gray));
    }

    void graduated_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("classIndex");
        QTest::newRow("below all") << QVariant(-5.0) << 0;
        QTest::newRow("on first break") << QVariant(10) << 1;
        QTest::newRow("between") << QVariant(15.5) << 1;
        QTest::newRow("on last break") << QVariant(20) << 2;
        QTest::newRow("above") << QVariant(1e9) << 2;
        QTest::newRow("numeric text") << QVariant(QStringLiteral("12")) << 1;
        QTest::newRow("not a number") << QVariant(QStringLiteral("n/a")) << -1;
        QTest::newRow("null") << QVariant() << -1;
    }
    void graduated()
    {
        QFETCH(QVariant, value);
        QFETCH(int, classIndex);
        const QList<QColor> colors = {Qt::green, Qt::yellow, Qt::red};
        VectorStyle s = VectorStyle::graduated(QStringLiteral("v"), {20, 10}, colors); // breaks get sorted
        s.fill = Qt::gray;
        QCOMPARE(s.colorFor(value), classIndex < 0 ? QColor(Qt::gray) : colors.at(classIndex));
    }

    void interpolatedColours()
    {
        const auto c = VectorStyle::interpolated(QColor(0, 0, 0), QColor(200, 100, 50), 3);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.first(), QColor(0, 0, 0));
        QCOMPARE(c.at(1), QColor(100, 50, 25));
        QCOMPARE(c.last(), QColor(200, 100, 50));
    }

    // The colours chosen by a field are the colours on screen: the inside of each fixture polygon
    // has its class colour exactly.
    void renderedColoursFollowTheField()
    {
        auto layer = VectorLayer::open(test::mapDataDir() + QStringLiteral("/fixture.geojson"));
        QVERIFY2(layer, qPrintable(layer.error().toString()));
        QVERIFY((*layer)->fieldNames().contains(QStringLiteral("value")));
        (*layer)->setStyle(VectorStyle::graduated(QStringLiteral("value"), {25, 60}, {Qt::green, Qt::yellow, Qt::red}));
        MapSettings s;
        s.setSize(QSize(400, 320));
        s.setCenterLonLat(10.5, 50.3);
        s.setZoom(9);
        const std::atomic<bool> never{false};
        const QImage img = MapRenderJob::render(s, MapRenderJob::snapshot({*layer}), never);
        auto at = [&](double lon, double lat) {
            return img.pixelColor(s.toScreen(webmercator::lonLatToMeters(lon, lat)).toPoint());
        };
        QCOMPARE(at(10.15, 50.1), QColor(Qt::green));   // Altstadt, value 10
        QCOMPARE(at(10.75, 50.1), QColor(Qt::yellow));  // Hafen, 55
        QCOMPARE(at(10.3, 50.5), QColor(Qt::red));      // Stadtpark, 90
        QCOMPARE(at(10.45, 50.48), QColor(Qt::white));  // the park's hole
    }

    void identifyFindsTheTopFeature()
    {
        auto layer = VectorLayer::open(test::mapDataDir() + QStringLiteral("/fixture.geojson"));
        QVERIFY(layer);
        auto hit = (*layer)->identify(webmercator::lonLatToMeters(10.3, 50.5), 100);
        QVERIFY(hit && hit->has_value());
        QCOMPARE((**hit).value(QStringLiteral("name")).toString(), QStringLiteral("Stadtpark"));
        // The station inside the park's hole; a point is hit within the tolerance.
        hit = (*layer)->identify(webmercator::lonLatToMeters(10.5005, 50.4502), 200);
        QVERIFY(hit && hit->has_value());
        QCOMPARE((**hit).value(QStringLiteral("value")).toInt(), 50);
        // The hole itself, away from the station: nothing.
        hit = (*layer)->identify(webmercator::lonLatToMeters(10.42, 50.42), 100);
        QVERIFY(hit && !hit->has_value());
    }
};

QTEST_MAIN(TestVectorStyle)
#include "test_vectorstyle.moc"
