#include "catalog/mapviewfilter.h"

#include <QTest>

using namespace urbis;

Q_DECLARE_METATYPE(urbis::Extent)

class TestMapViewFilter : public QObject
{
    Q_OBJECT
private slots:
    void searchBox_data()
    {
        QTest::addColumn<Extent>("view");
        QTest::addColumn<Extent>("expected");
        QTest::newRow("inside") << Extent(23, 37, 24, 38) << Extent(23, 37, 24, 38);
        QTest::newRow("wider than the world") << Extent(-400, -10, 400, 10) << Extent(-180, -10, 180, 10);
        QTest::newRow("past the poles") << Extent(0, -95, 10, 100) << Extent(0, -90, 10, 90);
        QTest::newRow("scrolled east past 180") << Extent(170, -20, 190, -10) << Extent(170, -20, -170, -10);
        QTest::newRow("scrolled a world west") << Extent(-337, 37, -336, 38) << Extent(23, 37, 24, 38);
        QTest::newRow("east edge on 180") << Extent(170, 0, 180, 10) << Extent(170, 0, 180, 10);
        QTest::newRow("invalid") << Extent() << Extent();
    }
    void searchBox()
    {
        QFETCH(Extent, view);
        QFETCH(Extent, expected);
        const Extent got = MapViewFilter::searchBox(view);
        QVERIFY2(got == expected, qPrintable(got.toString() + QStringLiteral(" != ") + expected.toString()));
    }
};

QTEST_GUILESS_MAIN(TestMapViewFilter)
#include "test_mapviewfilter.moc"
