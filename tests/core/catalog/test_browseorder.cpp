#include "catalog/browseorder.h"
#include "catalog/catalog.h"
#include "catalog/facetedsearch.h"
#include "catalogfixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace urbis;

namespace {
QStringList titles(const SearchResult &r)
{
    QStringList t;
    for (const DatasetRecord &d : r.records)
        t << d.title;
    return t;
}
QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}
} // namespace

/** The browser's sort choices and its time-range filter (open at either end) against a real catalog. */
class TestBrowseOrder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Catalog> m_catalog;

    QStringList run(CatalogQuery q, BrowseOrder::Order order)
    {
        BrowseOrder::apply(q, order);
        Result<SearchResult> r = FacetedSearch::run(*m_catalog, q);
        return r ? titles(*r) : QStringList{QStringLiteral("error: ") + r.error().message};
    }

private slots:
    void initTestCase()
    {
        Result<Catalog> c = Catalog::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(c.ok());
        // Added in this order (created), data times in another order, titles in a third.
        const struct
        {
            const char *title;
            QDateTime created, start, end;
        } rows[] = {
            {"Beta air", day(2024, 1, 1), day(2022, 1, 1), day(2022, 6, 30)},
            {"Alpha air", day(2024, 2, 1), day(2020, 1, 1), day(2020, 12, 31)},
            {"Gamma waste", day(2024, 3, 1), day(2023, 1, 1), day(2023, 12, 31)},
        };
        for (const auto &row : rows) {
            DatasetRecord r = fixtures::record(QString::fromLatin1(row.title));
            r.keywords.clear(); // only the titles say "air"
            r.created = row.created;
            r.timeStart = row.start;
            r.timeEnd = row.end;
            QVERIFY(c->insert(r).ok());
        }
        m_catalog.emplace(std::move(*c));
    }

    void order_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("newest") << QString() << int(BrowseOrder::Newest)
                                << QStringList{QStringLiteral("Gamma waste"), QStringLiteral("Alpha air"), QStringLiteral("Beta air")};
        QTest::newRow("oldest") << QString() << int(BrowseOrder::Oldest)
                                << QStringList{QStringLiteral("Beta air"), QStringLiteral("Alpha air"), QStringLiteral("Gamma waste")};
        QTest::newRow("title") << QString() << int(BrowseOrder::Title)
                               << QStringList{QStringLiteral("Alpha air"), QStringLiteral("Beta air"), QStringLiteral("Gamma waste")};
        QTest::newRow("relevance without words is by title")
            << QString() << int(BrowseOrder::Relevance)
            << QStringList{QStringLiteral("Alpha air"), QStringLiteral("Beta air"), QStringLiteral("Gamma waste")};
        QTest::newRow("newest with words") << QStringLiteral("air") << int(BrowseOrder::Newest)
                                           << QStringList{QStringLiteral("Alpha air"), QStringLiteral("Beta air")};
    }
    void order()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        CatalogQuery q;
        q.text = text;
        QCOMPARE(run(q, BrowseOrder::Order(order)), expected);
    }

    void relevanceWithWordsRanks()
    {
        CatalogQuery q;
        q.text = QStringLiteral("air");
        BrowseOrder::apply(q, BrowseOrder::Relevance);
        QCOMPARE(q.sort, CatalogQuery::Sort::Relevance);
        QVERIFY(!q.descending);
    }

    void timeRange_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("from only") << day(2022, 6, 1) << QDateTime() << QStringList{QStringLiteral("Beta air"), QStringLiteral("Gamma waste")};
        QTest::newRow("to only") << QDateTime() << day(2021, 12, 31) << QStringList{QStringLiteral("Alpha air")};
        QTest::newRow("both") << day(2021, 1, 1) << day(2022, 12, 31) << QStringList{QStringLiteral("Beta air")};
        QTest::newRow("no overlap") << day(2019, 1, 1) << day(2019, 12, 31) << QStringList{};
    }
    void timeRange()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QStringList, expected);
        CatalogQuery q;
        q.from = from;
        q.to = to;
        QCOMPARE(run(q, BrowseOrder::Oldest), expected);
    }

    void labels()
    {
        for (BrowseOrder::Order o : BrowseOrder::all())
            QVERIFY(!BrowseOrder::label(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowseOrder)
#include "test_browseorder.moc"
