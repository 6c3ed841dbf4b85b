// ImportJob rules: duplicates, same title, versions, refusal of invalid data, hostile files and
// cancellation; nothing half-imported, no work files left.
#include "importfixture.h"

using namespace urbis;
using namespace importtest;

class TestImportRules : public QObject, protected ImportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { gdal::ensureRegistered(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void duplicateIsDetected()
    {
        const AirTable t = airTable(50, 3);
        const QString path = writeFile(file(QStringLiteral("a.csv")), t.csv);
        Result<ImportOutcome> first = import(path);
        QVERIFY2(first.ok() && first->status == ImportOutcome::Status::Imported, qPrintable(first.error().toString()));
        const int objs = objects();
        const qint64 n = count();

        // The same bytes under another name are still the same data.
        const QString copy = writeFile(file(QStringLiteral("a copy.csv")), t.csv);
        for (const QString &p : {path, copy}) {
            Result<ImportOutcome> again = import(p);
            QVERIFY2(again.ok(), qPrintable(again.error().toString()));
            QCOMPARE(again->status, ImportOutcome::Status::Duplicate);
            QCOMPARE(again->record.id, first->record.id);
            QCOMPARE(count(), n);
            QCOMPARE(objects(), objs);
        }

        Result<ImportOutcome> forced = import(copy, [](ImportRequest &r) { r.allowDuplicate = true; });
        QVERIFY2(forced.ok(), qPrintable(forced.error().toString()));
        QCOMPARE(forced->status, ImportOutcome::Status::Imported);
        QVERIFY(forced->record.id != first->record.id);
        QCOMPARE(count(), n + 1);
        QCOMPARE(assetOf(forced->record, "source")->sha256, assetOf(first->record, "source")->sha256);
        QCOMPARE(*m_ws->catalog().findByAsset(QStringLiteral("source"), sha256Of(t.csv)),
                 QStringList({first->record.id, forced->record.id}));
    }

    void sameTitleIsOffered()
    {
        const QString a = writeFile(file(QStringLiteral("a.csv")), airTable(20, 1).csv);
        const QString b = writeFile(file(QStringLiteral("b.csv")), airTable(20, 2).csv);
        const QString c = writeFile(file(QStringLiteral("c.csv")), airTable(20, 3).csv);
        auto titled = [](const char *t) { return [t](ImportRequest &r) { r.metadata.title = QLatin1String(t); }; };
        Result<ImportOutcome> first = import(a, titled("Athens air"));
        QVERIFY(first.ok() && first->status == ImportOutcome::Status::Imported);
        QVERIFY(first->sameTitleId.isEmpty());
        Result<ImportOutcome> second = import(b, titled("Athens air"));
        QVERIFY(second.ok() && second->status == ImportOutcome::Status::Imported);
        QCOMPARE(second->sameTitleId, first->record.id);
        QCOMPARE(second->record.version, 1); // offered, not done: no version chain without newVersionOf
        Result<ImportOutcome> other = import(c, titled("Sofia air"));
        QVERIFY(other.ok() && other->status == ImportOutcome::Status::Imported);
        QVERIFY(other->sameTitleId.isEmpty());
    }

    void newVersionChains()
    {
        const QString a = writeFile(file(QStringLiteral("v1.csv")), airTable(20, 21).csv);
        const QString b = writeFile(file(QStringLiteral("v2.csv")), airTable(25, 22).csv);
        Result<ImportOutcome> v1 = import(a, [](ImportRequest &r) { r.metadata.title = QStringLiteral("Series"); });
        QVERIFY(v1.ok() && v1->status == ImportOutcome::Status::Imported);
        const QString id1 = v1->record.id;
        Result<ImportOutcome> v2 = import(b, [&](ImportRequest &r) {
            r.metadata.title = QStringLiteral("Series");
            r.newVersionOf = id1;
        });
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        QCOMPARE(v2->status, ImportOutcome::Status::Imported);
        QCOMPARE(v2->record.version, 2);
        QCOMPARE(v2->record.previousVersion, id1);
        QCOMPARE(v2->record.featureCount, 25);
        QCOMPARE(m_ws->catalog().get(id1)->supersededBy, v2->record.id);
        Result<QList<DatasetRecord>> versions = m_ws->catalog().versions(v2->record.id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->first().id, id1);
        QCOMPARE(*m_ws->catalog().latestByTitle(QStringLiteral("Series")), v2->record.id);
        checkAssets(*m_ws->catalog().get(v2->record.id), b);
    }

    void invalidDataIsRefused()
    {
        const AirTable t = airTable(40, 5, /*badRow*/ 9);
        const QString path = writeFile(file(QStringLiteral("bad.csv")), t.csv);
        const qint64 n = count();
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) { r.schema = airSchema(); });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Refused);
        QVERIFY(out->record.id.isEmpty());
        QCOMPARE(count(), n);
        QVERIFY(m_ws->catalog().findByAsset(QStringLiteral("source"), sha256Of(t.csv))->isEmpty());
        QVERIFY(!out->report.valid());
        const auto typeError = std::find_if(out->report.errors.cbegin(), out->report.errors.cend(),
                                            [](const ValidationError &e) { return e.type == u"type-error"; });
        QVERIFY(typeError != out->report.errors.cend());
        QCOMPARE(*typeError->rowNumber, 9 + 2); // header is row 1
        QCOMPARE(typeError->fieldName, QStringLiteral("pm10"));
        QCOMPARE(typeError->cell, QStringLiteral("n/a"));
        QCOMPARE(out->report.rows, t.rows);
        // Nothing but (at most) the hashed original is left in the store, and no record points at it.
        QVERIFY(objects() <= 1);
    }

    void allowInvalidKeepsTheReport()
    {
        const AirTable t = airTable(40, 5, /*badRow*/ 9);
        const QString path = writeFile(file(QStringLiteral("bad.csv")), t.csv);
        Result<ImportOutcome> out = import(path, [](ImportRequest &r) {
            r.schema = airSchema();
            r.allowInvalid = true;
        });
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->status, ImportOutcome::Status::Imported);
        const DatasetRecord r = *m_ws->catalog().get(out->record.id);
        QCOMPARE(r.validation, DatasetRecord::Validation::Invalid);
        QCOMPARE(r.featureCount, qint64(t.rows)); // the bad row is kept, its bad cell null
        checkAssets(r, path);
        const QJsonObject rep = reportOf(r);
        QCOMPARE(rep.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = rep.value(QStringLiteral("errors")).toArray();
        QVERIFY(std::any_of(errors.begin(), errors.end(), [](const QJsonValue &e) {
            const QJsonObject o = e.toObject();
            return o.value(QStringLiteral("type")).toString() == u"type-error" && o.value(QStringLiteral("rowNumber")).toInt() == 11
                && o.value(QStringLiteral("fieldNumber")).toInt() == 5;
        }));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0 bytes") << QStringLiteral("empty.csv") << QByteArray();
        QByteArray garbage;
        QRandomGenerator rng(1234);
        for (int i = 0; i < 20000; ++i)
            garbage += char(rng.bounded(256));
        QTest::newRow("binary garbage csv") << QStringLiteral("garbage.csv") << garbage;
        QTest::newRow("malformed json") << QStringLiteral("broken.json") << QByteArray("[{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": ");
        QTest::newRow("malformed ndjson") << QStringLiteral("broken.ndjson") << QByteArray("{\"a\": 1}\n{\"a\": 2\n{\"a\": 3}\n");
        QTest::newRow("garbage tif") << QStringLiteral("garbage.tif") << garbage;
        QTest::newRow("truncated zipped shapefile") << QStringLiteral("cut.zip") << QByteArray(); // built in the test
        QTest::newRow("garbage geojson") << QStringLiteral("bad.geojson") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feat");
    }
    void hostileInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        if (name == u"cut.zip") {
            const QList<Pt> pts{{23.7, 37.9}, {23.8, 38.0}, {23.9, 38.1}};
            QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("shp"))));
            const QString shp = m_dir->filePath(QStringLiteral("shp/sites.shp"));
            QVERIFY(makePoints("ESRI Shapefile", shp, 4326, pts));
            const QString whole = m_dir->filePath(QStringLiteral("shp/whole.zip"));
            QVERIFY(zipFiles(whole, shapefileParts(shp)));
            bytes = readFile(whole);
            QVERIFY(bytes.size() > 200);
            bytes.truncate(bytes.size() / 2);
        }
        const QString path = writeFile(file(name), bytes);
        QVERIFY(!path.isEmpty());
        const qint64 n = count();
        Result<ImportOutcome> out = import(path);
        if (out.ok()) {
            QVERIFY2(out->status == ImportOutcome::Status::Refused,
                     qPrintable(QStringLiteral("imported as %1").arg(out->record.id)));
            QVERIFY(!out->report.valid());
            QVERIFY(!out->report.errors.first().message.isEmpty());
        } else {
            const Error::Code c = out.error().code;
            QVERIFY2(c == Error::Code::InvalidData || c == Error::Code::Unsupported, qPrintable(out.error().toString()));
            QVERIFY(!out.error().message.isEmpty());
        }
        QCOMPARE(count(), n);
    }

    void cancelledBeforeRun()
    {
        const QString path = writeFile(file(QStringLiteral("big.csv")), airTable(200000, 9).csv);
        Feedback feedback;
        feedback.cancel();
        Result<ImportOutcome> out = import(path, {}, &feedback);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, Error::Code::Cancelled);
        QCOMPARE(count(), 0);
        QCOMPARE(objects(), 0); // cancelled while hashing the original: nothing stored
    }

    void cancelledFromAnotherThread_data()
    {
        QTest::addColumn<double>("at");
        QTest::newRow("while copying") << 5.0;
        QTest::newRow("while inferring") << 20.0;
        QTest::newRow("while converting") << 60.0;
    }
    void cancelledFromAnotherThread()
    {
        QFETCH(double, at);
        const QString path = writeFile(file(QStringLiteral("big.csv")), airTable(200000, 9).csv);
        Feedback feedback;
        std::atomic<bool> done{false};
        std::atomic<double> cancelledAt{-1};
        std::thread watcher([&] {
            while (!done.load()) {
                if (feedback.progress() >= at) {
                    cancelledAt = feedback.progress();
                    feedback.cancel();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        Result<ImportOutcome> out = import(path, {}, &feedback);
        done = true;
        watcher.join();
        QVERIFY2(cancelledAt >= 0, "the import finished before the watcher cancelled it");
        QVERIFY2(!out.ok(), qPrintable(QStringLiteral("not cancelled at %1%").arg(cancelledAt.load())));
        QCOMPARE(out.error().code, Error::Code::Cancelled);
        QCOMPARE(count(), 0);
        QVERIFY(m_ws->catalog().referencedBlobs()->isEmpty());
        // cleanup() checks the work folder is gone.
    }
};

QTEST_GUILESS_MAIN(TestImportRules)
#include "test_importrules.moc"
