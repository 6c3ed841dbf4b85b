#include "kpi/kpibarpanel.h"
#include "kpi/kpigaugepanel.h"
#include "kpi/kpihistogrampanel.h"
#include "kpi/kpilinepanel.h"
#include "kpi/kpimappanel.h"
#include "kpi/kpipanelfactory.h"
#include "kpi/kpipanelstyle.h"
#include "kpi/kpipiepanel.h"
#include "kpi/kpistackedbarpanel.h"
#include "kpi/kpistatpanel.h"
#include "kpi/kpitablemodel.h"
#include "kpi/kpitablepanel.h"

#include <QChart>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTest>

#include <cmath>
#include <memory>

using namespace urbis;

namespace {

KpiDefinition kpi(const QString &id, const QString &unit = QStringLiteral("µg/m³"))
{
    KpiDefinition k;
    k.id = id;
    k.name = QStringLiteral("PM10 mean");
    k.unit = unit;
    k.formula = QStringLiteral("avg(pm10)");
    k.thresholds = {40, 50};
    k.target = 40;
    k.targetDate = QDate(2030, 12, 31);
    return k;
}

KpiValue value(const QString &period, std::optional<double> v, const QString &status = {},
               const QMap<QString, QString> &dims = {})
{
    KpiValue kv;
    kv.period = period;
    kv.value = v;
    kv.status = status;
    kv.dims = dims;
    return kv;
}

QMap<QString, QString> city(const QString &name)
{
    return {{QStringLiteral("cityName"), name}};
}

/** Two cities over four months; Athens has no value in February. */
KpiResult cityResult(const QString &id = QStringLiteral("pm10"))
{
    KpiResult r;
    r.id = id;
    r.unit = QStringLiteral("µg/m³");
    r.dimensions = {QStringLiteral("cityName")};
    const QStringList months = {QStringLiteral("2023-01"), QStringLiteral("2023-02"), QStringLiteral("2023-03"),
                                QStringLiteral("2023-04")};
    const QList<std::optional<double>> athens = {31.5, std::nullopt, 44.0, 52.0};
    const QList<std::optional<double>> bologna = {22.0, 25.0, 27.5, 30.0};
    for (int i = 0; i < months.size(); ++i) {
        r.values << value(months[i], athens[i], athens[i] ? QStringLiteral("good") : QString(), city(QStringLiteral("Athens")));
        r.values << value(months[i], bologna[i], QStringLiteral("good"), city(QStringLiteral("Bologna")));
    }
    return r;
}

DashboardPanel panel(DashboardPanel::Type type, const QJsonObject &options = {})
{
    DashboardPanel p;
    p.id = QStringLiteral("p1");
    p.type = type;
    p.kpis = {QStringLiteral("pm10")};
    p.cell = QRect(0, 0, 4, 3);
    p.options = options;
    return p;
}

template <typename T>
std::unique_ptr<T> make(DashboardPanel::Type type, const QList<KpiResult> &results, const QJsonObject &options = {})
{
    auto w = std::make_unique<T>();
    w->resize(480, 320);
    w->setPanel(panel(type, options), {kpi(QStringLiteral("pm10"))});
    w->setResults(results);
    return w;
}

/** Variance of the grey levels: a blank (or single-colour) image has none. */
double variance(const QImage &image)
{
    double sum = 0, sq = 0;
    const int n = image.width() * image.height();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            sq += g * g;
        }
    const double mean = sum / n;
    return sq / n - mean * mean;
}

QImage render(const KpiPanelWidget &w)
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    w.renderTo(&p, QRectF(0, 0, 400, 300));
    p.end();
    return image;
}

QList<KpiMapData::Shape> squares()
{
    QList<KpiMapData::Shape> shapes;
    for (int i = 0; i < 2; ++i) {
        KpiMapData::Shape s;
        s.key = i == 0 ? QStringLiteral("Athens") : QStringLiteral("Bologna");
        s.parts = {QPolygonF(QRectF(i * 1000.0, 0, 1000, 1000))};
        shapes << s;
    }
    KpiMapData::Shape nowhere;
    nowhere.key = QStringLiteral("Cork");
    nowhere.parts = {QPolygonF(QRectF(0, 1000, 2000, 500))};
    shapes << nowhere;
    return shapes;
}

} // namespace

