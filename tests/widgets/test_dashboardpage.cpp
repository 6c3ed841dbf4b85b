#include "kpipanelfixture.h"
#include "kpi/dashboardfilterbar.h"
#include "kpi/dashboardpage.h"
#include "kpi/dashboardview.h"
#include "kpi/kpilinepanel.h"
#include "kpi/kpimappanel.h"
#include "kpi/kpistatpanel.h"
#include "util/taskmanager.h"
#include "workspace/demoworkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;
using urbis::test::panel;

namespace {

KpiDefinition kpi(const QString &id, const QString &name, const QString &dataset, const QString &formula,
                  const QString &unit, const QStringList &dims, TimeGrain grain)
{
    KpiDefinition k;
    k.id = id;
    k.name = name;
    k.formula = formula;
    k.unit = unit;
    k.dimensions = dims;
    k.grain = grain;
    KpiSource s;
    s.datasets = {dataset};
    k.sources = {s};
    return k;
}

} // namespace

/** DashboardPage against a real (demo) workspace: the task, the cache, map geometry, cancel. */
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        const auto demo = DemoWorkspace::create(*ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    }

    void evaluatesAndShows()
    {
        Dashboard d;
        d.id = QStringLiteral("demo");
        d.title = QStringLiteral("Demo");
        d.kpis = {kpi(QStringLiteral("pm10"), QStringLiteral("PM10 daily mean"), QStringLiteral("Athens air quality, January 2023"),
                      QStringLiteral("avg(pm10)"), QStringLiteral("ug/m3"), {QStringLiteral("station")}, TimeGrain::Day),
                  kpi(QStringLiteral("recycling"), QStringLiteral("Recycling rate"),
                      QStringLiteral("Torino WEEE and textile waste collection 2019-2023"),
                      QStringLiteral("100 * sum(recycled) / sum(collected)"), QStringLiteral("%"), {QStringLiteral("locationId")},
                      TimeGrain::Year),
                  kpi(QStringLiteral("broken"), QStringLiteral("Broken"), QStringLiteral("No such dataset"),
                      QStringLiteral("sum(x)"), {}, {}, TimeGrain::Month)};
        d.panels = {panel(QStringLiteral("stat"), DashboardPanel::Type::Stat, QStringLiteral("recycling"), QRect(0, 0, 3, 2)),
                    panel(QStringLiteral("broken"), DashboardPanel::Type::Stat, QStringLiteral("broken"), QRect(3, 0, 3, 2)),
                    panel(QStringLiteral("line"), DashboardPanel::Type::Line, QStringLiteral("pm10"), QRect(6, 0, 6, 4)),
                    panel(QStringLiteral("points"), DashboardPanel::Type::Map, QStringLiteral("pm10"), QRect(0, 4, 6, 4),
                          {{QStringLiteral("mode"), QStringLiteral("points")}}),
                    panel(QStringLiteral("districts"), DashboardPanel::Type::Map, QStringLiteral("recycling"), QRect(6, 4, 6, 4),
                          {{QStringLiteral("mode"), QStringLiteral("choropleth")},
                           {QStringLiteral("boundaries"), QStringLiteral("Torino districts 2023")},
                           {QStringLiteral("joinField"), QStringLiteral("locationId")}})};

        TaskManager tasks;
        DashboardPage page(&tasks, m_dir.path());
        page.resize(1280, 860);
        page.show();
        QSignalSpy evaluated(&page, &DashboardPage::evaluated);
        page.setDashboard(d);
        QVERIFY(page.isEvaluating());
        QVERIFY(evaluated.wait(60000));
        QCOMPARE(evaluated.first().first().toBool(), true);
        QVERIFY2(page.statusText().contains(QLatin1String("ms")), qPrintable(page.statusText()));

        auto *line = qobject_cast<KpiLinePanel *>(page.view()->panelWidget(QStringLiteral("line")));
        QVERIFY2(line->message().isEmpty(), qPrintable(line->message()));
        QCOMPARE(line->seriesNames().size(), 3); // three stations
        QVERIFY(!qobject_cast<KpiStatPanel *>(page.view()->panelWidget(QStringLiteral("stat")))->valueText().isEmpty());
        QVERIFY(!page.view()->panelWidget(QStringLiteral("broken"))->message().isEmpty());

        auto *points = qobject_cast<KpiMapPanel *>(page.view()->panelWidget(QStringLiteral("points")));
        auto *districts = qobject_cast<KpiMapPanel *>(page.view()->panelWidget(QStringLiteral("districts")));
        QTRY_VERIFY_WITH_TIMEOUT(points->message().isEmpty() && districts->message().isEmpty(), 30000);
        QCOMPARE(points->coloredShapeCount(), 3);
        QCOMPARE(districts->coloredShapeCount(), 4);

        const QString shots = qEnvironmentVariable("URBIS_SHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/dashboard-page.png")));

        // A filter change evaluates again, from the cache; a newer evaluation replaces an older one.
        evaluated.clear();
        KpiFilter f = page.filterBar()->filter();
        f.from = QDate(2023, 1, 10);
        page.filterBar()->setFilter(f);
        page.evaluate();
        page.evaluate();
        QVERIFY(evaluated.wait(60000));
        QTest::qWait(200);
        QCOMPARE(evaluated.size(), 1);
        QVERIFY(tasks.waitForDone(30000));
    }

    void cancelStops()
    {
        Dashboard d;
        d.kpis = {kpi(QStringLiteral("pm10"), QStringLiteral("PM10"), QStringLiteral("Athens air quality, January 2023"),
                      QStringLiteral("avg(pm10)"), QStringLiteral("ug/m3"), {}, TimeGrain::Day)};
        d.panels = {panel(QStringLiteral("stat"), DashboardPanel::Type::Stat, QStringLiteral("pm10"), QRect(0, 0, 3, 2))};
        TaskManager tasks;
        DashboardPage page(&tasks, m_dir.path());
        QSignalSpy evaluated(&page, &DashboardPage::evaluated);
        page.setDashboard(d);
        page.cancel();
        QVERIFY(evaluated.wait(60000));
        QVERIFY(!page.isEvaluating());
        QVERIFY(tasks.waitForDone(30000));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDashboardPage)
#include "test_dashboardpage.moc"
