#include "kpipanelfixture.h"
#include "kpi/dashboardexporter.h"
#include "kpi/dashboardfilterbar.h"
#include "kpi/dashboardview.h"
#include "kpi/kpimappanel.h"
#include "kpi/kpipanelwidget.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace urbis;
using urbis::test::panel;

namespace {

KpiDefinition kpi(const QString &id, const QString &name, const QString &unit, QList<QString> dims = {})
{
    KpiDefinition k;
    k.id = id;
    k.name = name;
    k.unit = unit;
    k.formula = QStringLiteral("avg(x)");
    k.dimensions = dims;
    k.thresholds = {40, 50};
    k.target = 40;
    return k;
}

/** Air-quality style results: PM10 per city and month, NO2 per month, one failing KPI. */
Dashboard demoDashboard(int extraRows = 0)
{
    Dashboard d;
    d.id = QStringLiteral("air-quality");
    d.title = QStringLiteral("Air quality – demo cities");
    d.kpis = {kpi(QStringLiteral("pm10"), QStringLiteral("PM10 monthly mean"), QStringLiteral("µg/m³"), {QStringLiteral("cityName")}),
              kpi(QStringLiteral("no2"), QStringLiteral("NO2 monthly mean"), QStringLiteral("µg/m³")),
              kpi(QStringLiteral("broken"), QStringLiteral("Recycling rate"), QStringLiteral("%"))};
    using T = DashboardPanel::Type;
    d.panels = {panel(QStringLiteral("stat"), T::Stat, QStringLiteral("no2"), QRect(0, 0, 3, 2)),
                panel(QStringLiteral("gauge"), T::Gauge, QStringLiteral("no2"), QRect(3, 0, 3, 2)),
                panel(QStringLiteral("err"), T::Stat, QStringLiteral("broken"), QRect(6, 0, 3, 2)),
                panel(QStringLiteral("pie"), T::Pie, QStringLiteral("pm10"), QRect(9, 0, 3, 2)),
                panel(QStringLiteral("line"), T::Line, QStringLiteral("pm10"), QRect(0, 2, 6, 4)),
                panel(QStringLiteral("bar"), T::Bar, QStringLiteral("pm10"), QRect(6, 2, 6, 4)),
                panel(QStringLiteral("table"), T::Table, QStringLiteral("pm10"), QRect(0, 6, 4, 4)),
                panel(QStringLiteral("map"), T::Map, QStringLiteral("pm10"), QRect(4, 6, 4, 4),
                      {{QStringLiteral("mode"), QStringLiteral("points")}}),
                panel(QStringLiteral("hist"), T::Histogram, QStringLiteral("pm10"), QRect(8, 6, 4, 4))};
    for (int i = 0; i < extraRows; i += 4)
        d.panels << panel(QStringLiteral("more-%1").arg(i), T::StackedBar, QStringLiteral("pm10"), QRect(0, 10 + i, 12, 4));
    return d;
}

QList<KpiResult> demoResults()
{
    KpiResult pm10;
    pm10.id = QStringLiteral("pm10");
    pm10.unit = QStringLiteral("µg/m³");
    pm10.dimensions = {QStringLiteral("cityName")};
    const QStringList cities = {QStringLiteral("Athens"), QStringLiteral("Bologna"), QStringLiteral("Cork")};
    for (int m = 1; m <= 6; ++m)
        for (int c = 0; c < cities.size(); ++c) {
            KpiValue v;
            v.period = QStringLiteral("2023-%1").arg(m, 2, 10, QLatin1Char('0'));
            v.dims = {{QStringLiteral("cityName"), cities[c]}};
            if (!(c == 2 && m == 3)) // Cork has no March
                v.value = 18.0 + 9 * c + 4 * std::sin(m + c);
            v.status = v.value ? (*v.value <= 40 ? QStringLiteral("good") : QStringLiteral("warn")) : QString();
            pm10.values << v;
        }
    KpiResult no2;
    no2.id = QStringLiteral("no2");
    no2.unit = QStringLiteral("µg/m³");
    for (int m = 1; m <= 6; ++m) {
        KpiValue v;
        v.period = QStringLiteral("2023-%1").arg(m, 2, 10, QLatin1Char('0'));
        v.value = 38.0 + m * 1.5;
        v.status = *v.value <= 40 ? QStringLiteral("good") : *v.value <= 50 ? QStringLiteral("warn") : QStringLiteral("bad");
        no2.values << v;
    }
    return {pm10, no2};
}

QList<KpiMapData::Shape> stations()
{
    QList<KpiMapData::Shape> shapes;
    const QList<QPointF> at = {QPointF(2640000, 4580000), QPointF(1260000, 5540000), QPointF(-940000, 6770000)};
    const QStringList keys = {QStringLiteral("Athens"), QStringLiteral("Bologna"), QStringLiteral("Cork")};
    for (int i = 0; i < keys.size(); ++i) {
        KpiMapData::Shape s;
        s.key = keys[i];
        s.point = true;
        s.parts = {QPolygonF{at[i]}};
        shapes << s;
    }
    return shapes;
}

std::unique_ptr<DashboardView> makeView(int extraRows = 0)
{
    auto view = std::make_unique<DashboardView>();
    view->resize(1280, 900);
    view->setDashboard(demoDashboard(extraRows));
    view->setResults(demoResults(), {{QStringLiteral("broken"), QStringLiteral("No dataset has the field \"recycled\".")}});
    view->setMapShapes(QStringLiteral("map"), stations());
    view->show();
    QCoreApplication::processEvents();
    return view;
}

} // namespace

