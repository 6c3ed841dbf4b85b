#include "catalog/catalogfilterbar.h"
#include "catalog/catalogresultsmodel.h"
#include "catalog/catalogsearchwidget.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace urbis;

// The demo workspace: 15 city datasets plus the simulation terrain (DEM, fuel map, roads and river, buildings).
static constexpr int kDemoCount = 19;

namespace {
QStringList idsOf(const QList<DatasetRecord> &records)
{
    QStringList ids;
    for (const DatasetRecord &r : records)
        ids << r.id;
    ids.sort();
    return ids;
}
} // namespace

/** The search panel's time range, sort, map-view filter and hover sync, on the real demo workspace. */
class TestCatalogBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<DatasetRecord> m_all;

    void moveMouseTo(QTableView *view, int row)
    {
        const QPoint pos = view->visualRect(view->model()->index(row, 0)).center();
        QMouseEvent move(QEvent::MouseMove, pos, view->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        m_ws = std::make_unique<Workspace>(std::move(*ws));
        Result<DemoWorkspace::Summary> demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        CatalogQuery all;
        all.limit = 0;
        Result<SearchResult> r = m_ws->catalog().search(all);
        QVERIFY(r.ok());
        m_all = r->records;
        QCOMPARE(m_all.size(), kDemoCount);
    }

    void timeRangeFiltersTheList()
    {
        CatalogSearchWidget w(m_ws->catalog());
        QCOMPARE(w.model()->rowCount(), kDemoCount);
        const QDate from(2019, 1, 1), to(2019, 12, 31);
        QList<DatasetRecord> expected;
        for (const DatasetRecord &r : std::as_const(m_all))
            if (r.timeStart.isValid() && r.timeStart.date() <= to && r.timeEnd.date() >= from)
                expected << r;
        QVERIFY2(!expected.isEmpty() && expected.size() < kDemoCount, "the demo needs datasets in and out of 2019");

        QSignalSpy searched(&w, &CatalogSearchWidget::resultsChanged);
        w.filterBar()->setTimeRange(from, to);
        QTRY_VERIFY(searched.count() >= 1);
        QCOMPARE(idsOf(w.model()->records()), idsOf(expected));
        QVERIFY(w.currentQuery().from.isValid());
        QCOMPARE(w.currentQuery().to, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(-1));

        // Open-ended: from 2023 on, every dataset that reaches into 2023.
        w.filterBar()->setTimeRange(QDate(2023, 1, 1), QDate());
        QTRY_VERIFY(!w.currentQuery().to.isValid());
        w.refresh();
        for (const DatasetRecord &r : w.model()->records())
            QVERIFY2(r.timeEnd.date() >= QDate(2023, 1, 1), qPrintable(r.title));

        w.clearFilters();
        QCOMPARE(w.model()->rowCount(), kDemoCount);
        QVERIFY(!w.filterBar()->isFiltering());
    }

    void mapExtentRestrictsResults()
    {
        CatalogSearchWidget w(m_ws->catalog());
        auto *box = w.findChild<QCheckBox *>(QStringLiteral("onlyInMapView"));
        QVERIFY(box);
        QVERIFY2(!box->isEnabled(), "no map extent yet: nothing to filter by");

        // A view around Athens only.
        Extent athens;
        for (const DatasetRecord &r : std::as_const(m_all))
            if (r.city == QLatin1String("Athens") && r.bbox.isValid())
                athens = r.bbox;
        QVERIFY(athens.isValid());
        QStringList expected;
        for (const DatasetRecord &r : std::as_const(m_all))
            if (r.bbox.isValid() && r.bbox.intersects(athens))
                expected << r.id;
        expected.sort();
        QVERIFY(!expected.isEmpty() && expected.size() < kDemoCount);

        w.setMapExtent(athens);
        QCOMPARE(w.model()->rowCount(), kDemoCount); // the extent alone changes nothing
        QVERIFY(box->isEnabled());
        QSignalSpy searched(&w, &CatalogSearchWidget::resultsChanged);
        box->setChecked(true);
        QTRY_VERIFY(searched.count() >= 1);
        QCOMPARE(idsOf(w.model()->records()), expected);
        QVERIFY(w.currentQuery().bbox.isValid());

        // Panning the map elsewhere re-runs the search (debounced).
        searched.clear();
        w.setMapExtent(Extent(-10, -10, -9, -9));
        QTRY_VERIFY(searched.count() >= 1);
        QCOMPARE(w.model()->rowCount(), 0);

        box->setChecked(false);
        QTRY_COMPARE(w.model()->rowCount(), kDemoCount);
    }

    void sortOrders()
    {
        CatalogSearchWidget w(m_ws->catalog());
        w.filterBar()->setOrder(BrowseOrder::Title);
        QTRY_COMPARE(w.currentQuery().sort, CatalogQuery::Sort::Title);
        w.refresh();
        QStringList titles;
        for (const DatasetRecord &r : w.model()->records())
            titles << r.title;
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(titles, sorted);

        w.filterBar()->setOrder(BrowseOrder::Newest);
        w.refresh();
        QCOMPARE(w.currentQuery().sort, CatalogQuery::Sort::Created);
        QVERIFY(w.currentQuery().descending);
        const QList<DatasetRecord> newest = w.model()->records();
        for (int i = 1; i < newest.size(); ++i)
            QVERIFY(newest.at(i - 1).created >= newest.at(i).created);
        w.filterBar()->setOrder(BrowseOrder::Oldest);
        w.refresh();
        QCOMPARE(w.model()->records().first().created, newest.last().created);
    }

    void hoveringEmitsDatasetHovered()
    {
        CatalogSearchWidget w(m_ws->catalog());
        w.resize(600, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy hovered(&w, &CatalogSearchWidget::datasetHovered);
        QTableView *view = w.resultsView();
        moveMouseTo(view, 2);
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered.at(0).at(0).toString(), w.model()->recordAt(2).id);
        QCOMPARE(w.hoveredId(), w.model()->recordAt(2).id);
        moveMouseTo(view, 2); // same row: no repeat
        QCOMPARE(hovered.count(), 1);
        moveMouseTo(view, 3);
        QCOMPARE(hovered.count(), 2);
        QCOMPARE(hovered.at(1).at(0).toString(), w.model()->recordAt(3).id);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view->viewport(), &leave);
        QCOMPARE(hovered.count(), 3);
        QCOMPARE(hovered.at(2).at(0).toString(), QString());
    }

    void setHoveredDatasetHighlightsRow()
    {
        CatalogSearchWidget w(m_ws->catalog());
        QSignalSpy hovered(&w, &CatalogSearchWidget::datasetHovered);
        const QString id = w.model()->recordAt(5).id;
        const QModelIndex cell = w.model()->index(5, CatalogResultsModel::CityColumn);
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(w.model(), &QAbstractItemModel::dataChanged);
        w.setHoveredDataset(id);
        QCOMPARE(w.model()->highlightedId(), id);
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(!w.model()->index(4, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(hovered.count(), 0); // an echo back to the map would loop
        w.setHoveredDataset(QString());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestCatalogBrowser)
#include "test_catalogbrowser.moc"
