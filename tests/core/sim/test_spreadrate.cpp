// The wildfire spread-rate relations against the values their sources give.

#include "sim/spreadrate.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace urbis;

class TestSpreadRate : public QObject
{
    Q_OBJECT
private slots:
    void moistureDamping()
    {
        QCOMPARE(SpreadRate::moistureDamping(0, 0.3), 1.0);
        QCOMPARE(SpreadRate::moistureDamping(0.3, 0.3), 0.0);
        QCOMPARE(SpreadRate::moistureDamping(0.5, 0.3), 0.0);
        double previous = 1;
        for (double m = 0.01; m < 0.3; m += 0.01) {
            const double d = SpreadRate::moistureDamping(m, 0.3);
            QVERIFY(d > 0 && d < previous);
            previous = d;
        }
        // Rothermel: eta_M(0.5) = 1 - 1.295 + 1.2775 - 0.44; Q_ig(0)/Q_ig(0.15) = 250 / 417.4
        QVERIFY(std::abs(SpreadRate::moistureDamping(0.15, 0.3) - 0.5425 * 250 / 417.4) < 1e-9);
    }

    void windShapesAnEllipse()
    {
        for (double a = 0; a < 2 * std::numbers::pi; a += 0.3)
            QVERIFY(std::abs(SpreadRate::windFactor(0, a) - 1) < 1e-12);
        const double u = 8;
        QVERIFY(std::abs(SpreadRate::windFactor(u, 0) - SpreadRate::headFactor(u)) < 1e-9);
        QVERIFY(std::abs(SpreadRate::windFactor(u, std::numbers::pi) - SpreadRate::backFactor(u)) < 1e-9);
        // The widest point of the ellipse gives its breadth: length / breadth must be the LB ratio.
        double width = 0;
        for (double a = 0; a < std::numbers::pi; a += 1e-4)
            width = std::max(width, SpreadRate::windFactor(u, a) * std::sin(a));
        const double length = SpreadRate::headFactor(u) + SpreadRate::backFactor(u);
        QVERIFY(std::abs(length / (2 * width) - SpreadRate::lengthToBreadth(u)) < 1e-3);
        QVERIFY(SpreadRate::lengthToBreadth(0) == 1.0);
        QVERIFY(SpreadRate::lengthToBreadth(10) > 4 &&
                SpreadRate::lengthToBreadth(10) < 5); // FBP: 4.6 at 36 km/h
        QVERIFY(SpreadRate::lengthToBreadth(100) < 9.73);
    }

    void slopeDoublesPerTenDegrees()
    {
        const double ten = std::tan(10 * std::numbers::pi / 180);
        QVERIFY(std::abs(SpreadRate::slopeFactor(ten) - 2) < 0.01);
        QVERIFY(std::abs(SpreadRate::slopeFactor(-ten) - 0.5) < 0.01);
        QCOMPARE(SpreadRate::slopeFactor(0), 1.0);
        QCOMPARE(SpreadRate::slopeFactor(5), SpreadRate::slopeFactor(1)); // clamped at 45 degrees
    }
};

QTEST_GUILESS_MAIN(TestSpreadRate)
#include "test_spreadrate.moc"
