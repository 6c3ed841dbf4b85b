#include "catalog/catalog.h"
#include "catalogfixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace urbis;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }
    QString path() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }

    void insertAndGetRoundTrip()
    {
        Result<Catalog> c = Catalog::open(path(), QStringLiteral("alice"));
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        const DatasetRecord in = fixtures::record(QStringLiteral("Athens PM10"));
        Result<DatasetRecord> stored = c->insert(in);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->id.size(), 36);
        Result<DatasetRecord> out = c->get(stored->id);
        QVERIFY(out.ok());
        QCOMPARE(out->title, in.title);
        QCOMPARE(out->keywords, in.keywords);
        QCOMPARE(out->timeStart, in.timeStart);
        QCOMPARE(out->timeEnd, in.timeEnd);
        QCOMPARE(out->bbox, in.bbox);
        QCOMPARE(out->footprint, in.footprint);
        QCOMPARE(out->fields, in.fields);
        QCOMPARE(out->featureCount, in.featureCount);
        QCOMPARE(out->sha256, in.sha256);
        QCOMPARE(out->version, 1);
        QVERIFY(out->created.isValid());
        QCOMPARE(out->modified, stored->modified);
    }

    void startWithoutEndStaysOpen()
    {
        Result<Catalog> c = Catalog::open(path());
        DatasetRecord r = fixtures::record(QStringLiteral("Instant"));
        r.timeEnd = QDateTime();
        Result<DatasetRecord> stored = c->insert(r);
        QVERIFY(c->get(stored->id)->timeEnd.isNull()); // not invented from the start
        CatalogQuery q;
        q.from = r.timeStart.addSecs(-60);
        q.to = r.timeStart.addSecs(60);
        QCOMPARE(c->search(q)->total, 1); // searched as an instant
        q.from = r.timeStart.addSecs(60);
        q.to = QDateTime();
        QCOMPARE(c->search(q)->total, 0);
    }

    void refusesInvalidRecords_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("badTime");
        QTest::newRow("empty title") << QString() << QStringLiteral("air") << false;
        QTest::newRow("blank title") << QStringLiteral("   ") << QStringLiteral("air") << false;
        QTest::newRow("unknown domain") << QStringLiteral("x") << QStringLiteral("finance") << false;
        QTest::newRow("end before start") << QStringLiteral("x") << QStringLiteral("air") << true;
    }
    void refusesInvalidRecords()
    {
        QFETCH(QString, title);
        QFETCH(QString, domain);
        QFETCH(bool, badTime);
        Result<Catalog> c = Catalog::open(path());
        QVERIFY(c.ok());
        DatasetRecord r = fixtures::record(title);
        r.title = title;
        r.domain = domain;
        if (badTime)
            r.timeEnd = r.timeStart.addDays(-1);
        Result<DatasetRecord> stored = c->insert(r);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Error::Code::InvalidData);
        QCOMPARE(*c->count(), 0);
    }

    void insertManyIsAllOrNothing()
    {
        Result<Catalog> c = Catalog::open(path());
        QVERIFY(c.ok());
        QList<DatasetRecord> batch{fixtures::record(QStringLiteral("a")), fixtures::record(QStringLiteral("b")),
                                   fixtures::record(QString()), fixtures::record(QStringLiteral("d"))};
        Result<QStringList> r = c->insertMany(batch);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("Record 3")), qPrintable(r.error().message));
        QCOMPARE(*c->count(), 0);
        batch[2].title = QStringLiteral("c");
        r = c->insertMany(batch);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        QCOMPARE(*c->count(), 4);
    }

    void duplicateIdIsConflict()
    {
        Result<Catalog> c = Catalog::open(path());
        DatasetRecord r = fixtures::record(QStringLiteral("a"));
        r.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        QVERIFY(c->insert(r).ok());
        Result<DatasetRecord> again = c->insert(r);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
    }

    void progressUpdatesLeaveNoHistory()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> r = c->insert(fixtures::record(QStringLiteral("Live recording")));
        QVERIFY(r.ok());
        DatasetRecord grown = *r;
        grown.featureCount = 42;
        Result<DatasetRecord> u = c->update(grown, Catalog::History::Skip);
        QVERIFY2(u.ok(), qPrintable(u.error().toString()));
        QCOMPARE(c->get(r->id)->featureCount, 42);
        QCOMPARE(c->history(r->id)->size(), 1); // only "create"
        grown = *u;
        grown.featureCount = 43;
        QVERIFY(c->update(grown).ok());
        QCOMPARE(c->history(r->id)->size(), 2);
    }

    void updateKeepsHistoryWithDiff()
    {
        Result<Catalog> c = Catalog::open(path(), QStringLiteral("bob"));
        Result<DatasetRecord> r = c->insert(fixtures::record(QStringLiteral("Old title")));
        QVERIFY(r.ok());
        DatasetRecord changed = *r;
        changed.title = QStringLiteral("New title");
        changed.keywords << QStringLiteral("no2");
        Result<DatasetRecord> u = c->update(changed);
        QVERIFY2(u.ok(), qPrintable(u.error().toString()));
        QVERIFY(u->modified > r->modified);
        Result<QList<HistoryEntry>> h = c->history(r->id);
        QVERIFY(h.ok());
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(0).action, QStringLiteral("create"));
        const HistoryEntry &e = h->at(1);
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(e.profile, QStringLiteral("bob"));
        QCOMPARE(e.changes.keys(), (QStringList{QStringLiteral("keywords"), QStringLiteral("title")}));
        QCOMPARE(e.changes.value(QStringLiteral("title")).toObject().value(QStringLiteral("old")).toString(), QStringLiteral("Old title"));
        QCOMPARE(e.changes.value(QStringLiteral("title")).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("New title"));
        // FTS follows the update.
        CatalogQuery q;
        q.text = QStringLiteral("title:new");
        QCOMPARE(c->search(q)->total, 1);
        q.text = QStringLiteral("title:old");
        QCOMPARE(c->search(q)->total, 0);
    }

    void staleUpdateIsConflict()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> r = c->insert(fixtures::record(QStringLiteral("Shared")));
        DatasetRecord mine = *r, theirs = *r;
        theirs.description = QStringLiteral("theirs");
        QVERIFY(c->update(theirs).ok());
        mine.description = QStringLiteral("mine");
        Result<DatasetRecord> u = c->update(mine);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, Error::Code::Conflict);
        QCOMPARE(c->get(r->id)->description, QStringLiteral("theirs"));
    }

    void versionsChainAndDelete()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> v1 = c->insert(fixtures::record(QStringLiteral("Traffic")));
        DatasetRecord next = *v1;
        next.sha256 = QString(64, QLatin1Char('b'));
        Result<DatasetRecord> v2 = c->addVersion(v1->id, next);
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->previousVersion, v1->id);
        QVERIFY(v2->id != v1->id);
        QCOMPARE(c->get(v1->id)->supersededBy, v2->id);
        // Only the latest version is listed by default.
        CatalogQuery q;
        QCOMPARE(c->search(q)->total, 1);
        q.includeSuperseded = true;
        QCOMPARE(c->search(q)->total, 2);
        // A superseded version cannot branch.
        QCOMPARE(c->addVersion(v1->id, next).error().code, Error::Code::Conflict);
        Result<QList<DatasetRecord>> chain = c->versions(v1->id);
        QCOMPARE(chain->size(), 2);
        QCOMPARE(chain->at(1).id, v2->id);
        QCOMPARE(*c->referencedBlobs(), (QSet<QString>{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}));
        // Deleting the latest makes the previous one current again; history survives.
        QVERIFY(c->remove(v2->id).ok());
        QVERIFY(c->get(v1->id)->supersededBy.isEmpty());
        QCOMPARE(c->get(v2->id).error().code, Error::Code::NotFound);
        Result<QList<HistoryEntry>> h = c->history(v2->id);
        QCOMPARE(h->last().action, QStringLiteral("delete"));
        q.includeSuperseded = false;
        QCOMPARE(c->search(q)->total, 1);
    }

    // Search keeps an in-memory index; it must follow this connection's writes and other connections'.
    void searchFollowsWritesAfterFirstLoad()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> a = c->insert(fixtures::record(QStringLiteral("Alpha")));
        QVERIFY(c->insert(fixtures::record(QStringLiteral("Bravo"))).ok());
        CatalogQuery q;
        q.sort = CatalogQuery::Sort::Title;
        QCOMPARE(c->search(q)->total, 2); // index loaded
        DatasetRecord renamed = *a;
        renamed.title = QStringLiteral("Zulu");
        renamed.city = QStringLiteral("Sofia");
        QVERIFY(c->update(renamed).ok());
        QVERIFY(c->insert(fixtures::record(QStringLiteral("Charlie"))).ok());
        Result<SearchResult> r = c->search(q);
        QCOMPARE(r->total, 3);
        QCOMPARE(r->records.last().title, QStringLiteral("Zulu"));
        q.cities = {QStringLiteral("Sofia")};
        QCOMPARE(c->search(q)->total, 1);
        q.cities.clear();
        QVERIFY(c->remove(a->id).ok());
        QCOMPARE(c->search(q)->total, 2);
        // Another connection (an import task) writes: this one notices.
        Result<Catalog> other = Catalog::open(path());
        QVERIFY(other->insert(fixtures::record(QStringLiteral("Delta"))).ok());
        QCOMPARE(c->search(q)->total, 3);
        // A failed batch leaves nothing behind in the search either.
        QVERIFY(!c->insertMany({fixtures::record(QStringLiteral("Echo")), fixtures::record(QString())}).ok());
        QCOMPARE(c->search(q)->total, 3);
    }

    void deleteOlderAndMiddleVersions()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> v1 = c->insert(fixtures::record(QStringLiteral("Chain")));
        Result<DatasetRecord> v2 = c->addVersion(v1->id, *v1);
        Result<DatasetRecord> v3 = c->addVersion(v2->id, *v2);
        QVERIFY(v3.ok());
        // The middle one: the chain closes over the gap, and there is still exactly one latest.
        Result<void> r = c->remove(v2->id);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(c->get(v1->id)->supersededBy, v3->id);
        QCOMPARE(c->get(v3->id)->previousVersion, v1->id);
        CatalogQuery q;
        QCOMPARE(c->search(q)->total, 1);
        QCOMPARE(c->addVersion(v1->id, *v1).error().code, Error::Code::Conflict); // no fork
        // The oldest one.
        r = c->remove(v1->id);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(c->get(v3->id)->previousVersion.isEmpty());
        QCOMPARE(c->search(q)->total, 1);
        QCOMPARE(c->database().scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
    }

    void idsWithStraySpacesAreHandledWhole()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> r = c->insert(fixtures::record(QStringLiteral("Padded")));
        const QString padded = QStringLiteral(" ") + r->id + QStringLiteral("  ");
        DatasetRecord edit = *r;
        edit.id = padded;
        edit.title = QStringLiteral("Edited");
        QVERIFY(c->update(edit).ok());
        QVERIFY(c->addVersion(padded, *c->get(r->id)).ok());
        QVERIFY(c->remove(padded).ok());
        QCOMPARE(c->get(r->id).error().code, Error::Code::NotFound);
    }

    void insertIgnoresVersionLinksFromInput()
    {
        Result<Catalog> c = Catalog::open(path());
        DatasetRecord r = fixtures::record(QStringLiteral("Claims to be old"));
        r.supersededBy = QStringLiteral("someone");
        r.previousVersion = QStringLiteral("nope");
        r.version = 7;
        Result<DatasetRecord> stored = c->insert(r);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->version, 1);
        QCOMPARE(c->search(CatalogQuery{})->total, 1); // listed: it is the latest
    }

    void removeUnknownIsNotFound()
    {
        Result<Catalog> c = Catalog::open(path());
        QCOMPARE(c->remove(QStringLiteral("nope")).error().code, Error::Code::NotFound);
    }

    void deleteCascadesFieldsAndIndexes()
    {
        Result<Catalog> c = Catalog::open(path());
        Result<DatasetRecord> r = c->insert(fixtures::record(QStringLiteral("Gone soon")));
        QVERIFY(c->remove(r->id).ok());
        Database &db = c->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM dataset_fields"))->toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM datasets_rtree"))->toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM datasets_fts WHERE datasets_fts MATCH 'gone'"))->toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
    }

    // WAL: a reader on its own connection sees only whole commits while a writer works.
    void readerWhileWriterCommits()
    {
        { QVERIFY(Catalog::open(path()).ok()); }
        std::atomic<bool> done{false};
        std::atomic<int> written{0};
        QString writerError;
        std::thread writer([&] {
            Result<Catalog> w = Catalog::open(path(), QStringLiteral("writer"));
            if (!w) {
                writerError = w.error().toString();
                done = true;
                return;
            }
            for (int i = 0; i < 300; ++i) {
                QList<DatasetRecord> batch;
                for (int k = 0; k < 5; ++k)
                    batch << fixtures::record(QStringLiteral("rec %1-%2").arg(i).arg(k));
                if (Result<QStringList> r = w->insertMany(batch); !r) {
                    writerError = r.error().toString();
                    break;
                }
                written += 5;
            }
            done = true;
        });
        Result<Catalog> reader = Catalog::open(path(), QStringLiteral("reader"));
        QVERIFY(reader.ok());
        qint64 last = 0;
        int reads = 0;
        while (!done) {
            Result<qint64> n = reader->count();
            QVERIFY2(n.ok(), qPrintable(n.error().toString()));
            QVERIFY(*n >= last);
            QCOMPARE(*n % 5, 0); // never half a batch
            // Every visible dataset has all of its fields: a record and its fields commit together.
            Result<QVariant> fields = reader->database().scalar(QStringLiteral("SELECT count(*) FROM dataset_fields"));
            QVERIFY(fields->toLongLong() >= *n * 2);
            last = *n;
            ++reads;
        }
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(*reader->count(), qint64(written));
        QVERIFY(reads > 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
