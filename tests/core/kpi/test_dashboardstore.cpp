#include "kpi/dashboardstore.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

Dashboard makeDashboard(const QString &id, const QString &title)
{
    Dashboard d;
    d.id = id;
    d.title = title;
    d.description = QStringLiteral("About ") + title;
    KpiDefinition k;
    k.id = QStringLiteral("pm10");
    k.name = QStringLiteral("PM10");
    k.formula = QStringLiteral("avg(pm10)");
    KpiSource s;
    s.domain = QStringLiteral("air");
    k.sources = {s};
    d.kpis = {k};
    DashboardPanel p;
    p.id = QStringLiteral("p1");
    p.kpis = {k.id};
    d.panels = {p};
    return d;
}

QStringList allEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList ids(const QList<DashboardStore::Entry> &entries)
{
    QStringList out;
    for (const DashboardStore::Entry &e : entries)
        out << e.id;
    return out;
}

} // namespace

class TestDashboardStore : public QObject
{
    Q_OBJECT
private slots:
    void saveLoadList()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QVERIFY(store.list().ok());
        QVERIFY(store.list()->isEmpty()); // no folder yet is an empty list, not an error
        const Dashboard d = makeDashboard(QStringLiteral("air"), QStringLiteral("Air"));
        QVERIFY(store.save(d).ok());
        QVERIFY(QFile::exists(store.folder() + QStringLiteral("/air.json")));
        const Result<Dashboard> back = store.load(QStringLiteral("air"));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(*back == d);
        const auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().id, QStringLiteral("air"));
        QCOMPARE(list->first().title, QStringLiteral("Air"));
        QCOMPARE(list->first().description, QStringLiteral("About Air"));
    }

    void overwriteLeavesNoTempFiles()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        Dashboard d = makeDashboard(QStringLiteral("energy"), QStringLiteral("Energy"));
        for (int i = 0; i < 5; ++i) {
            d.description = QStringLiteral("version %1").arg(i);
            QVERIFY(store.save(d).ok());
        }
        QCOMPARE(allEntries(store.folder()), QStringList{QStringLiteral("energy.json")});
        QCOMPARE(store.load(QStringLiteral("energy"))->description, QStringLiteral("version 4"));
    }

    void listSortedByTitleAndTolerant()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QVERIFY(store.save(makeDashboard(QStringLiteral("c"), QStringLiteral("Alpha"))).ok());
        QVERIFY(store.save(makeDashboard(QStringLiteral("a"), QStringLiteral("Gamma"))).ok());
        QVERIFY(store.save(makeDashboard(QStringLiteral("b"), QStringLiteral("Beta"))).ok());
        // A broken file is still listed (by its id) so the user can remove it; other files are not dashboards.
        writeFile(store.folder() + QStringLiteral("/zz-broken.json"), "{not json");
        writeFile(store.folder() + QStringLiteral("/.urbis-abc123.part"), "{}");
        writeFile(store.folder() + QStringLiteral("/notes.txt"), "hello");
        writeFile(store.folder() + QStringLiteral("/Bad Name.json"), "{}");
        const auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(ids(*list), (QStringList{"c", "b", "a", "zz-broken"}));
    }

    void removeDashboard()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QVERIFY(store.save(makeDashboard(QStringLiteral("gone"), QStringLiteral("Gone"))).ok());
        QVERIFY(store.remove(QStringLiteral("gone")).ok());
        QCOMPARE(store.load(QStringLiteral("gone")).error().code, Error::Code::NotFound);
        QCOMPARE(store.remove(QStringLiteral("gone")).error().code, Error::Code::NotFound);
        QVERIFY(store.list()->isEmpty());
    }

    void badIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << "";
        QTest::newRow("upper case") << "Air";
        QTest::newRow("space") << "air quality";
        QTest::newRow("path") << "../air";
        QTest::newRow("slash") << "a/b";
        QTest::newRow("underscore") << "air_quality";
        QTest::newRow("extension") << "air.json";
        QTest::newRow("non-ascii") << QStringLiteral("qualité");
    }
    void badIds()
    {
        QFETCH(QString, id);
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QCOMPARE(store.save(makeDashboard(id, QStringLiteral("x"))).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store.load(id).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store.remove(id).error().code, Error::Code::InvalidArgument);
        QCOMPARE(DashboardStore::loadTemplate(id).error().code, Error::Code::InvalidArgument);
        QVERIFY(allEntries(store.folder()).isEmpty());
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("garbled") << QByteArray("{\"id\": ") << int(Error::Code::InvalidData) << "x.json";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << int(Error::Code::InvalidData) << "x.json";
        QTest::newRow("unknown KPI in a panel")
            << QByteArray(R"({"kpis": [], "panels": [{"id": "p", "type": "stat", "kpis": ["ghost"]}]})") << int(Error::Code::InvalidData) << "ghost";
    }
    void loadErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QVERIFY(QDir().mkpath(store.folder()));
        writeFile(store.folder() + QStringLiteral("/x.json"), content);
        const Result<Dashboard> d = store.load(QStringLiteral("x"));
        QCOMPARE(int(d.error().code), code);
        QVERIFY2(d.error().message.contains(mentions), qPrintable(d.error().message));
    }

    void missingIsNotFound()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QCOMPARE(store.load(QStringLiteral("nothing")).error().code, Error::Code::NotFound);
        QCOMPARE(DashboardStore::loadTemplate(QStringLiteral("nothing")).error().code, Error::Code::NotFound);
    }

    void fileNameIsTheId()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        QVERIFY(store.save(makeDashboard(QStringLiteral("original"), QStringLiteral("O"))).ok());
        QVERIFY(QFile::copy(store.folder() + QStringLiteral("/original.json"), store.folder() + QStringLiteral("/copy.json")));
        QCOMPARE(store.load(QStringLiteral("copy"))->id, QStringLiteral("copy"));
    }

    void templatesListed()
    {
        const QList<DashboardStore::Entry> list = DashboardStore::templates();
        const QStringList names = ids(list);
        QCOMPARE(QSet<QString>(names.begin(), names.end()),
                 (QSet<QString>{"air-quality", "energy", "waste-circularity", "mobility"}));
        for (const DashboardStore::Entry &e : list) {
            QVERIFY2(e.title != e.id, qPrintable(e.id)); // a real title, not the fallback
            QVERIFY(!e.description.isEmpty());
        }
    }

    void templateValid_data()
    {
        QTest::addColumn<QString>("id");
        for (const DashboardStore::Entry &e : DashboardStore::templates())
            QTest::newRow(qPrintable(e.id)) << e.id;
    }
    void templateValid()
    {
        QFETCH(QString, id);
        const Result<Dashboard> d = DashboardStore::loadTemplate(id);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->id, id);
        QVERIFY(Dashboard::fromJson(d->toJson()).ok());
        QVERIFY(d->kpis.size() >= 4 && d->kpis.size() <= 10);
        QVERIFY(d->panels.size() >= 6 && d->panels.size() <= 8);
        for (const KpiDefinition &k : d->kpis) {
            QVERIFY2(k.validate().ok(), qPrintable(k.validate().error().message));
            QVERIFY2(!k.category.isEmpty() && !k.unit.isEmpty() && !k.description.isEmpty(), qPrintable(k.id));
            for (const KpiSource &s : k.sources) // works in any workspace: selected by domain, never by dataset
                QVERIFY2(s.datasets.isEmpty() && !s.domain.isEmpty() && !s.requiredFields.isEmpty(), qPrintable(k.id));
        }
        QSet<DashboardPanel::Type> types;
        for (qsizetype i = 0; i < d->panels.size(); ++i) {
            const DashboardPanel &p = d->panels.at(i);
            types.insert(p.type);
            QVERIFY2(!p.kpis.isEmpty(), qPrintable(p.id));
            for (const QString &k : p.kpis)
                QVERIFY2(d->kpi(k), qPrintable(p.id + QStringLiteral(" -> ") + k));
            QVERIFY(p.cell.x() >= 0 && p.cell.right() < Dashboard::kColumns);
            for (qsizetype j = i + 1; j < d->panels.size(); ++j)
                QVERIFY2(!p.cell.intersects(d->panels.at(j).cell), qPrintable(p.id + QStringLiteral(" overlaps ") + d->panels.at(j).id));
        }
        QVERIFY2(types.size() >= 4, "panel types should vary");
    }

    void airQualityHasRequiredPanels()
    {
        const Result<Dashboard> d = DashboardStore::loadTemplate(QStringLiteral("air-quality"));
        QVERIFY(d.ok());
        const auto find = [&](DashboardPanel::Type type, const QString &field, const QString &dimension) -> bool {
            for (const DashboardPanel &p : d->panels) {
                if (p.type != type)
                    continue;
                for (const QString &id : p.kpis) {
                    const KpiDefinition *k = d->kpi(id);
                    if (k->formula.contains(field) && (dimension.isEmpty() || k->dimensions.contains(dimension)))
                        return true;
                }
            }
            return false;
        };
        QVERIFY(find(DashboardPanel::Type::Line, QStringLiteral("avg(pm10)"), QStringLiteral("cityName")));
        QVERIFY(find(DashboardPanel::Type::Bar, QStringLiteral("no2"), QStringLiteral("cityName")));
        QVERIFY(find(DashboardPanel::Type::Stat, {}, {}));
        QVERIFY(find(DashboardPanel::Type::Gauge, {}, {}));
        QVERIFY(find(DashboardPanel::Type::Table, {}, {}));
        QVERIFY(find(DashboardPanel::Type::Map, QStringLiteral("pm10"), QStringLiteral("station")));
        for (const DashboardPanel &p : d->panels) {
            if (p.type == DashboardPanel::Type::Map) {
                QCOMPARE(p.options.value(QStringLiteral("mode")).toString(), QStringLiteral("points"));
                QCOMPARE(p.options.value(QStringLiteral("lat")).toString(), QStringLiteral("lat"));
                QCOMPARE(p.options.value(QStringLiteral("lon")).toString(), QStringLiteral("lon"));
            }
        }
    }

    void createFromTemplate()
    {
        QTemporaryDir tmp;
        DashboardStore store(tmp.path());
        const Result<Dashboard> first = store.createFromTemplate(QStringLiteral("air-quality"));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->id, QStringLiteral("air-quality"));
        const Result<Dashboard> second = store.createFromTemplate(QStringLiteral("air-quality"));
        QVERIFY(second.ok());
        QCOMPARE(second->id, QStringLiteral("air-quality-2"));
        const Result<Dashboard> loaded = store.load(QStringLiteral("air-quality-2"));
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == *second);
        QCOMPARE(store.list()->size(), 2);
        QCOMPARE(store.createFromTemplate(QStringLiteral("nothing")).error().code, Error::Code::NotFound);
        QCOMPARE(store.list()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStore)
#include "test_dashboardstore.moc"
