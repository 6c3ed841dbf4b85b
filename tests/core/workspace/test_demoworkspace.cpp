#include "workspace/democity.h"
#include "workspace/demoworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsCityDatasetsWithBlobs()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        QVERIFY(ws.ok());
        Feedback fb;
        Result<DemoWorkspace::Summary> s = DemoWorkspace::create(*ws, &fb);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QVERIFY(s->created.size() >= DemoCity::all().size());
        QCOMPARE(*ws->catalog().count(), s->created.size());
        for (const QString &id : std::as_const(s->created)) {
            Result<DatasetRecord> r = ws->catalog().get(id);
            QVERIFY(r.ok());
            QVERIFY(r->bbox.isValid());
            QVERIFY(r->timeStart.isValid());
            QVERIFY(!r->fields.isEmpty());
            // The record describes the blob it points to.
            Result<QByteArray> blob = ws->store().read(r->sha256);
            QVERIFY2(blob.ok(), qPrintable(blob.error().toString()));
            QCOMPARE(blob->size(), r->byteSize);
            QCOMPARE(blob->count('\n') - 1, r->featureCount);
            QCOMPARE(blob->left(blob->indexOf('\n')).split(',').size(), r->fields.size());
        }
        CatalogQuery q;
        q.domains = {QStringLiteral("air")};
        QCOMPARE(ws->catalog().search(q)->total, DemoCity::all().size());
    }

    void secondRunCreatesNothing()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        const int first = DemoWorkspace::create(*ws)->created.size();
        Result<DemoWorkspace::Summary> again = DemoWorkspace::create(*ws);
        QVERIFY(again.ok());
        QCOMPARE(again->created.size(), 0);
        QCOMPARE(again->existing.size(), first);
        QCOMPARE(*ws->catalog().count(), first);
    }

    // Titles follow the UI language; running the demo again in another language adds nothing.
    void secondRunInAnotherLanguageCreatesNothing()
    {
        QTemporaryDir dir;
        Result<Workspace> ws = Workspace::open(dir.path());
        const int first = DemoWorkspace::create(*ws)->created.size();
        Result<QList<DatasetRecord>> all = [&]() -> Result<QList<DatasetRecord>> {
            CatalogQuery q;
            q.limit = 0;
            Result<SearchResult> r = ws->catalog().search(q);
            if (!r)
                return r.error();
            return r->records;
        }();
        QVERIFY(all.ok());
        for (DatasetRecord r : std::as_const(*all)) { // what a German run would have written
            r.title = QStringLiteral("Übersetzt: ") + r.title;
            QVERIFY(ws->catalog().update(r).ok());
        }
        Result<DemoWorkspace::Summary> again = DemoWorkspace::create(*ws);
        QVERIFY(again.ok());
        QCOMPARE(again->created.size(), 0);
        QCOMPARE(*ws->catalog().count(), first);
    }

    void deterministicContent()
    {
        QTemporaryDir a, b;
        Result<Workspace> wa = Workspace::open(a.path());
        Result<Workspace> wb = Workspace::open(b.path());
        QVERIFY(DemoWorkspace::create(*wa).ok());
        QVERIFY(DemoWorkspace::create(*wb).ok());
        QCOMPARE(*wa->catalog().referencedBlobs(), *wb->catalog().referencedBlobs());
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "test_demoworkspace.moc"