class TestKpiPanels : public QObject
{
    Q_OBJECT

private slots:
    void stat()
    {
        KpiResult r;
        r.id = QStringLiteral("pm10");
        r.unit = QStringLiteral("µg/m³");
        r.values = {value(QStringLiteral("2023-01"), 40.0, QStringLiteral("warn")),
                    value(QStringLiteral("2023-02"), std::nullopt),
                    value(QStringLiteral("2023-03"), 50.0, QStringLiteral("bad"))};
        auto w = make<KpiStatPanel>(DashboardPanel::Type::Stat, {r});
        QVERIFY(w->message().isEmpty());
        QCOMPARE(w->value(), std::optional<double>(50.0));
        QVERIFY(w->valueText().contains(QLatin1String("50")));
        QVERIFY(w->valueText().contains(QStringLiteral("µg/m³")));
        QCOMPARE(w->status(), QStringLiteral("bad"));
        QCOMPARE(w->statusColor(), KpiPanelStyle::statusColor(QStringLiteral("bad")));
        // The previous period with a value is January (February is a gap): +25 %.
        QVERIFY(w->trendPercent().has_value());
        QCOMPARE(*w->trendPercent(), 25.0);
        QVERIFY(w->trendText().startsWith(QChar(0x25b2)));
        QVERIFY(w->trendText().contains(QStringLiteral("2023-01")));
        QVERIFY(w->targetText().contains(QStringLiteral("2030-12-31")));
    }

