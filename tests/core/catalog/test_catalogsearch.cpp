#include "catalog/catalog.h"
#include "catalogfixtures.h"
#include "catalog/facetedsearch.h"
#include "catalog/ftsexpression.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {
QStringList titles(const SearchResult &r)
{
    QStringList t;
    for (const DatasetRecord &d : r.records)
        t << d.title;
    t.sort();
    return t;
}
int facet(const SearchResult &r, const QString &name, const QString &value)
{
    for (const FacetCount &c : r.facets.value(name))
        if (c.value == value)
            return c.count;
    return 0;
}
} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Catalog> c = Catalog::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(c.ok());
        auto add = [&](const QString &title, const QString &city, const QString &domain, Extent box, int year,
                       const QString &format = QStringLiteral("CSV")) {
            DatasetRecord r = fixtures::record(title, city, domain);
            r.bbox = box;
            r.timeStart = QDateTime(QDate(year, 3, 1), QTime(0, 0), Qt::UTC);
            r.timeEnd = QDateTime(QDate(year, 9, 30), QTime(0, 0), Qt::UTC);
            r.format = format;
            r.keywords = {domain};
            if (city == u"Suva")
                r.keywords << QStringLiteral("scenario:tide-model"); // a tagged keyword, as scenario results have
            r.description = title + QStringLiteral(" dataset");
            QVERIFY2(c->insert(r).ok(), qPrintable(title));
        };
        add(QStringLiteral("Athens air quality"), QStringLiteral("Athens"), QStringLiteral("air"), Extent(23.6, 37.9, 23.8, 38.1), 2021);
        add(QStringLiteral("Athens energy use"), QStringLiteral("Athens"), QStringLiteral("energy"), Extent(23.6, 37.9, 23.8, 38.1), 2022);
        add(QStringLiteral("Sofia air pollution"), QStringLiteral("Sofia"), QStringLiteral("air"), Extent(23.2, 42.6, 23.4, 42.8), 2022, QStringLiteral("GeoJSON"));
        add(QStringLiteral("Torino waste collection"), QStringLiteral("Torino"), QStringLiteral("waste"), Extent(7.6, 45.0, 7.8, 45.2), 2023);
        add(QStringLiteral("Grenoble-Alpes résumé énergie"), QStringLiteral("Grenoble-Alpes"), QStringLiteral("energy"), Extent(5.6, 45.1, 5.8, 45.3), 2023);
        add(QStringLiteral("Fiji tide gauges"), QStringLiteral("Suva"), QStringLiteral("water"), Extent(177.0, -19.0, -179.0, -17.0), 2020);
        m_catalog.emplace(std::move(*c));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString aq = QStringLiteral("Athens air quality"), ae = QStringLiteral("Athens energy use"),
                      sa = QStringLiteral("Sofia air pollution"), gr = QStringLiteral("Grenoble-Alpes résumé énergie");
        QTest::newRow("word") << "air" << QStringList{aq, sa};
        QTest::newRow("prefix as you type") << "athe" << QStringList{aq, ae};
        QTest::newRow("two words AND") << "athens air" << QStringList{aq};
        QTest::newRow("case") << "SOFIA" << QStringList{sa};
        QTest::newRow("diacritics folded") << "energie resume" << QStringList{gr};
        QTest::newRow("fts OR") << "sofia OR torino" << QStringList{sa, QStringLiteral("Torino waste collection")};
        QTest::newRow("fts phrase") << "\"air quality\"" << QStringList{aq};
        QTest::newRow("fts NOT") << "athens NOT energy" << QStringList{aq};
        QTest::newRow("fts column") << "city:sofia" << QStringList{sa};
        QTest::newRow("tagged keyword") << "scenario:tide-model" << QStringList{QStringLiteral("Fiji tide gauges")};
        QTest::newRow("no match") << "volcano" << QStringList{};
        QTest::newRow("sql injection is just text") << "'; DROP TABLE datasets; --" << QStringList{};
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        CatalogQuery q;
        q.text = text;
        Result<SearchResult> r = m_catalog->search(q);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(titles(*r), expected);
        QCOMPARE(r->total, expected.size());
        QCOMPARE(*m_catalog->count(), 6); // nothing was dropped
    }

    void badFtsSyntaxIsInvalidArgument()
    {
        CatalogQuery q;
        q.text = QStringLiteral("\"unterminated");
        Result<SearchResult> r = m_catalog->search(q);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }

    void bbox_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<int>("expected");
        QTest::newRow("greece and bulgaria") << "19,34,29,44" << 3;
        QTest::newRow("alps") << "5,44,8,46" << 2;
        QTest::newRow("touching edge") << "23.8,38.1,24,39" << 2;
        QTest::newRow("empty ocean") << "-40,0,-30,10" << 0;
        QTest::newRow("crossing antimeridian finds Fiji") << "170,-20,-170,-10" << 1;
        QTest::newRow("east half of Fiji box") << "-179.5,-18,-179.2,-17.5" << 1;
    }
    void bbox()
    {
        QFETCH(QString, box);
        QFETCH(int, expected);
        CatalogQuery q;
        q.bbox = *Extent::parse(box);
        Result<SearchResult> r = m_catalog->search(q);
        QVERIFY(r.ok());
        QCOMPARE(r->total, expected);
    }

    void timeOverlap()
    {
        CatalogQuery q;
        q.from = QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
        q.to = QDateTime(QDate(2022, 12, 31), QTime(0, 0), Qt::UTC);
        QCOMPARE(m_catalog->search(q)->total, 2);
        q.to = QDateTime();
        QCOMPARE(m_catalog->search(q)->total, 4);
        q.from = QDateTime(QDate(2021, 9, 30), QTime(0, 0), Qt::UTC); // the last day of the 2021 dataset
        q.to = QDateTime(QDate(2021, 10, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(m_catalog->search(q)->total, 1);
    }

    void facetsCountAllMatches()
    {
        CatalogQuery q;
        q.limit = 1; // counts cover every match, not just the page
        Result<SearchResult> r = m_catalog->search(q);
        QCOMPARE(r->records.size(), 1);
        QCOMPARE(r->total, 6);
        QCOMPARE(facet(*r, QStringLiteral("city"), QStringLiteral("Athens")), 2);
        QCOMPARE(facet(*r, QStringLiteral("domain"), QStringLiteral("air")), 2);
        QCOMPARE(facet(*r, QStringLiteral("format"), QStringLiteral("GeoJSON")), 1);
        QCOMPARE(facet(*r, QStringLiteral("year"), QStringLiteral("2023")), 2);
        QCOMPARE(r->facets.value(QStringLiteral("city")).first().value, QStringLiteral("Athens")); // largest first
        q.text = QStringLiteral("air");
        r = m_catalog->search(q);
        QCOMPARE(facet(*r, QStringLiteral("city"), QStringLiteral("Athens")), 1);
        QCOMPARE(facet(*r, QStringLiteral("city"), QStringLiteral("Torino")), 0);
    }

    void facetFiltersCombine()
    {
        CatalogQuery q;
        q.cities = {QStringLiteral("Athens"), QStringLiteral("Sofia")};
        QCOMPARE(m_catalog->search(q)->total, 3);
        q.domains = {QStringLiteral("air")};
        QCOMPARE(m_catalog->search(q)->total, 2);
        q.years = {2022};
        QCOMPARE(titles(*m_catalog->search(q)), QStringList{QStringLiteral("Sofia air pollution")});
        q.formats = {QStringLiteral("CSV")};
        QCOMPARE(m_catalog->search(q)->total, 0);
    }

    // After ticking "Athens" the other cities keep their counts (so they can be added), while the
    // other facets count only what the filter leaves.
    void disjunctiveFacetCounts()
    {
        CatalogQuery q;
        q.cities = {QStringLiteral("Athens")};
        Result<SearchResult> r = FacetedSearch::run(*m_catalog, q);
        QVERIFY(r.ok());
        QCOMPARE(r->total, 2);
        QCOMPARE(facet(*r, QStringLiteral("city"), QStringLiteral("Sofia")), 1);
        QCOMPARE(facet(*r, QStringLiteral("city"), QStringLiteral("Athens")), 2);
        QCOMPARE(facet(*r, QStringLiteral("domain"), QStringLiteral("waste")), 0);
        QCOMPARE(facet(*r, QStringLiteral("domain"), QStringLiteral("energy")), 1);
        // The plain search counts within the result only.
        QCOMPARE(facet(*m_catalog->search(q), QStringLiteral("city"), QStringLiteral("Sofia")), 0);
    }

    void combinedTextPlaceTime()
    {
        CatalogQuery q;
        q.text = QStringLiteral("air");
        q.bbox = Extent(23.0, 42.0, 24.0, 43.0);
        q.from = QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(titles(*m_catalog->search(q)), QStringList{QStringLiteral("Sofia air pollution")});
    }

    void pagingAndSort()
    {
        CatalogQuery q;
        q.sort = CatalogQuery::Sort::Title;
        q.limit = 4;
        Result<SearchResult> p1 = m_catalog->search(q);
        q.offset = 4;
        Result<SearchResult> p2 = m_catalog->search(q);
        QCOMPARE(p1->records.size(), 4);
        QCOMPARE(p2->records.size(), 2);
        QCOMPARE(p1->records.first().title, QStringLiteral("Athens air quality"));
        QCOMPARE(p2->records.last().title, QStringLiteral("Torino waste collection"));
        q.offset = 0;
        q.descending = true;
        QCOMPARE(m_catalog->search(q)->records.first().title, QStringLiteral("Torino waste collection"));
        q.sort = CatalogQuery::Sort::TimeStart;
        q.descending = false;
        QCOMPARE(m_catalog->search(q)->records.first().city, QStringLiteral("Suva"));
    }

    void relevanceRanksTitleMatchesFirst()
    {
        CatalogQuery q;
        q.text = QStringLiteral("energy");
        Result<SearchResult> r = m_catalog->search(q);
        QVERIFY(r->total >= 1);
        QCOMPARE(r->records.first().title, QStringLiteral("Athens energy use"));
    }

    void ftsExpressionQuotesPlainWords()
    {
        QCOMPARE(fts::expression(QStringLiteral("  air  quality ")), QStringLiteral("\"air\"* \"quality\"*"));
        QCOMPARE(fts::expression(QStringLiteral("a OR b")), QStringLiteral("a OR b"));
        QCOMPARE(fts::expression(QString()), QString());
        // A tagged keyword is a phrase; a filter on an indexed column stays syntax.
        QCOMPARE(fts::expression(QStringLiteral("scenario:demo-fire air")), QStringLiteral("\"scenario:demo-fire\" \"air\"*"));
        QCOMPARE(fts::expression(QStringLiteral("title:air")), QStringLiteral("title:air"));
    }

private:
    QTemporaryDir m_dir;
    std::optional<Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "test_catalogsearch.moc"
