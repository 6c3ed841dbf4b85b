#include "kpi/dashboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace urbis;

namespace {

KpiDefinition makeKpi(const QString &id, const QString &formula = QStringLiteral("avg(pm10)"))
{
    KpiDefinition k;
    k.id = id;
    k.name = id;
    k.formula = formula;
    k.unit = QStringLiteral("ug/m3");
    KpiSource s;
    s.domain = QStringLiteral("air");
    s.requiredFields = {QStringLiteral("pm10")};
    k.sources = {s};
    return k;
}

DashboardPanel makePanel(const QString &id, DashboardPanel::Type type, QStringList kpis, QRect cell)
{
    DashboardPanel p;
    p.id = id;
    p.type = type;
    p.kpis = std::move(kpis);
    p.cell = cell;
    return p;
}

Dashboard fullDashboard()
{
    Dashboard d;
    d.id = QStringLiteral("air-2");
    d.title = QStringLiteral("Air quality, Torino");
    d.description = QStringLiteral("Ünïcode and \"quotes\"");
    d.city = QStringLiteral("Torino");
    d.filters.cities = {QStringLiteral("Torino")};
    d.filters.from = QDate(2023, 1, 1);
    d.filters.to = QDate(2023, 12, 31);
    d.filters.grain = TimeGrain::Week;
    d.filters.dimensionValues.insert(QStringLiteral("station"), {QStringLiteral("TOR-01")});
    KpiDefinition pm10 = makeKpi(QStringLiteral("pm10"));
    pm10.dimensions = {QStringLiteral("cityName")};
    pm10.thresholds = {20, 40};
    pm10.target = 20.5;
    pm10.category = QStringLiteral("SC5");
    d.kpis = {pm10, makeKpi(QStringLiteral("no2"), QStringLiteral("percentile(no2, 95)"))};
    DashboardPanel line = makePanel(QStringLiteral("trend"), DashboardPanel::Type::Line, {QStringLiteral("pm10"), QStringLiteral("no2")}, {0, 0, 6, 4});
    line.title = QStringLiteral("Trend");
    line.options = QJsonObject{{QStringLiteral("dimension"), QStringLiteral("cityName")}, {QStringLiteral("futureKey"), QJsonArray{1, 2}}};
    DashboardPanel map = makePanel(QStringLiteral("map"), DashboardPanel::Type::Map, {QStringLiteral("pm10")}, {6, 0, 6, 4});
    map.options = QJsonObject{{QStringLiteral("mode"), QStringLiteral("points")}, {QStringLiteral("lat"), QStringLiteral("lat")}, {QStringLiteral("lon"), QStringLiteral("lon")}};
    d.panels = {line, map, makePanel(QStringLiteral("empty"), DashboardPanel::Type::Stat, {}, {0, 4, 3, 3})};
    return d;
}

// A valid document the error rows each break in one place.
QJsonObject validJson()
{
    return fullDashboard().toJson();
}

QJsonObject withPanel(const QJsonObject &base, const QJsonObject &panel)
{
    QJsonObject o = base;
    QJsonArray panels = o.value(QStringLiteral("panels")).toArray();
    panels.append(panel);
    o[QStringLiteral("panels")] = panels;
    return o;
}

QJsonObject panelJson(const QString &id, const QString &type, const QStringList &kpis, int x = 0, int y = 20, int w = 4, int h = 3)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("kpis"), QJsonArray::fromStringList(kpis)},
                       {QStringLiteral("cell"), QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), w}, {QStringLiteral("h"), h}}}};
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Dashboard>("dashboard");
        QTest::newRow("empty") << Dashboard();
        Dashboard minimal;
        minimal.id = QStringLiteral("a");
        minimal.kpis = {makeKpi(QStringLiteral("k"))};
        minimal.panels = {makePanel(QStringLiteral("p"), DashboardPanel::Type::Stat, {QStringLiteral("k")}, {0, 0, 4, 3})};
        QTest::newRow("minimal") << minimal;
        QTest::newRow("full") << fullDashboard();
        Dashboard everyType;
        everyType.id = QStringLiteral("every-type");
        everyType.kpis = {makeKpi(QStringLiteral("k"))};
        for (DashboardPanel::Type t : DashboardPanel::allTypes())
            everyType.panels.append(makePanel(DashboardPanel::typeName(t), t, {QStringLiteral("k")}, everyType.freeCell(4, 2)));
        QTest::newRow("every panel type") << everyType;
    }
    void roundTrip()
    {
        QFETCH(Dashboard, dashboard);
        // Through text, as DashboardStore writes it.
        const QByteArray text = QJsonDocument(dashboard.toJson()).toJson();
        const Result<Dashboard> back = Dashboard::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(*back == dashboard);
        QCOMPARE(back->toJson(), dashboard.toJson());
    }

    void unknownOptionKeysKept()
    {
        const Result<Dashboard> d = Dashboard::fromJson(validJson());
        QVERIFY(d.ok());
        const DashboardPanel *p = d->panel(QStringLiteral("trend"));
        QVERIFY(p);
        QCOMPARE(p->options.value(QStringLiteral("futureKey")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(d->toJson().value(QStringLiteral("panels")).toArray().at(0).toObject().value(QStringLiteral("options")).toObject().value(QStringLiteral("futureKey")).toArray(),
                 (QJsonArray{1, 2}));
    }

    void invalid_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("mentions");
        const QJsonObject base = validJson();

        QJsonObject dupKpi = base;
        QJsonArray kpis = dupKpi.value(QStringLiteral("kpis")).toArray();
        kpis.append(kpis.at(0));
        dupKpi[QStringLiteral("kpis")] = kpis;
        QTest::newRow("duplicate KPI id") << dupKpi << "\"pm10\"";

        QTest::newRow("duplicate panel id") << withPanel(base, panelJson(QStringLiteral("map"), QStringLiteral("stat"), {QStringLiteral("pm10")})) << "\"map\"";
        QTest::newRow("panel naming an unknown KPI")
            << withPanel(base, panelJson(QStringLiteral("extra"), QStringLiteral("stat"), {QStringLiteral("pm10"), QStringLiteral("ozone")})) << "\"ozone\"";
        QTest::newRow("unknown panel type") << withPanel(base, panelJson(QStringLiteral("radar1"), QStringLiteral("radar"), {QStringLiteral("pm10")})) << "\"radar1\"";
        QTest::newRow("unknown panel type names the type") << withPanel(base, panelJson(QStringLiteral("radar1"), QStringLiteral("radar"), {})) << "\"radar\"";
        QTest::newRow("panel without id") << withPanel(base, panelJson({}, QStringLiteral("stat"), {})) << "Panel 4";
        QTest::newRow("panel beyond the grid") << withPanel(base, panelJson(QStringLiteral("wide"), QStringLiteral("bar"), {}, 10, 0, 4, 3)) << "\"wide\"";
        QTest::newRow("panel of zero height") << withPanel(base, panelJson(QStringLiteral("flat"), QStringLiteral("bar"), {}, 0, 30, 4, 0)) << "\"flat\"";

        QJsonObject badKpi = base;
        kpis = badKpi.value(QStringLiteral("kpis")).toArray();
        QJsonObject noFormula = kpis.at(1).toObject();
        noFormula.remove(QStringLiteral("formula"));
        kpis[1] = noFormula;
        badKpi[QStringLiteral("kpis")] = kpis;
        QTest::newRow("KPI without formula") << badKpi << "KPI 2";

        QJsonObject notObject = base;
        notObject[QStringLiteral("kpis")] = QJsonArray{42};
        QTest::newRow("KPI not an object") << notObject << "KPI 1";
        QJsonObject kpisNotList = base;
        kpisNotList[QStringLiteral("kpis")] = QStringLiteral("pm10");
        QTest::newRow("kpis not a list") << kpisNotList << "\"kpis\"";
        QJsonObject panelsNotList = base;
        panelsNotList[QStringLiteral("panels")] = QJsonObject();
        QTest::newRow("panels not a list") << panelsNotList << "\"panels\"";

        QJsonObject newer = base;
        newer[QStringLiteral("urbisDashboard")] = 2;
        QTest::newRow("newer format") << newer << "version 2";
        QJsonObject badId = base;
        badId[QStringLiteral("id")] = QStringLiteral("Air Quality");
        QTest::newRow("bad dashboard id") << badId << "\"Air Quality\"";
    }
    void invalid()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, mentions);
        const Result<Dashboard> d = Dashboard::fromJson(json);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, Error::Code::InvalidData);
        QVERIFY2(d.error().message.contains(mentions), qPrintable(d.error().message));
    }

    void typeNames_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("stat") << int(DashboardPanel::Type::Stat) << "stat";
        QTest::newRow("line") << int(DashboardPanel::Type::Line) << "line";
        QTest::newRow("bar") << int(DashboardPanel::Type::Bar) << "bar";
        QTest::newRow("stacked-bar") << int(DashboardPanel::Type::StackedBar) << "stacked-bar";
        QTest::newRow("pie") << int(DashboardPanel::Type::Pie) << "pie";
        QTest::newRow("gauge") << int(DashboardPanel::Type::Gauge) << "gauge";
        QTest::newRow("table") << int(DashboardPanel::Type::Table) << "table";
        QTest::newRow("map") << int(DashboardPanel::Type::Map) << "map";
        QTest::newRow("histogram") << int(DashboardPanel::Type::Histogram) << "histogram";
    }
    void typeNames()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        const auto t = DashboardPanel::Type(type);
        QCOMPARE(DashboardPanel::typeName(t), name);
        QCOMPARE(DashboardPanel::typeFromName(name), std::optional<DashboardPanel::Type>(t));
        QVERIFY(!DashboardPanel::typeLabel(t).isEmpty());
        QVERIFY(DashboardPanel::allTypes().contains(t));
    }
    void unknownTypeName()
    {
        QCOMPARE(DashboardPanel::allTypes().size(), 9);
        QVERIFY(!DashboardPanel::typeFromName(QStringLiteral("Line")));
        QVERIFY(!DashboardPanel::typeFromName(QString()));
        QVERIFY(!DashboardPanel::fromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("radar")}}));
    }

    void freeCell_data()
    {
        QTest::addColumn<QList<QRect>>("taken");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QRect>("expected");
        QTest::newRow("empty grid") << QList<QRect>{} << QSize(4, 3) << QRect(0, 0, 4, 3);
        QTest::newRow("beside a panel") << QList<QRect>{{0, 0, 4, 3}} << QSize(4, 3) << QRect(4, 0, 4, 3);
        QTest::newRow("row full, next row") << QList<QRect>{{0, 0, 6, 3}, {6, 0, 6, 3}} << QSize(4, 2) << QRect(0, 3, 4, 2);
        QTest::newRow("gap too narrow") << QList<QRect>{{0, 0, 5, 2}, {8, 0, 4, 2}} << QSize(4, 2) << QRect(0, 2, 4, 2);
        QTest::newRow("gap just wide enough") << QList<QRect>{{0, 0, 4, 2}, {8, 0, 4, 2}} << QSize(4, 2) << QRect(4, 0, 4, 2);
        QTest::newRow("tall panel blocks lower rows") << QList<QRect>{{0, 0, 12, 1}, {0, 1, 8, 4}} << QSize(4, 4) << QRect(8, 1, 4, 4);
        QTest::newRow("hole below") << QList<QRect>{{0, 0, 12, 2}, {0, 4, 12, 2}} << QSize(6, 2) << QRect(0, 2, 6, 2);
        QTest::newRow("hole too low") << QList<QRect>{{0, 0, 12, 2}, {0, 3, 12, 2}} << QSize(6, 2) << QRect(0, 5, 6, 2);
        QTest::newRow("wider than the grid is clamped") << QList<QRect>{} << QSize(20, 2) << QRect(0, 0, 12, 2);
        QTest::newRow("zero size becomes one cell") << QList<QRect>{{0, 0, 1, 1}} << QSize(0, 0) << QRect(1, 0, 1, 1);
    }
    void freeCell()
    {
        QFETCH(QList<QRect>, taken);
        QFETCH(QSize, size);
        QFETCH(QRect, expected);
        Dashboard d;
        for (const QRect &r : taken)
            d.panels.append(makePanel(d.newPanelId(), DashboardPanel::Type::Stat, {}, r));
        QCOMPARE(d.freeCell(size.width(), size.height()), expected);
    }

    void newPanelId_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << "panel-1";
        QTest::newRow("after two") << QStringList{"panel-1", "panel-2"} << "panel-3";
        QTest::newRow("named panels") << QStringList{"trend", "map"} << "panel-3";
        QTest::newRow("next taken") << QStringList{"panel-2", "panel-3"} << "panel-4";
    }
    void newPanelId()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        Dashboard d;
        for (const QString &id : existing)
            d.panels.append(makePanel(id, DashboardPanel::Type::Stat, {}, d.freeCell(1, 1)));
        QCOMPARE(d.newPanelId(), expected);
        QVERIFY(!d.panel(expected));
    }

    void lookup()
    {
        const Dashboard d = fullDashboard();
        QVERIFY(d.kpi(QStringLiteral("no2")));
        QCOMPARE(d.kpi(QStringLiteral("no2"))->formula, QStringLiteral("percentile(no2, 95)"));
        QVERIFY(!d.kpi(QStringLiteral("ozone")));
        QVERIFY(d.panel(QStringLiteral("map")));
        QCOMPARE(d.panel(QStringLiteral("map"))->type, DashboardPanel::Type::Map);
        QVERIFY(!d.panel(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "test_dashboard.moc"
