// The fill-and-spill scheme on hand-made DEMs with known answers, and its defining property:
// water never stands above a neighbouring water surface it could flow to.

#include "floodtestgrids.h"

#include "sim/floodmodel.h"

#include <QTest>

#include <cmath>

using namespace urbis;
using namespace urbis::test;

namespace {
constexpr double kCell = 10;
constexpr double kArea = kCell * kCell;

/** A rim at 10 m with one notch at 8 m (the spill point) around a floor at `floor` m. */
FloodInputs basin(int w, int h, float floor)
{
    FloodInputs in;
    in.cellSize = kCell;
    in.elevation = FloatGrid(w, h, floor);
    for (int r = 0; r < h; ++r) {
        for (int c = 0; c < w; ++c) {
            if (r == 0 || c == 0 || r == h - 1 || c == w - 1)
                in.elevation.at(c, r) = 10;
        }
    }
    in.elevation.at(w - 1, h / 2) = 8;
    return in;
}

/** Pours `volume` m^3 at `cell` within one step. */
Result<FloodResult> pour(const FloodInputs &in, QPoint cell, double volume)
{
    FloodParams p;
    p.scheme = FloodParams::Scheme::FillAndSpill;
    p.stepSeconds = 100;
    p.steps = 1;
    p.inflow = {{0, volume / 100}, {100, volume / 100}};
    p.inflowCell = cell;
    return FloodModel::run(in, p);
}
} // namespace

class TestFillSpill : public QObject
{
    Q_OBJECT
private slots:
    void fillsADepressionToItsSpillHeight_data()
    {
        QTest::addColumn<double>("fraction"); // of the basin's volume up to the notch
        QTest::addColumn<double>("level");
        QTest::newRow("half") << 0.5 << 5.0;
        QTest::newRow("just full") << 1.0 << 8.0;
        QTest::newRow("twice") << 2.0 << 8.0;
    }
    void fillsADepressionToItsSpillHeight()
    {
        QFETCH(double, fraction);
        QFETCH(double, level);
        const FloodInputs in = basin(9, 9, 2);
        const double capacity = 49 * 6 * kArea;
        Result<FloodResult> r = pour(in, QPoint(4, 4), fraction * capacity);
        QVERIFY(r.ok());
        for (int y = 1; y < 8; ++y) {
            for (int x = 1; x < 8; ++x)
                QVERIFY(std::abs(r->depth.at(x, y) - (level - 2)) < 1e-4);
        }
        QCOMPARE(r->depth.at(8, 4), 0.0f); // the notch itself stays dry
        const FloodStep &s = r->steps.last();
        QVERIFY(std::abs(s.outflowM3 - std::max(fraction - 1, 0.0) * capacity) < 1e-6 * capacity);
        QVERIFY(std::abs(s.volumeM3 - std::min(fraction, 1.0) * capacity) < 1e-6 * capacity);
    }

    void spillsIntoTheNextBasinFirst_data()
    {
        QTest::addColumn<double>("volume"); // in cell-metres
        QTest::addColumn<double>("left");   // expected water level, NaN = dry
        QTest::addColumn<double>("right");
        QTest::addColumn<double>("ridge");
        QTest::newRow("left only") << 70.0 << 4.0 << qQNaN() << qQNaN();
        QTest::newRow("left full, right half") << 140.0 << 5.0 << 4.0 << qQNaN();
        QTest::newRow("over the ridge") << 252.0 << 6.0 << 6.0 << 6.0;
        QTest::newRow("spilling out") << 1000.0 << 8.0 << 8.0 << 8.0;
    }
    void spillsIntoTheNextBasinFirst()
    {
        QFETCH(double, volume);
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(double, ridge);
        // Left floor at 2 (cols 1-5), ridge at 5 (col 6), right floor at 3 (cols 7-11), notch at 8 on the
        // east.
        FloodInputs in = basin(13, 9, 2);
        for (int y = 1; y < 8; ++y) {
            in.elevation.at(6, y) = 5;
            for (int x = 7; x < 12; ++x)
                in.elevation.at(x, y) = 3;
        }
        Result<FloodResult> r = pour(in, QPoint(3, 4), volume * kArea);
        QVERIFY(r.ok());
        auto expect = [&](int x, double lvl) {
            for (int y = 1; y < 8; ++y) {
                const double want = std::isnan(lvl) ? 0.0 : lvl - in.elevation.at(x, y);
                QVERIFY2(std::abs(r->depth.at(x, y) - want) < 1e-4,
                         qPrintable(QStringLiteral("(%1,%2): %3, want %4")
                                        .arg(x)
                                        .arg(y)
                                        .arg(r->depth.at(x, y))
                                        .arg(want)));
            }
        };
        for (int x = 1; x <= 5; ++x)
            expect(x, left);
        expect(6, ridge);
        for (int x = 7; x <= 11; ++x)
            expect(x, right);
        const double held = std::min(volume, 35 * 3 + 35 * 2 + 77 * 3.0);
        QVERIFY(std::abs(r->steps.last().volumeM3 - held * kArea) < 1e-6 * volume * kArea);
    }

