// The shipped dashboard templates evaluate on the demo workspace out of the box: every KPI
// finds its data, checks, and yields values; the common filters narrow them as promised.

#include "kpi/dashboardstore.h"
#include "kpi/kpicache.h"
#include "kpi/kpiengine.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace urbis;

class TestKpiTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Workspace> m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY(ws);
        m_ws.emplace(std::move(*ws));
        const auto demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo, qPrintable(demo.error().message));
    }

    void templatesEvaluate_data()
    {
        QTest::addColumn<QString>("id");
        const QList<DashboardStore::Entry> all = DashboardStore::templates();
        QCOMPARE(all.size(), 4);
        for (const DashboardStore::Entry &e : all)
            QTest::newRow(qPrintable(e.id)) << e.id;
    }
    void templatesEvaluate()
    {
        QFETCH(QString, id);
        Result<Dashboard> d = DashboardStore::loadTemplate(id);
        QVERIFY2(d, qPrintable(d.error().message));
        KpiEngine engine(m_ws->catalog(), m_ws->store(), std::make_shared<KpiCache>());
        QMap<QString, Error> errors;
        Result<QList<KpiResult>> r = engine.evaluateAll(d->kpis, d->filters, nullptr, &errors);
        QVERIFY2(r, qPrintable(r.error().message));
        for (auto it = errors.begin(); it != errors.end(); ++it)
            QFAIL(qPrintable(it.key() + QStringLiteral(": ") + it.value().message));
        QCOMPARE(r->size(), d->kpis.size());
        for (const KpiResult &k : *r) {
            const bool anyValue = std::any_of(k.values.begin(), k.values.end(), [](const KpiValue &v) { return v.value.has_value(); });
            QVERIFY2(anyValue, qPrintable(k.id + QStringLiteral(" has no value on the demo data")));
            QVERIFY2(!k.datasets.isEmpty(), qPrintable(k.id));
        }
    }

    void cityFilterNarrowsTheAirQualityDashboard()
    {
        Result<Dashboard> d = DashboardStore::loadTemplate(QStringLiteral("air-quality"));
        QVERIFY(d);
        const KpiDefinition *byCity = d->kpi(QStringLiteral("pm10-monthly"));
        QVERIFY(byCity);
        KpiEngine engine(m_ws->catalog(), m_ws->store());
        Result<KpiResult> all = engine.evaluate(*byCity);
        QVERIFY(all);
        QCOMPARE(all->values.size(), 8); // eight demo cities, January 2023
        KpiFilter f;
        f.cities = {QStringLiteral("Maribor")};
        Result<KpiResult> one = engine.evaluate(*byCity, f);
        QVERIFY(one);
        QCOMPARE(one->values.size(), 1);
        QCOMPARE(one->values.first().dims.value(QStringLiteral("cityName")), QStringLiteral("Maribor"));
    }
};

QTEST_GUILESS_MAIN(TestKpiTemplates)
#include "test_kpitemplates.moc"
