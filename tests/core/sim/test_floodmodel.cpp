// Flood model behaviour common to both schemes (volume balance, walls, determinism, cancel, input
// checks) and the local-inertial scheme's physics (a symmetric dam break, flow down a slope).

#include "floodtestgrids.h"

#include "sim/floodmodel.h"
#include "sim/simcontrol.h"
#include "util/feedback.h"

#include <QTest>

#include <cmath>

using namespace urbis;
using namespace urbis::test;

using Scheme = FloodParams::Scheme;
Q_DECLARE_METATYPE(urbis::FloodParams::Scheme)

namespace {
void addSchemes(const char *what)
{
    QTest::addRow("%s, local inertial", what) << Scheme::LocalInertial;
    QTest::addRow("%s, fill and spill", what) << Scheme::FillAndSpill;
}
} // namespace

class TestFloodModel : public QObject
{
    Q_OBJECT
private slots:
    void conservesVolume_data()
    {
        QTest::addColumn<Scheme>("scheme");
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("rain");
        QTest::addColumn<bool>("inflow");
        QTest::addColumn<bool>("walls");
        for (const Scheme s : {Scheme::LocalInertial, Scheme::FillAndSpill}) {
            const char *name = s == Scheme::LocalInertial ? "local inertial" : "fill and spill";
            QTest::addRow("%s: closed basin, hydrograph", name) << s << false << false << true << false;
            QTest::addRow("%s: open, hydrograph", name) << s << true << false << true << false;
            QTest::addRow("%s: closed, rain", name) << s << false << true << false << false;
            QTest::addRow("%s: open, rain", name) << s << true << true << false << false;
            QTest::addRow("%s: open, rain, hydrograph, walls", name) << s << true << true << true << true;
        }
    }
    void conservesVolume()
    {
        QFETCH(Scheme, scheme);
        QFETCH(bool, open);
        QFETCH(bool, rain);
        QFETCH(bool, inflow);
        QFETCH(bool, walls);
        FloodInputs in = rollingTerrain(48, 40);
        if (walls) {
            in.barriers = ByteGrid(48, 40, 0);
            for (int r = 5; r < 35; ++r)
                in.barriers.at(30, r) = 1;
        }
        FloodParams p;
        p.scheme = scheme;
        p.openBoundary = open;
        p.stepSeconds = 60;
        p.steps = 20;
        if (rain)
            p.rainfall = steadyRain(80, 900);
        if (inflow) {
            p.inflow = hydrograph(20, 300);
            p.inflowCell = QPoint(40, 20); // near the low, east edge
        }
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->steps.size(), 20);
        for (const FloodStep &s : r->steps) {
            const double net = s.inflowM3 - s.outflowM3;
            QVERIFY2(
                std::abs(s.volumeM3 - net) <= 1e-3 * s.inflowM3,
                qPrintable(
                    QStringLiteral("step %1: %2 on the grid, %3 net").arg(s.step).arg(s.volumeM3).arg(net)));
        }
        const FloodStep &last = r->steps.last();
        const double expectedIn =
            (rain ? 0.080 * 900 / 3600 * 100 * (48 * 40 - (walls ? 30 : 0)) : 0) + (inflow ? 20 * 300 : 0);
        QVERIFY(std::abs(last.inflowM3 - expectedIn) < 1e-6 * expectedIn);
        QCOMPARE(last.outflowM3 > 0, open);
        QVERIFY(last.volumeM3 > 0);
    }

    void wallsHoldWater_data()
    {
        QTest::addColumn<Scheme>("scheme");
        QTest::addColumn<bool>("diagonal");
        QTest::addRow("straight wall, local inertial") << Scheme::LocalInertial << false;
        QTest::addRow("straight wall, fill and spill") << Scheme::FillAndSpill << false;
        QTest::addRow("diagonal wall, local inertial") << Scheme::LocalInertial << true;
        QTest::addRow("diagonal wall, fill and spill") << Scheme::FillAndSpill << true;
    }
    void wallsHoldWater()
    {
        QFETCH(Scheme, scheme);
        QFETCH(bool, diagonal);
        FloodInputs in;
        in.cellSize = 10;
        in.elevation = FloatGrid(31, 31, 0.0f);
        in.barriers = ByteGrid(31, 31, 0);
        for (int k = 0; k < 31; ++k)
            in.barriers.at(diagonal ? k : 15, k) = 1;
        auto farSide = [&](int c, int r) { return diagonal ? c > r : c > 15; };
        FloodParams p;
        p.scheme = scheme;
        p.openBoundary = false;
        p.inflow = hydrograph(10, 200);
        p.inflowCell = QPoint(5, 25);
        p.steps = 15;
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY(r.ok());
        for (int row = 0; row < 31; ++row) {
            for (int c = 0; c < 31; ++c) {
                if (in.barriers.at(c, row) || farSide(c, row))
                    QCOMPARE(r->maxDepth.at(c, row), 0.0f);
            }
        }
        QVERIFY(r->depth.at(5, 25) > 0);
    }

    void damBreakSpreadsSymmetrically()
    {
        FloodInputs in;
        in.cellSize = 5;
        in.elevation = FloatGrid(41, 41, 10.0f);
        FloodParams p;
        p.openBoundary = false;
        p.inflow = {{0, 200}, {20, 200}, {20.001, 0}};
        p.inflowCell = QPoint(20, 20);
        p.stepSeconds = 5;
        p.steps = 12;
        QList<double> areas;
        FloatGrid deepest(41, 41, 0.0f);
        Result<FloodResult> r =
            FloodModel::run(in, p, nullptr, [&](const FloodStep &s, const FloatGrid &depth) {
                areas.append(s.floodedAreaM2);
                for (size_t i = 0; i < depth.cells().size(); ++i)
                    deepest.cells()[i] = std::max(deepest.cells()[i], depth.cells()[i]);
                for (int y = 0; y < 41; ++y) {
                    for (int x = 0; x < 41; ++x) {
                        const float d = depth.at(x, y);
                        const float tolerance = 1e-5f * (1 + d);
                        QVERIFY(std::abs(d - depth.at(40 - x, y)) <= tolerance);
                        QVERIFY(std::abs(d - depth.at(x, 40 - y)) <= tolerance);
                        QVERIFY(std::abs(d - depth.at(y, x)) <= tolerance);
                    }
                }
            });
        QVERIFY(r.ok());
        // The maximum covers every reported depth, including the end of each step.
        for (size_t i = 0; i < r->maxDepth.cells().size(); ++i)
            QVERIFY(r->maxDepth.cells()[i] >= deepest.cells()[i]);
        for (qsizetype i = 1; i < areas.size(); ++i)
            QVERIFY(areas[i] >= areas[i - 1]);
        QVERIFY(areas.last() > 20 * 25.0);                     // it spread well beyond the inflow cell
        QVERIFY(r->depth.at(20, 20) < r->maxDepth.at(20, 20)); // the mound collapsed
        QVERIFY(r->depth.at(20, 30) > 0 && r->depth.at(30, 20) > 0);
    }

    void waterRunsDownhill()
    {
        FloodInputs in;
        in.cellSize = 10;
        in.elevation = FloatGrid(60, 9, 0.0f);
        for (int r = 0; r < 9; ++r) {
            for (int c = 0; c < 60; ++c)
                in.elevation.at(c, r) = float(0.2 * (60 - c)); // a 2 % slope down to the east
        }
        FloodParams p;
        p.openBoundary = false;
        p.inflow = hydrograph(5, 300);
        p.inflowCell = QPoint(5, 4);
        p.steps = 60;
        Result<FloodResult> r = FloodModel::run(in, p);
        QVERIFY(r.ok());
        double mass = 0, moment = 0;
        for (int c = 0; c < 60; ++c) {
            mass += r->depth.at(c, 4);
            moment += c * r->depth.at(c, 4);
        }
        QVERIFY2(moment / mass > 40,
                 qPrintable(QString::number(moment / mass))); // it ponds at the low, closed east edge
        QVERIFY(r->depth.at(59, 4) > r->depth.at(30, 4));
        QVERIFY(r->steps.last().maxDepth >= r->depth.at(59, 4) - 1e-6);
    }

    void deterministic_data()
    {
        QTest::addColumn<Scheme>("scheme");
        addSchemes("rain and inflow");
    }
    void deterministic()
    {
        QFETCH(Scheme, scheme);
        const FloodInputs in = rollingTerrain(40, 30);
        FloodParams p;
        p.scheme = scheme;
        p.rainfall = steadyRain(60, 600);
        p.inflow = hydrograph(10, 300);
        p.inflowCell = QPoint(3, 3);
        p.steps = 12;
        Result<FloodResult> a = FloodModel::run(in, p);
        Result<FloodResult> b = FloodModel::run(in, p);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->depth == b->depth);
        QVERIFY(a->maxDepth == b->maxDepth);
        for (qsizetype i = 0; i < a->steps.size(); ++i)
            QCOMPARE(a->steps[i].volumeM3, b->steps[i].volumeM3);
        QCOMPARE(a->cellUpdates, b->cellUpdates);
    }

    void cancelStops_data()
    {
        QTest::addColumn<Scheme>("scheme");
        addSchemes("cancel at step 2");
    }
    void cancelStops()
    {
        QFETCH(Scheme, scheme);
        Feedback feedback;
        SimControl control(&feedback);
        FloodParams p;
        p.scheme = scheme;
        p.rainfall = steadyRain(30, 3600);
        int seen = 0;
        Result<FloodResult> r =
            FloodModel::run(rollingTerrain(20, 20), p, &control, [&](const FloodStep &, const FloatGrid &) {
                if (++seen == 2)
                    feedback.cancel();
            });
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(seen, 2);
    }

    void checkRejectsBadInput_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"empty",
                               "barrier size",
                               "inflow outside",
                               "inflow in a wall",
                               "times out of order",
                               "negative rain",
                               "zero steps",
                               "zero step length",
                               "negative Manning n",
                               "elevation without value",
                               "zero cell size"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void checkRejectsBadInput()
    {
        QFETCH(int, which);
        FloodInputs in = rollingTerrain(10, 8);
        FloodParams p;
        p.inflow = hydrograph(1, 60);
        p.inflowCell = QPoint(2, 2);
        switch (which) {
        case 0:
            in.elevation = {};
            break;
        case 1:
            in.barriers = ByteGrid(8, 10);
            break;
        case 2:
            p.inflowCell = QPoint(-1, 2);
            break;
        case 3:
            in.barriers = ByteGrid(10, 8, 0);
            in.barriers.at(2, 2) = 1;
            break;
        case 4:
            p.inflow = {{60, 1}, {0, 2}};
            break;
        case 5:
            p.rainfall = {{0, -1}, {60, 1}};
            break;
        case 6:
            p.steps = 0;
            break;
        case 7:
            p.stepSeconds = 0;
            break;
        case 8:
            p.manningN = -0.01;
            break;
        case 9:
            in.elevation.at(4, 4) = std::nanf("");
            break;
        case 10:
            in.cellSize = -5;
            break;
        }
        const Result<void> c = FloodModel::check(in, p);
        QCOMPARE(c.error().code, Error::Code::InvalidArgument);
        QVERIFY(!c.error().message.isEmpty());
        QCOMPARE(FloodModel::run(in, p).error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestFloodModel)
#include "test_floodmodel.moc"
