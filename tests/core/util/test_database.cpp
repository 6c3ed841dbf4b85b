#include "util/database.h"
#include "util/statement.h"
#include "util/transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace urbis;

// Fails the test with the error text when a Result is not ok.
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.error().toString()));                                      \
    } while (false)

namespace {
qint64 countRows(Database &db, const QString &table = QStringLiteral("t"))
{
    const Result<QVariant> n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return n.ok() ? n->toLongLong() : -1;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString freshPath() const
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n));
    }

    // An open database with table t(id INTEGER PRIMARY KEY, name TEXT UNIQUE, v).
    Database openWithTable(const QString &path)
    {
        Result<Database> db = Database::open(path);
        if (!db)
            return {};
        if (!db->exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, name TEXT UNIQUE, v)")))
            return {};
        return std::move(db).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openAndExec()
    {
        const QString path = freshPath();
        Result<Database> db = Database::open(path);
        VERIFY_OK(db);
        QVERIFY(db->isOpen());
        QCOMPARE(db->path(), path);
        VERIFY_OK(db->exec(
            QStringLiteral("CREATE TABLE a(x); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);")));
        QCOMPARE(countRows(*db, QStringLiteral("a")), 2);
        QCOMPARE(db->changes(), 1);
        QCOMPARE(db->lastInsertRowId(), 2);
        QVERIFY(!db->inTransaction());

        // Moving the connection hands the handle over.
        Database moved = std::move(db).value();
        QVERIFY(moved.isOpen());
        QCOMPARE(countRows(moved, QStringLiteral("a")), 2);
    }

    void openMissingReadOnlyFails()
    {
        const Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("nope.sqlite")), Database::Mode::ReadOnly);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Database);
        QVERIFY(!db.error().detail.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
    }

    void execError()
    {
        Database db = openWithTable(freshPath());
        QVERIFY(db.isOpen());
        const Result<void> r = db.exec(QStringLiteral("DROP TABLE does_not_exist"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Database);
        QVERIFY2(r.error().detail.contains(QStringLiteral("no such table: does_not_exist")),
                 qPrintable(r.error().detail));
    }

    void prepareErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqliteMessage");
        QTest::newRow("syntax") << QStringLiteral("SELEC 1")
                                << QStringLiteral("near \"SELEC\": syntax error");
        QTest::newRow("missing table")
            << QStringLiteral("SELECT * FROM missing") << QStringLiteral("no such table: missing");
        QTest::newRow("missing column")
            << QStringLiteral("SELECT nope FROM t") << QStringLiteral("no such column: nope");
    }
    void prepareErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqliteMessage);
        Database db = openWithTable(freshPath());
        QVERIFY(db.isOpen());
        const Result<Statement> st = db.prepare(sql);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Database);
        QVERIFY2(st.error().detail.contains(sqliteMessage), qPrintable(st.error().detail));
        QVERIFY(!st.error().message.isEmpty());
    }

    void bindAndReadInt64_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("beyond 32 bit") << (qint64(1) << 40);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void bindAndReadInt64()
    {
        QFETCH(qint64, value);
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bind(1, value).exec());
        Result<Statement> sel = db.prepare(QStringLiteral("SELECT v, typeof(v) FROM t"));
        VERIFY_OK(sel);
        const Result<bool> row = sel->step();
        VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(sel->text(1), QStringLiteral("integer"));
        QCOMPARE(sel->int64(0), value);
        QCOMPARE(sel->value(0), QVariant(value));
        QVERIFY(!sel->isNull(0));
    }

    void bindAndReadDouble_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("one tenth") << 0.1;
        QTest::newRow("negative huge") << -1e300;
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("pi") << 3.141592653589793;
    }
    void bindAndReadDouble()
    {
        QFETCH(double, value);
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bind(1, value).exec());
        Result<Statement> sel = db.prepare(QStringLiteral("SELECT v, typeof(v) FROM t"));
        VERIFY_OK(sel);
        QVERIFY(sel->step().valueOr(false));
        QCOMPARE(sel->text(1), QStringLiteral("real"));
        // Bit-exact: the catalog stores coordinates this way.
        QVERIFY(sel->real(0) == value);
        QVERIFY(sel->value(0).toDouble() == value);
        QCOMPARE(sel->value(0).typeId(), QMetaType::Double);
    }

    void bindAndReadText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << QStringLiteral("Bologna");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("latin accents") << QStringLiteral("Ljubljana – Škofja Loka, Zürich, São Paulo");
        QTest::newRow("greek") << QStringLiteral("Θεσσαλονίκη");
        QTest::newRow("cyrillic") << QStringLiteral("София");
        QTest::newRow("emoji (4-byte UTF-8)") << QStringLiteral("flood 🌊 level");
        QTest::newRow("embedded NUL") << QString::fromUtf8("a\0b", 3);
    }
    void bindAndReadText()
    {
        QFETCH(QString, value);
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bind(1, value).exec());
        Result<Statement> sel =
            db.prepare(QStringLiteral("SELECT name, typeof(name), length(CAST(name AS BLOB)) FROM t"));
        VERIFY_OK(sel);
        QVERIFY(sel->step().valueOr(false));
        QCOMPARE(sel->text(1), QStringLiteral("text"));
        QCOMPARE(sel->text(0), value);
        QCOMPARE(sel->value(0), QVariant(value));
        // Stored as UTF-8, not Latin-1 or UTF-16.
        QCOMPARE(sel->int64(2), qint64(value.toUtf8().size()));

        // Searching by a bound non-ASCII value finds the row.
        Result<Statement> find = db.prepare(QStringLiteral("SELECT count(*) FROM t WHERE name = ?"));
        VERIFY_OK(find);
        QVERIFY(find->bind(1, value).step().valueOr(false));
        QCOMPARE(find->int64(0), 1);
    }

    void bindAndReadBlob_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("binary with NUL and 0xFF") << QByteArray("\x00\x01\xff\xfe\x00z", 6);
        QTest::newRow("1 MiB") << QByteArray(1024 * 1024, '\xab');
        QTest::newRow("wkb-ish") << QByteArray::fromHex("0101000000000000000000f03f0000000000000040");
    }
    void bindAndReadBlob()
    {
        QFETCH(QByteArray, value);
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bind(1, value).exec());
        Result<Statement> sel = db.prepare(QStringLiteral("SELECT v, typeof(v) FROM t"));
        VERIFY_OK(sel);
        QVERIFY(sel->step().valueOr(false));
        QCOMPARE(sel->text(1), QStringLiteral("blob"));
        QCOMPARE(sel->blob(0), value);
        QCOMPARE(sel->value(0), QVariant(value));
    }

    void bindNull()
    {
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(name, v) VALUES (?, ?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bindNull(1).bind(2, QVariant()).exec());
        VERIFY_OK(ins->bind(1, QVariant(QMetaType::fromType<QString>())).bind(2, QByteArray()).exec());
        Result<Statement> sel = db.prepare(QStringLiteral("SELECT name, v, typeof(name), typeof(v) FROM t"));
        VERIFY_OK(sel);
        int rows = 0;
        while (sel->step().valueOr(false)) {
            ++rows;
            QVERIFY(sel->isNull(0));
            QVERIFY(sel->isNull(1));
            QCOMPARE(sel->text(2), QStringLiteral("null"));
            QCOMPARE(sel->text(3), QStringLiteral("null"));
            QVERIFY(!sel->value(0).isValid());
            QVERIFY(sel->text(0).isNull());
            QVERIFY(sel->blob(1).isNull());
        }
        QCOMPARE(rows, 2);
        // A non-null empty QString is text, not NULL.
        VERIFY_OK(ins->bind(1, QStringLiteral("")).bind(2, QString()).exec());
        const Result<QVariant> t = db.scalar(QStringLiteral("SELECT typeof(v) FROM t WHERE name = ''"));
        VERIFY_OK(t);
        QCOMPARE(t->toString(), QStringLiteral("text"));
    }

    void bindVariant_data()
    {
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QString>("sqlType");
        QTest::addColumn<QVariant>("output");
        QTest::newRow("int") << QVariant(-7) << QStringLiteral("integer") << QVariant(qint64(-7));
        QTest::newRow("uint") << QVariant(4000000000u) << QStringLiteral("integer")
                              << QVariant(qint64(4000000000));
        QTest::newRow("qint64") << QVariant(qint64(1) << 50) << QStringLiteral("integer")
                                << QVariant(qint64(1) << 50);
        QTest::newRow("bool") << QVariant(true) << QStringLiteral("integer") << QVariant(qint64(1));
        QTest::newRow("double") << QVariant(2.5) << QStringLiteral("real") << QVariant(2.5);
        QTest::newRow("float") << QVariant(0.5f) << QStringLiteral("real") << QVariant(0.5);
        QTest::newRow("string") << QVariant(QStringLiteral("Αθήνα")) << QStringLiteral("text")
                                << QVariant(QStringLiteral("Αθήνα"));
        QTest::newRow("bytes") << QVariant(QByteArray("\x01\x00\x02", 3)) << QStringLiteral("blob")
                               << QVariant(QByteArray("\x01\x00\x02", 3));
        QTest::newRow("date as ISO text") << QVariant(QDate(2023, 1, 31)) << QStringLiteral("text")
                                          << QVariant(QStringLiteral("2023-01-31"));
        QTest::newRow("invalid") << QVariant() << QStringLiteral("null") << QVariant();
        QTest::newRow("null int") << QVariant(QMetaType::fromType<int>()) << QStringLiteral("null")
                                  << QVariant();
    }
    void bindVariant()
    {
        QFETCH(QVariant, input);
        QFETCH(QString, sqlType);
        QFETCH(QVariant, output);
        Database db = openWithTable(freshPath());
        Result<Statement> st = db.prepare(QStringLiteral("SELECT typeof(:x), :x"));
        VERIFY_OK(st);
        const int index = st->parameterIndex(":x");
        QCOMPARE(index, 1);
        QVERIFY(st->bind(index, input).step().valueOr(false));
        QCOMPARE(st->text(0), sqlType);
        QCOMPARE(st->value(1), output);
    }

    void stepOverRows()
    {
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(name, v) VALUES (?, ?)"));
        VERIFY_OK(ins);
        const QStringList names{QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("d"),
                                QStringLiteral("a"), QStringLiteral("c")};
        for (int i = 0; i < names.size(); ++i)
            VERIFY_OK(ins->bind(1, names.at(i)).bind(2, i * 10).exec()); // exec() resets for the next row
        QCOMPARE(db.lastInsertRowId(), qint64(names.size()));
        QCOMPARE(countRows(db), qint64(names.size()));

        Result<Statement> sel =
            db.prepare(QStringLiteral("SELECT name, v FROM t WHERE v >= ? ORDER BY name"));
        VERIFY_OK(sel);
        QCOMPARE(sel->columnCount(), 2);
        sel->bind(1, 10);
        QStringList seen;
        for (;;) {
            const Result<bool> row = sel->step();
            VERIFY_OK(row);
            if (!*row)
                break;
            seen.append(sel->text(0));
            QCOMPARE(sel->int64(1), qint64(names.indexOf(sel->text(0)) * 10));
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                    QStringLiteral("d")}));

        // reset() clears the bindings: an unbound parameter is NULL, and v >= NULL matches nothing.
        sel->reset();
        const Result<bool> none = sel->step();
        VERIFY_OK(none);
        QVERIFY(!*none);
        sel->reset();
        sel->bind(1, 40);
        QVERIFY(sel->step().valueOr(false));
        QCOMPARE(sel->text(0), QStringLiteral("c"));

        QVERIFY(
            !db.scalar(QStringLiteral("SELECT v FROM t WHERE name = 'zzz'")).valueOr(QVariant(1)).isValid());
    }

    void statementMove()
    {
        Database db = openWithTable(freshPath());
        Result<Statement> st = db.prepare(QStringLiteral("SELECT 42"));
        VERIFY_OK(st);
        Statement a = std::move(st).value();
        QVERIFY(a.isValid());
        Statement b;
        QVERIFY(!b.isValid());
        b = std::move(a);
        QVERIFY(b.isValid());
        QVERIFY(!a.isValid()); // NOLINT(bugprone-use-after-move): the moved-from state is defined
        QVERIFY(b.step().valueOr(false));
        QCOMPARE(b.int64(0), 42);
    }

    void transactionRollsBackWithoutCommit()
    {
        Database db = openWithTable(freshPath());
        VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t(name) VALUES ('kept')")));
        {
            Transaction tx(db);
            VERIFY_OK(tx.begun());
            QVERIFY(db.inTransaction());
            VERIFY_OK(db.exec(QStringLiteral(
                "INSERT INTO t(name) VALUES ('lost1'); INSERT INTO t(name) VALUES ('lost2')")));
            QCOMPARE(countRows(db), 3);
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(countRows(db), 1);
    }

    void transactionCommitPersists()
    {
        const QString path = freshPath();
        {
            Database db = openWithTable(path);
            QVERIFY(db.isOpen());
            Transaction tx(db);
            VERIFY_OK(tx.begun());
            VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t(name) VALUES ('a'), ('b')")));
            VERIFY_OK(tx.commit());
            QVERIFY(!db.inTransaction());
            // A second commit is a programming error, reported as such.
            const Result<void> again = tx.commit();
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, Error::Code::Internal);
        } // ~Transaction after commit must not roll back
        Result<Database> reopened = Database::open(path, Database::Mode::ReadOnly);
        VERIFY_OK(reopened);
        QCOMPARE(countRows(*reopened), 2);
    }

    void transactionBeginFailsWhenLocked()
    {
        const QString path = freshPath();
        Database first = openWithTable(path);
        Result<Database> second = Database::open(path);
        VERIFY_OK(second);
        VERIFY_OK(second->exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        Transaction holder(first);
        VERIFY_OK(holder.begun());
        {
            Transaction blocked(*second);
            QVERIFY(!blocked.begun().ok());
            QCOMPARE(blocked.begun().error().code, Error::Code::Database);
            QVERIFY(!second->inTransaction());
            const Result<void> c = blocked.commit();
            QVERIFY(!c.ok());
            QCOMPARE(c.error().code, blocked.begun().error().code);
        }
        VERIFY_OK(holder.commit());
    }

    void uniqueViolationIsConflict()
    {
        Database db = openWithTable(freshPath());
        Result<Statement> ins = db.prepare(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
        VERIFY_OK(ins);
        VERIFY_OK(ins->bind(1, QStringLiteral("dup")).exec());
        const Result<void> r = ins->bind(1, QStringLiteral("dup")).exec();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QStringLiteral("UNIQUE constraint failed: t.name")),
                 qPrintable(r.error().detail));
        // Database::open() enables extended result codes: SQLITE_CONSTRAINT_UNIQUE must still map to
        // Conflict.
        QCOMPARE(r.error().code, Error::Code::Conflict);
        // The statement stays usable after the failure.
        VERIFY_OK(ins->bind(1, QStringLiteral("other")).exec());
        QCOMPARE(countRows(db), 2);
    }

    void walReaderSeesLastCommittedState()
    {
        const QString path = freshPath();
        Database writer = openWithTable(path);
        QVERIFY(writer.isOpen());
        const Result<QVariant> mode = writer.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        VERIFY_OK(mode);
        QCOMPARE(mode->toString(), QStringLiteral("wal"));
        VERIFY_OK(writer.exec(QStringLiteral("INSERT INTO t(name) VALUES ('committed')")));

        Result<Database> reader = Database::open(path);
        VERIFY_OK(reader);
        // Fail fast instead of waiting 10 s if a lock ever blocks the reader.
        VERIFY_OK(reader->exec(QStringLiteral("PRAGMA busy_timeout = 100")));
        VERIFY_OK(writer.exec(QStringLiteral("PRAGMA busy_timeout = 100")));

        {
            Transaction tx(writer);
            VERIFY_OK(tx.begun());
            VERIFY_OK(writer.exec(QStringLiteral("INSERT INTO t(name) VALUES ('pending')")));
            QCOMPARE(countRows(writer), 2);

            QElapsedTimer timer;
            timer.start();
            const Result<QVariant> seen = reader->scalar(QStringLiteral("SELECT group_concat(name) FROM t"));
            VERIFY_OK(seen);
            QCOMPARE(seen->toString(), QStringLiteral("committed"));
            QVERIFY(timer.elapsed() < 100); // not blocked by the writer

            VERIFY_OK(tx.commit());
        }
        QCOMPARE(countRows(*reader), 2);

        // WAL specifically: a reader's open snapshot does not block a committing writer, and keeps its view.
        VERIFY_OK(reader->exec(QStringLiteral("BEGIN")));
        QCOMPARE(countRows(*reader), 2);
        VERIFY_OK(writer.exec(QStringLiteral("INSERT INTO t(name) VALUES ('third')")));
        QCOMPARE(countRows(writer), 3);
        QCOMPARE(countRows(*reader), 2);
        VERIFY_OK(reader->exec(QStringLiteral("COMMIT")));
        QCOMPARE(countRows(*reader), 3);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