    void flatClosedGridRisesEvenly()
    {
        FloodInputs in;
        in.cellSize = kCell;
        in.elevation = FloatGrid(30, 20, 4.0f);
        FloodParams p;
        p.scheme = FloodParams::Scheme::FillAndSpill;
        p.openBoundary = false;
        p.rainfall = steadyRain(36, 3600); // 36 mm/h for an hour
        p.stepSeconds = 600;
        p.steps = 6;
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY(r.ok());
        for (const float d : r->depth.cells())
            QVERIFY(std::abs(d - 0.036) < 1e-6);
        QCOMPARE(r->steps.last().floodedAreaM2, 600 * kArea);
        QCOMPARE(r->steps.first().floodedAreaM2, 0.0); // 6 mm after ten minutes: below 1 cm
    }

    void slopeToAnOpenEdgeDrainsEverything()
    {
        FloodInputs in;
        in.cellSize = kCell;
        in.elevation = FloatGrid(30, 20, 0.0f);
        for (int r = 0; r < 20; ++r) {
            for (int c = 0; c < 30; ++c)
                in.elevation.at(c, r) = float(30 - c + 0.01 * r);
        }
        FloodParams p;
        p.scheme = FloodParams::Scheme::FillAndSpill;
        p.rainfall = steadyRain(50, 3600);
        p.steps = 10;
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY(r.ok());
        const FloodStep &s = r->steps.last();
        QCOMPARE(s.volumeM3, 0.0);
        QVERIFY(std::abs(s.outflowM3 - s.inflowM3) < 1e-9 * s.inflowM3);
    }

    void neverStandsAboveAReachableSurface_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("walls");
        QTest::addColumn<double>("rain");
        QTest::newRow("open") << true << false << 40.0;
        QTest::newRow("closed") << false << false << 40.0;
        QTest::newRow("open, walls") << true << true << 40.0;
        QTest::newRow("closed, walls, little rain") << false << true << 5.0;
        QTest::newRow("open, heavy rain") << true << false << 400.0;
    }
    void neverStandsAboveAReachableSurface()
    {
        QFETCH(bool, open);
        QFETCH(bool, walls);
        QFETCH(double, rain);
        FloodInputs in = rollingTerrain(64, 48);
        if (walls) {
            in.barriers = ByteGrid(64, 48, 0);
            for (int k = 0; k < 40; ++k) {
                in.barriers.at(20, k) = 1;
                in.barriers.at(k + 10, 47 - k) = 1;
            }
        }
        FloodParams p;
        p.scheme = FloodParams::Scheme::FillAndSpill;
        p.openBoundary = open;
        p.rainfall = steadyRain(rain, 3600);
        p.inflow = hydrograph(5, 600);
        p.inflowCell = QPoint(40, 10);
        p.steps = 4;
        p.stepSeconds = 900;
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY(r.ok());
        QVERIFY(r->steps.last().volumeM3 > 0);
        const FloatGrid eta = surface(in, r->depth);
        auto wall = [&](int c, int y) { return !in.barriers.isEmpty() && in.barriers.at(c, y); };
        int wet = 0;
        for (int y = 0; y < 48; ++y) {
            for (int x = 0; x < 64; ++x) {
                if (wall(x, y))
                    QCOMPARE(r->depth.at(x, y), 0.0f);
                if (wall(x, y) || r->depth.at(x, y) <= 0)
                    continue;
                ++wet;
                const QPoint around[] = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
                for (const QPoint n : around) {
                    if (!in.elevation.contains(n.x(), n.y()) || wall(n.x(), n.y()))
                        continue;
                    QVERIFY2(eta.at(x, y) <= eta.at(n.x(), n.y()) + 1e-4f,
                             qPrintable(QStringLiteral("(%1,%2) at %3 stands above (%4,%5) at %6")
                                            .arg(x)
                                            .arg(y)
                                            .arg(eta.at(x, y))
                                            .arg(n.x())
                                            .arg(n.y())
                                            .arg(eta.at(n.x(), n.y()))));
                }
            }
        }
        QVERIFY(wet > 10);
    }
};

QTEST_GUILESS_MAIN(TestFillSpill)
#include "test_fillspill.moc"
