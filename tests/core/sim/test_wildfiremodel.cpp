// Wildfire physics sanity and known answers: shape without wind, elongation with wind, slope,
// barriers, unburnable fuel, moisture of extinction, frames, perimeter and determinism.

#include "firetestgrids.h"

#include "sim/wildfiremodel.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace urbis;
using namespace urbis::test;

class TestWildfireModel : public QObject
{
    Q_OBJECT
private slots:
    void noWindFlatBurnsACircle()
    {
        const WildfireInputs in = grassland(161, 161);
        WildfireParams p;
        p.stepMinutes = 10;
        p.steps = int(600 / grassRate() / p.stepMinutes); // a radius of about 60 cells
        Result<WildfireResult> r = WildfireModel::run(in, p);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const Burn b = burnOf(r->arrivalStep, p.steps);
        QVERIFY(b.minC > 0 && b.minR > 0 && b.maxC < 160 && b.maxR < 160); // never reached the edge
        const double aspect = double(b.width()) / b.height();
        QVERIFY2(aspect > 0.9 && aspect < 1.1, qPrintable(QString::number(aspect)));
        const double radius = grassRate() * p.steps * p.stepMinutes / in.cellSize; // cells
        const double area = std::numbers::pi * radius * radius;
        QVERIFY2(std::abs(double(b.count) / area - 1) < 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(b.count).arg(area)));
        QVERIFY(std::abs(b.width() / 2.0 / radius - 1) < 0.1);
        QVERIFY(std::abs(b.cx - 80) < 0.5 && std::abs(b.cy - 80) < 0.5);
    }

    void windElongatesDownwind_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<int>("dx"); // expected downwind direction in grid terms
        QTest::addColumn<int>("dy");
        QTest::newRow("from west") << 270.0 << 1 << 0;
        QTest::newRow("from east") << 90.0 << -1 << 0;
        QTest::newRow("from north") << 0.0 << 0 << 1;
        QTest::newRow("from south") << 180.0 << 0 << -1;
    }
    void windElongatesDownwind()
    {
        QFETCH(double, from);
        QFETCH(int, dx);
        QFETCH(int, dy);
        const WildfireInputs in = grassland(241, 241);
        WildfireParams p;
        p.windSpeed = 10;
        p.windFromDeg = from;
        p.stepMinutes = 5;
        p.steps = int(1100 / (grassRate() * SpreadRate::headFactor(10)) / p.stepMinutes);
        Result<WildfireResult> r = WildfireModel::run(in, p);
        QVERIFY(r.ok());
        const Burn b = burnOf(r->arrivalStep, p.steps);
        QVERIFY(b.minC > 0 && b.minR > 0 && b.maxC < 240 && b.maxR < 240);
        const double along = dx ? b.width() : b.height();
        const double across = dx ? b.height() : b.width();
        QVERIFY2(along / across > 1.5, qPrintable(QStringLiteral("%1 / %2").arg(along).arg(across)));
        const double shiftDown = (b.cx - 120) * dx + (b.cy - 120) * dy;
        const double shiftAcross = (b.cx - 120) * dy + (b.cy - 120) * dx;
        QVERIFY2(shiftDown > 20, qPrintable(QString::number(shiftDown)));
        QVERIFY(std::abs(shiftAcross) < 1);
    }

    void strongerWindLongerFire()
    {
        double previous = 0;
        for (const double wind : {0.0, 3.0, 6.0, 12.0}) {
            const WildfireInputs in = grassland(201, 201);
            WildfireParams p;
            p.windSpeed = wind;
            p.windFromDeg = 270;
            p.stepMinutes = 5;
            p.steps = int(800 / (grassRate() * SpreadRate::headFactor(wind)) / p.stepMinutes);
            Result<WildfireResult> r = WildfireModel::run(in, p);
            QVERIFY(r.ok());
            const Burn b = burnOf(r->arrivalStep, p.steps);
            const double ratio = double(b.width()) / b.height();
            QVERIFY2(ratio > previous, qPrintable(QStringLiteral("wind %1: %2").arg(wind).arg(ratio)));
            previous = ratio;
        }
    }

    void uphillFasterThanDownhill()
    {
        WildfireInputs in = grassland(201, 201);
        in.elevation = FloatGrid(201, 201, 0.0f);
        const double rise = std::tan(20 * std::numbers::pi / 180) * in.cellSize;
        for (int r = 0; r < 201; ++r) {
            for (int c = 0; c < 201; ++c)
                in.elevation.at(c, r) = float((200 - r) * rise); // north is uphill
        }
        WildfireParams p;
        p.stepMinutes = 10;
        p.steps = int(900 / (grassRate() * SpreadRate::slopeFactor(rise / in.cellSize)) / p.stepMinutes);
        Result<WildfireResult> r = WildfireModel::run(in, p);
        QVERIFY(r.ok());
        const Burn b = burnOf(r->arrivalStep, p.steps);
        QVERIFY(b.minR > 0);
        const int up = 100 - b.minR, down = b.maxR - 100;
        QVERIFY2(up > 2 * down && down > 0, qPrintable(QStringLiteral("up %1, down %2").arg(up).arg(down)));
        QVERIFY(b.cy < 100 && std::abs(b.cx - 100) < 0.5);
    }

    void neverCrossesALine_data()
    {
        QTest::addColumn<int>("shape");   // 0 vertical, 1 diagonal, 2 anti-diagonal
        QTest::addColumn<int>("blocker"); // 0 barrier grid, else the fuel code that blocks
        for (int shape = 0; shape < 3; ++shape) {
            const char *names[] = {"vertical", "diagonal", "anti-diagonal"};
            QTest::addRow("%s barrier", names[shape]) << shape << 0;
            QTest::addRow("%s water", names[shape]) << shape << 5;
            QTest::addRow("%s no fuel", names[shape]) << shape << 0x100;
        }
    }
    void neverCrossesALine()
    {
        QFETCH(int, shape);
        QFETCH(int, blocker);
        const int n = 81;
        WildfireInputs in = grassland(n, n);
        in.barriers = ByteGrid(n, n, 0);
        auto line = [&](int c, int r) { return shape == 0 ? c == 40 : shape == 1 ? c == r : c + r == n - 1; };
        auto farSide = [&](int c, int r) { return shape == 0 ? c > 40 : shape == 1 ? c > r : c + r > n - 1; };
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < n; ++c) {
                if (!line(c, r))
                    continue;
                if (blocker == 0)
                    in.barriers.at(c, r) = 1;
                else
                    in.fuel.at(c, r) = std::uint8_t(blocker & 0xff);
            }
        }
        in.ignitions = {shape == 1 ? QPoint(20, 60) : QPoint(20, 20)};
        WildfireParams p;
        p.stepMinutes = 20;
        p.steps = 100;
        Result<WildfireResult> r = WildfireModel::run(in, p);
        QVERIFY(r.ok());
        qint64 nearCells = 0;
        for (int row = 0; row < n; ++row) {
            for (int c = 0; c < n; ++c) {
                const bool burned = r->arrivalStep.at(c, row) >= 0;
                QVERIFY2(!burned || (!line(c, row) && !farSide(c, row)),
                         qPrintable(QStringLiteral("%1,%2").arg(c).arg(row)));
                nearCells += !line(c, row) && !farSide(c, row);
            }
        }
        QCOMPARE(r->steps.last().burnedCells, nearCells); // and it did burn everything it could reach
    }

    void goesThroughAGap()
    {
        WildfireInputs in = grassland(81, 81);
        in.barriers = ByteGrid(81, 81, 0);
        for (int r = 0; r < 81; ++r)
            in.barriers.at(40, r) = r != 60;
        in.ignitions = {QPoint(20, 20)};
        WildfireParams p;
        p.stepMinutes = 20;
        p.steps = 100;
        Result<WildfireResult> blocked = WildfireModel::run(in, p);
        in.barriers = {};
        Result<WildfireResult> open = WildfireModel::run(in, p);
        QVERIFY(blocked.ok() && open.ok());
        QCOMPARE(blocked->arrivalStep.at(40, 60) >= 0, true);
        QVERIFY(blocked->arrivalStep.at(60, 20) > open->arrivalStep.at(60, 20)); // the long way round
        QCOMPARE(blocked->steps.last().burnedCells, qint64(81 * 81 - 80));
    }

    void moistureOfExtinctionStopsSpread()
    {
        const WildfireInputs in = grassland(41, 41);
        WildfireParams p;
        p.steps = 30;
        p.stepMinutes = 10;
        p.fuelMoisture = 0.12; // default grass extinction moisture
        Result<WildfireResult> dead = WildfireModel::run(in, p);
        QVERIFY(dead.ok());
        QCOMPARE(dead->steps.last().burnedCells, qint64(0)); // not even the ignition cell can burn
        p.fuelMoisture = 0.115;
        Result<WildfireResult> alive = WildfireModel::run(in, p);
        QVERIFY(alive.ok());
        QVERIFY(alive->steps.last().burnedCells > 1);
    }

    void ignitionOnUnburnableCellBurnsNothing()
    {
        WildfireInputs in = grassland(21, 21);
        in.fuel.at(10, 10) = 5;
        Result<WildfireResult> r = WildfireModel::run(in, WildfireParams());
        QVERIFY(r.ok());
        QCOMPARE(r->steps.last().burnedCells, qint64(0));
        QCOMPARE(r->steps.size(), WildfireParams().steps);
    }

    void framesAreFinalAndStatsMatchThem()
    {
        const WildfireInputs in = mixedLandscape(90, 70);
        WildfireParams p;
        p.windSpeed = 4;
        p.windFromDeg = 200;
        p.stepMinutes = 15;
        p.steps = 40;
        QList<IntGrid> frames;
        Result<WildfireResult> r =
            WildfireModel::run(in, p, nullptr, [&](const WildfireStep &s, const IntGrid &a) {
                QCOMPARE(s.step, frames.size() + 1);
                frames.append(a);
            });
        QVERIFY(r.ok());
        QCOMPARE(frames.size(), p.steps);
        QVERIFY(r->cellUpdates > 0);
        for (int k = 1; k <= p.steps; ++k) {
            IntGrid expected = r->arrivalStep;
            for (int &a : expected.cells())
                a = a > k ? -1 : a;
            QVERIFY2(frames[k - 1] == expected, qPrintable(QStringLiteral("step %1").arg(k)));
            const WildfireStep &s = r->steps[k - 1];
            QCOMPARE(s.burnedCells, burnOf(r->arrivalStep, k).count);
            QCOMPARE(s.areaM2, double(s.burnedCells) * 900);
            QCOMPARE(s.perimeterM, double(perimeterEdges(r->arrivalStep, k)) * 30);
        }
        QVERIFY(r->steps.last().burnedCells > r->steps.first().burnedCells);
    }

    void deterministic()
    {
        const WildfireInputs in = mixedLandscape(120, 120);
        WildfireParams p;
        p.windSpeed = 8;
        p.windFromDeg = 300;
        p.stepMinutes = 10;
        p.steps = 60;
        Result<WildfireResult> a = WildfireModel::run(in, p);
        Result<WildfireResult> b = WildfireModel::run(in, p);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->arrivalStep == b->arrivalStep);
        QCOMPARE(a->cellUpdates, b->cellUpdates);

        p.spottingProbability = 0.05;
        p.seed = 7;
        Result<WildfireResult> s1 = WildfireModel::run(in, p);
        Result<WildfireResult> s2 = WildfireModel::run(in, p);
        p.seed = 8;
        Result<WildfireResult> s3 = WildfireModel::run(in, p);
        QVERIFY(s1.ok() && s2.ok() && s3.ok());
        QVERIFY(s1->arrivalStep == s2->arrivalStep);
        QVERIFY(!(s1->arrivalStep == s3->arrivalStep));
        QVERIFY(!(s1->arrivalStep == a->arrivalStep)); // spotting did something
        QVERIFY(s1->steps.last().burnedCells >= a->steps.last().burnedCells);
    }
};

QTEST_GUILESS_MAIN(TestWildfireModel)
#include "test_wildfiremodel.moc"
