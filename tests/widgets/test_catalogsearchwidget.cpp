#include "catalog/catalogresultsmodel.h"
#include "catalog/catalogsearchwidget.h"
#include "catalog/facetlist.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace urbis;

// The demo workspace: 15 city datasets plus the simulation terrain (DEM, fuel map, roads and river, buildings).
static constexpr int kDemoCount = 19;

class TestCatalogSearchWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    static QListWidgetItem *itemFor(FacetList *list, const QString &value)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == value)
                return list->item(i);
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<Workspace> ws = Workspace::open(m_dir->path());
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        m_ws = std::make_unique<Workspace>(std::move(*ws));
        Result<DemoWorkspace::Summary> demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void facetsShowCountsAndFilter()
    {
        CatalogSearchWidget w(m_ws->catalog());
        QCOMPARE(w.model()->rowCount(), kDemoCount);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("resultCount"))->text(), QStringLiteral("%1 datasets").arg(kDemoCount));
        auto *domains = w.findChild<FacetList *>(QStringLiteral("facet_domain"));
        auto *cities = w.findChild<FacetList *>(QStringLiteral("facet_city"));
        QVERIFY(domains && cities);
        QListWidgetItem *air = itemFor(domains, QStringLiteral("air"));
        QVERIFY(air);
        QCOMPARE(air->text(), QStringLiteral("air (8)"));
        QCOMPARE(itemFor(cities, QStringLiteral("Athens"))->text(), QStringLiteral("Athens (7)")); // 3 city datasets + 4 terrain layers

        air->setCheckState(Qt::Checked);
        QTRY_COMPARE(w.model()->rowCount(), 8);
        for (const DatasetRecord &r : w.model()->records())
            QCOMPARE(r.domain, QStringLiteral("air"));
        // Counts of the filtered facet ignore its own filter, so "energy" can still be added.
        QVERIFY(itemFor(domains, QStringLiteral("energy")));
        QCOMPARE(itemFor(domains, QStringLiteral("energy"))->text(), QStringLiteral("energy (1)"));
        // Other facets are narrowed by it: Athens has one air dataset.
        QCOMPARE(itemFor(cities, QStringLiteral("Athens"))->text(), QStringLiteral("Athens (1)"));

        itemFor(domains, QStringLiteral("energy"))->setCheckState(Qt::Checked);
        QTRY_COMPARE(w.model()->rowCount(), 9);
        itemFor(cities, QStringLiteral("Athens"))->setCheckState(Qt::Checked);
        QTRY_COMPARE(w.model()->rowCount(), 2);
        QCOMPARE(w.currentQuery().cities, QStringList{QStringLiteral("Athens")});

        w.clearFilters();
        QCOMPARE(w.model()->rowCount(), kDemoCount);
        QVERIFY(w.currentQuery().domains.isEmpty());
    }

    void invalidSyntaxShownInline()
    {
        CatalogSearchWidget w(m_ws->catalog());
        w.show();
        w.searchEdit()->setText(QStringLiteral("air AND"));
        w.refresh();
        QVERIFY2(!w.errorText().isEmpty(), "a malformed query must show an inline error");
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QMessageBox *>(top));
        w.searchEdit()->setText(QStringLiteral("sofia"));
        w.refresh();
        QCOMPARE(w.errorText(), QString());
        QCOMPARE(w.model()->rowCount(), 2);
    }

    void debouncesTyping()
    {
        CatalogSearchWidget w(m_ws->catalog());
        w.show();
        QSignalSpy searched(&w, &CatalogSearchWidget::resultsChanged);
        QTest::keyClicks(w.searchEdit(), QStringLiteral("torino"));
        QCOMPARE(searched.count(), 0); // nothing yet: one search after the user pauses
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(w.model()->rowCount(), 3);
    }

    void keepsSelectionAcrossRefresh()
    {
        CatalogSearchWidget w(m_ws->catalog());
        QSignalSpy selected(&w, &CatalogSearchWidget::datasetSelected);
        w.resultsView()->selectRow(3);
        QCOMPARE(selected.count(), 1);
        const QString id = selected.at(0).at(0).toString();
        QCOMPARE(w.selectedId(), id);
        w.refresh();
        QCOMPARE(selected.count(), 1); // same dataset still selected: no new signal
        QCOMPARE(w.selectedId(), id);
        w.searchEdit()->setText(QStringLiteral("nosuchword"));
        w.refresh();
        QCOMPARE(w.model()->rowCount(), 0);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).toString(), QString());
    }
};

QTEST_MAIN(TestCatalogSearchWidget)
#include "test_catalogsearchwidget.moc"