class TestDashboardExport : public QObject
{
    Q_OBJECT

private slots:
    void viewLaysOutGrid()
    {
        auto view = makeView();
        QCOMPARE(view->panelWidgets().size(), 9);
        const QList<KpiPanelWidget *> panels = view->panelWidgets();
        for (int i = 0; i < panels.size(); ++i)
            for (int j = i + 1; j < panels.size(); ++j)
                QVERIFY2(!panels[i]->geometry().intersects(panels[j]->geometry()),
                         qPrintable(panels[i]->panel().id + QLatin1Char('/') + panels[j]->panel().id));
        // Same grid row, same top; twice the columns, about twice the width.
        QCOMPARE(view->panelWidget(QStringLiteral("line"))->y(), view->panelWidget(QStringLiteral("bar"))->y());
        const int stat = view->panelWidget(QStringLiteral("stat"))->width();
        QVERIFY(std::abs(view->panelWidget(QStringLiteral("line"))->width() - 2 * stat) <= 10);
        QVERIFY(view->panelWidget(QStringLiteral("err"))->message().contains(QLatin1String("recycled")));
        QVERIFY(view->panelWidget(QStringLiteral("map"))->message().isEmpty());

        const QImage shot = view->widget()->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString dir = qEnvironmentVariable("URBIS_SHOT_DIR");
        if (!dir.isEmpty()) { // screenshots for reviews and the user guide: on screen, and as exports draw it
            QVERIFY(shot.save(dir + QStringLiteral("/dashboard-view.png")));
            QImage exported(shot.size(), QImage::Format_ARGB32_Premultiplied);
            exported.fill(QColor(0xee, 0xee, 0xee));
            QPainter painter(&exported);
            for (const KpiPanelWidget *p : panels)
                p->renderTo(&painter, QRectF(p->geometry()));
            painter.end();
            QVERIFY(exported.save(dir + QStringLiteral("/dashboard-export.png")));
        }
    }

    void panelPng()
    {
        auto view = makeView();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("line.png"));
        const KpiPanelWidget *line = view->panelWidget(QStringLiteral("line"));
        const Result<void> written = DashboardExporter::panelToPng(*line, path);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), line->exportSize() * 2);
        QVERIFY(QFileInfo(path).size() > 1000);
    }

    void panelSvg()
    {
        auto view = makeView();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bar.svg"));
        const Result<void> written = DashboardExporter::panelToSvg(*view->panelWidget(QStringLiteral("bar")), path);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int elements = 0;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements > 20);
    }

    void dashboardPdf_data()
    {
        QTest::addColumn<int>("extraRows");
        QTest::addColumn<int>("minPages");
        QTest::newRow("one page") << 0 << 1;
        QTest::newRow("several pages") << 24 << 2;
    }

    void dashboardPdf()
    {
        QFETCH(int, extraRows);
        QFETCH(int, minPages);
        auto view = makeView(extraRows);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
        KpiFilter filter;
        filter.cities = {QStringLiteral("Athens"), QStringLiteral("Bologna")};
        filter.from = QDate(2023, 1, 1);
        const Result<void> written = DashboardExporter::dashboardToPdf(*view, path, DashboardFilterBar::describe(filter));
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 5000);
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "));
        QVERIFY2(pages >= minPages, qPrintable(QString::number(pages)));
        if (minPages == 1)
            QCOMPARE(pages, 1);
    }

    void unwritablePathIsAnError()
    {
        auto view = makeView();
        const Result<void> written = DashboardExporter::panelToPng(*view->panelWidget(QStringLiteral("stat")),
                                                                   QStringLiteral("/nonexistent/dir/x.png"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
    }
};

QTEST_MAIN(TestDashboardExport)
#include "test_dashboardexport.moc"