    void statusColours_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("good") << "good" << QColor(0x2e, 0x9d, 0x4f);
        QTest::newRow("warn") << "warn" << QColor(0xe6, 0x9a, 0x00);
        QTest::newRow("bad") << "bad" << QColor(0xd0, 0x32, 0x2b);
        QTest::newRow("none") << "" << QColor(0x8a, 0x8f, 0x96);
    }

    void statusColours()
    {
        QFETCH(QString, status);
        QFETCH(QColor, colour);
        KpiResult r;
        r.id = QStringLiteral("pm10");
        r.values = {value(QStringLiteral("2023"), 12.0, status)};
        auto w = make<KpiStatPanel>(DashboardPanel::Type::Stat, {r});
        QCOMPARE(w->statusColor(), colour);
        QVERIFY(!w->trendPercent()); // a single period has nothing to compare with
    }

    void lineSeriesAndGaps()
    {
        auto w = make<KpiLinePanel>(DashboardPanel::Type::Line, {cityResult()});
        QCOMPARE(w->seriesNames(), QStringList({QStringLiteral("Athens"), QStringLiteral("Bologna")}));
        QCOMPARE(w->segmentCount(QStringLiteral("Athens")), 2); // the null February splits the line
        QCOMPARE(w->pointCount(QStringLiteral("Athens")), 3);
        QCOMPARE(w->segmentCount(QStringLiteral("Bologna")), 1);
        QCOMPARE(w->pointCount(QStringLiteral("Bologna")), 4);
        int points = 0;
        for (QAbstractSeries *s : w->chart()->series())
            points += int(static_cast<QLineSeries *>(s)->count());
        QCOMPARE(points, 7); // no zero was invented for the gap
    }

    void bars()
    {
        auto bar = make<KpiBarPanel>(DashboardPanel::Type::Bar, {cityResult()});
        QCOMPARE(bar->categories().size(), 4);
        QCOMPARE(bar->setCount(), 2);
        auto stacked = make<KpiStackedBarPanel>(DashboardPanel::Type::StackedBar, {cityResult()});
        QCOMPARE(stacked->setCount(), 2);
    }

    void pieSlicesSum()
    {
        auto w = make<KpiPiePanel>(DashboardPanel::Type::Pie, {cityResult()});
        QCOMPARE(w->period(), QStringLiteral("2023-04"));
        QCOMPARE(w->sliceCount(), 2);
        QCOMPARE(w->sliceSum(), 52.0 + 30.0);
    }

    void histogramBins()
    {
        KpiResult r;
        r.id = QStringLiteral("pm10");
        for (int i = 0; i < 10; ++i)
            r.values << value(QStringLiteral("2023-01-%1").arg(i + 1, 2, 10, QLatin1Char('0')), double(i));
        r.values << value(QStringLiteral("2023-01-11"), std::nullopt);
        auto w = make<KpiHistogramPanel>(DashboardPanel::Type::Histogram, {r}, {{QStringLiteral("bins"), 5}});
        QCOMPARE(w->binCounts(), QList<int>({2, 2, 2, 2, 2}));
        QCOMPARE(w->binEdges().first(), 0.0);
        QCOMPARE(w->binEdges().last(), 9.0);
    }

    void tableRowsAndFilter()
    {
        auto w = make<KpiTablePanel>(DashboardPanel::Type::Table, {cityResult()});
        QCOMPARE(w->model()->rowCount(), 8);
        QCOMPARE(w->model()->columnCount(), 4); // period, cityName, value, status
        w->searchEdit()->setText(QStringLiteral("bolo"));
        QCOMPARE(w->proxy()->rowCount(), 4);
        w->searchEdit()->clear();
        w->proxy()->sort(2, Qt::DescendingOrder);
        QCOMPARE(w->proxy()->index(0, 2).data(Qt::UserRole).toDouble(), 52.0);
        // The null value is kept as a row without a number, never as 0.
        w->proxy()->sort(2, Qt::AscendingOrder);
        QVERIFY(!w->proxy()->index(0, 2).data(Qt::UserRole).isValid());
    }

    void gaugeBands()
    {
        auto w = make<KpiGaugePanel>(DashboardPanel::Type::Gauge, {cityResult()});
        QCOMPARE(w->value(), std::optional<double>(52.0)); // Athens, April
        QCOMPARE(w->minimum(), 0.0);
        QCOMPARE(w->maximum(), 75.0); // highest threshold × 1.5
        const QList<KpiGaugePanel::Band> bands = w->bands();
        QCOMPARE(bands.size(), 3);
        QCOMPARE(bands[0].status, QStringLiteral("good"));
        QCOMPARE(bands[1].status, QStringLiteral("warn"));
        QCOMPARE(bands[2].status, QStringLiteral("bad"));
    }

    void mapColoursKeys()
    {
        auto w = make<KpiMapPanel>(DashboardPanel::Type::Map, {cityResult()});
        QCOMPARE(w->message(), KpiMapPanel::tr("Loading the map…"));
        w->setShapes(squares());
        QVERIFY(w->message().isEmpty());
        QCOMPARE(w->coloredShapeCount(), 2); // Cork has no value
        QCOMPARE(w->valueOf(QStringLiteral("Athens")), std::optional<double>(52.0));
        w->setShapes({}, QStringLiteral("No dataset is called \"x\"."));
        QVERIFY(w->message().contains(QLatin1String("No dataset")));
    }

    void emptyShowsNoData_data()
    {
        QTest::addColumn<int>("type");
        for (DashboardPanel::Type t : DashboardPanel::allTypes())
            QTest::newRow(qPrintable(DashboardPanel::typeName(t))) << int(t);
    }

    void emptyShowsNoData()
    {
        QFETCH(int, type);
        std::unique_ptr<KpiPanelWidget> w(KpiPanelFactory::create(DashboardPanel::Type(type)));
        w->resize(300, 200);
        w->setPanel(panel(DashboardPanel::Type(type)), {kpi(QStringLiteral("pm10"))});
        KpiResult nulls;
        nulls.id = QStringLiteral("pm10");
        nulls.values = {value(QStringLiteral("2023-01"), std::nullopt)};
        for (const QList<KpiResult> &results : {QList<KpiResult>(), QList<KpiResult>{nulls}}) {
            w->setResults(results);
            QCOMPARE(w->message(), KpiPanelStyle::noDataText());
            auto *stack = w->findChild<QStackedWidget *>();
            QVERIFY(stack);
            auto *label = qobject_cast<QLabel *>(stack->currentWidget());
            QVERIFY(label);
            QCOMPARE(label->text(), KpiPanelStyle::noDataText());
        }
        w->setResults({}, {{QStringLiteral("pm10"), QStringLiteral("no field pm10")}});
        QVERIFY(w->message().contains(QLatin1String("no field pm10")));
        QVERIFY(variance(render(*w)) > 1.0); // frame, title and message are drawn
    }

    void rendersNotBlank_data()
    {
        emptyShowsNoData_data();
    }

    void rendersNotBlank()
    {
        QFETCH(int, type);
        std::unique_ptr<KpiPanelWidget> w(KpiPanelFactory::create(DashboardPanel::Type(type)));
        w->resize(400, 300);
        w->setPanel(panel(DashboardPanel::Type(type), {{QStringLiteral("dimension"), QStringLiteral("cityName")}}),
                    {kpi(QStringLiteral("pm10"))});
        w->setResults({cityResult()});
        if (auto *map = qobject_cast<KpiMapPanel *>(w.get()))
            map->setShapes(squares());
        QVERIFY2(w->message().isEmpty(), qPrintable(w->message()));
        const QImage image = render(*w);
        const double v = variance(image);
        QVERIFY2(v > 100.0, qPrintable(QString::number(v)));
        // More than the frame: the content area (below the title) is not one flat colour either.
        QVERIFY(variance(image.copy(10, 60, 380, 220)) > 50.0);
    }
};

QTEST_MAIN(TestKpiPanels)
#include "test_kpipanels.moc"
